import { renderHook } from '@testing-library/react';
import type { KeyboardEvent, ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BoardContext, type BoardContextValue } from './boardContext.js';
import { defaultBacklogListMessages } from './messages.js';
import { RowKeys } from './rowKeys.js';
import { useBacklogKeyboard } from './useBacklogKeyboard.js';
import type { BacklogRowActions } from './useBacklogMoves.js';

const ROW = { backlogId: 'PROJ::backlog', itemId: 'a "quoted" id' };

function setup() {
  const actions = {
    select: vi.fn(),
    extend: vi.fn(),
    selectAll: vi.fn(),
    clearSelection: vi.fn(),
    open: vi.fn(),
    menu: vi.fn(() => []),
    moveToPosition: vi.fn(),
    closePosition: vi.fn(),
  } satisfies BacklogRowActions;
  const board: BoardContextValue = {
    messages: defaultBacklogListMessages,
    n: String,
    slot: () => undefined,
    readOnly: false,
    rowKeys: new RowKeys(),
    actions,
    selectable: false,
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BoardContext.Provider value={board}>{children}</BoardContext.Provider>
  );
  const { result } = renderHook(() => useBacklogKeyboard(ROW), { wrapper });
  return { onKeyDown: result.current, actions };
}

/** Three rows of a backlog, each with a checkbox, as the board draws them. */
function rows() {
  const backlog = document.createElement('div');
  backlog.dataset.backlogKind = 'product';
  const boxes = ['PROJ::1', 'a "quoted" id', '🚀'].map((id) => {
    const li = document.createElement('li');
    li.dataset.itemId = id;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.dataset.part = 'check';
    li.append(box);
    backlog.append(li);
    return box;
  });
  document.body.append(backlog);
  return boxes;
}

const press = (target: HTMLElement, key: string, modifiers: Partial<KeyboardEvent> = {}) => {
  const event = {
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    currentTarget: target,
    preventDefault: vi.fn(),
    ...modifiers,
  };
  return event as unknown as KeyboardEvent<HTMLElement> & { preventDefault: ReturnType<typeof vi.fn> };
};

describe('useBacklogKeyboard', () => {
  it('extends the selection with Shift+arrows', () => {
    const { onKeyDown, actions } = setup();
    const [, box] = rows();
    const event = press(box as HTMLElement, 'ArrowUp', { shiftKey: true });
    onKeyDown(event);
    expect(actions.extend).toHaveBeenCalledWith(ROW, -1);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('moves focus to the next and previous row’s checkbox, stopping at the ends', () => {
    const { onKeyDown } = setup();
    const [first, second, third] = rows() as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    onKeyDown(press(second, 'ArrowDown'));
    expect(third).toHaveFocus();
    onKeyDown(press(second, 'ArrowUp'));
    expect(first).toHaveFocus();
    const atEnd = press(third, 'ArrowDown');
    onKeyDown(atEnd);
    expect(atEnd.preventDefault).not.toHaveBeenCalled();
  });

  it('selects all with Ctrl/Cmd+A, clears with Escape (letting Escape through), ignores other keys', () => {
    const { onKeyDown, actions } = setup();
    const [box] = rows() as [HTMLInputElement];
    onKeyDown(press(box, 'a', { metaKey: true }));
    expect(actions.selectAll).toHaveBeenCalledWith(ROW.backlogId);
    const onEscape = press(box, 'Escape');
    onKeyDown(onEscape);
    expect(actions.clearSelection).toHaveBeenCalled();
    expect(onEscape.preventDefault).not.toHaveBeenCalled();
    const enter = press(box, 'Enter');
    onKeyDown(enter);
    expect(enter.preventDefault).not.toHaveBeenCalled();
  });
});
