'use client';
import { memo, useEffect, useRef } from 'react';
import { useBoard } from './boardContext.js';
import { usePriorityBoard } from './priorityContext.js';

/**
 * A backlog's "Preview RICE order" toggle and, while it is pressed, how many items would move with
 * "Apply this order" and "Cancel". With nothing to preview (the backlog already in order, or no item
 * scored) the toggle says why and does nothing; it stays focusable, so the reason is read. After
 * Apply or Cancel, focus returns to the toggle. Nothing when the list has no `priority` or is
 * read-only.
 */
export const PriorityPreviewBar = memo(function PriorityPreviewBar({
  backlogId,
  previewing,
}: {
  readonly backlogId: string;
  readonly previewing: boolean;
}) {
  const { messages, n, slot } = useBoard();
  const priority = usePriorityBoard();
  const toggle = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (previewing || !returnFocus.current) return;
    returnFocus.current = false;
    toggle.current?.focus();
  }, [previewing]);

  const order = priority?.backlogs.get(backlogId);
  if (!priority?.previewable || !order) return null;
  const framework = messages.priorityFramework[order.framework];
  const blocked = previewing
    ? null
    : order.scored === 0
      ? messages.noScores(framework)
      : order.moves === 0
        ? messages.alreadyInOrder(framework)
        : null;
  const { preview } = priority;
  const leave = (end: (id: string) => void) => () => {
    returnFocus.current = true;
    end(backlogId);
  };
  return (
    <div className={slot('preview')} data-previewing={previewing ? '' : undefined}>
      <button
        ref={toggle}
        type="button"
        className="tl-priority-toggle"
        aria-pressed={previewing}
        aria-disabled={blocked ? true : undefined}
        onClick={() => {
          if (blocked) return;
          if (previewing) preview.cancel(backlogId);
          else preview.start(backlogId);
        }}
      >
        {blocked ?? messages.previewOrder(framework)}
      </button>
      {previewing ? (
        <>
          <span className="tl-priority-status">{messages.wouldMove(n(order.moves), order.moves)}</span>
          <button type="button" className="tl-priority-apply" onClick={leave(preview.apply)}>
            {messages.applyOrder}
          </button>
          <button type="button" className="tl-priority-cancel" onClick={leave(preview.cancel)}>
            {messages.cancelPreview}
          </button>
        </>
      ) : null}
    </div>
  );
});
