'use client';
import { memo } from 'react';
import { useBoard } from './boardContext.js';
import { usePriorityBoard } from './priorityContext.js';

/**
 * A row's priority column: its framework score (or what it lacks) and how far the framework's
 * order would move it ("↑ 12"), drawn short and read whole ("RICE 800; framework order: up 12
 * places"). Nothing when the list has no `priority`. Reads the priorities from context, so a row
 * re-renders for it only when the scores do.
 */
export const PriorityCell = memo(function PriorityCell({
  backlogId,
  itemId,
}: {
  readonly backlogId: string;
  readonly itemId: string;
}) {
  const { slot } = useBoard();
  const priority = usePriorityBoard();
  const entry = priority?.backlogs.get(backlogId)?.entries.get(itemId);
  if (!priority || !entry) return null;
  const text = priority.text(entry);
  return (
    <span className={slot('priority')} data-gap={entry.gap.direction} data-unscored={entry.scored ? undefined : ''}>
      <span aria-hidden="true">
        <span className="tl-priority-value">{text.value}</span> <span className="tl-priority-gap">{text.gap}</span>
      </span>
      <span className="tl-visually-hidden">{text.label}</span>
    </span>
  );
});
