'use client';
import { memo, useEffect, useId, useRef, useState } from 'react';
import { usePopoverPlacement } from '../shared/usePopoverPlacement.js';

export interface MoveMenuAction {
  readonly key: string;
  readonly label: string;
  readonly run: () => void;
}

export interface MoveMenuProps {
  readonly label: string;
  /** Computed when the menu opens, not on every render of every row. */
  readonly actions: () => readonly MoveMenuAction[];
  readonly className?: string | undefined;
  readonly menuClassName?: string | undefined;
  /** The button's place in the tab order: -1 when another control holds the list's tab stop. */
  readonly tabIndex?: number | undefined;
  /** The id of what else describes the button (a row's mark against a baseline). */
  readonly describedBy?: string | undefined;
}

/**
 * "Move to…": the way to move an item without dragging (WAI-ARIA menu button). Arrow keys move
 * between actions, Escape closes and returns focus to the button, Tab closes and moves on from the
 * button. The menu opens on screen whatever the row's place (top layer, flipped and shifted by
 * `usePopoverPlacement`). Memoised: a row re-rendered by a drag step passes the same label and
 * actions.
 */
export const MoveMenu = memo(function MoveMenu({
  label,
  actions,
  className,
  menuClassName,
  tabIndex,
  describedBy,
}: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  usePopoverPlacement(open, button, menu);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const onMenuKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      // Focus goes back to the button and the browser's own Tab moves on from there.
      button.current?.focus();
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  return (
    <span className="tl-move">
      <button
        ref={button}
        type="button"
        className={className}
        data-part="menu"
        tabIndex={tabIndex}
        aria-label={label}
        aria-describedby={describedBy}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open ? (
        <div id={menuId} ref={menu} role="menu" aria-label={label} className={menuClassName} onKeyDown={onMenuKeyDown}>
          {actions().map((action) => (
            <button
              key={action.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                button.current?.focus();
                action.run();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      ) : null}
    </span>
  );
});
