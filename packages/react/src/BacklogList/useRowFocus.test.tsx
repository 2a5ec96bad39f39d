import { act, renderHook } from '@testing-library/react';
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardContext, type BoardContextValue } from './boardContext.js';
import { defaultBacklogListMessages } from './messages.js';
import { RowKeys } from './rowKeys.js';
import type { BacklogRowActions } from './useBacklogMoves.js';
import { type RowFocusOptions, stopPart, useRowFocus } from './useRowFocus.js';

const BACKLOG = 'PROJ::backlog';
const IDS = ['PROJ::1', 'a "quoted" id', '🚀', 'four', 'five'];

function setup(options: Partial<RowFocusOptions> = {}, readOnly = false) {
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
    readOnly,
    rowKeys: new RowKeys(),
    actions,
    selectable: false,
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BoardContext.Provider value={board}>{children}</BoardContext.Provider>
  );
  const hook = renderHook((props: RowFocusOptions) => useRowFocus(props), {
    wrapper,
    initialProps: { backlogId: BACKLOG, order: IDS, ...options },
  });
  return { hook, actions };
}

/** A backlog drawing the first `count` rows, each with a handle, a checkbox and a menu (and a menu item inside). */
function drawRows(count: number, dir: 'ltr' | 'rtl' = 'ltr') {
  const backlog = document.createElement('div');
  backlog.dir = dir;
  for (const id of IDS.slice(0, count)) addRow(backlog, id);
  document.body.append(backlog);
  return backlog;
}

function addRow(backlog: HTMLElement, id: string) {
  const li = document.createElement('li');
  li.dataset.itemId = id;
  for (const part of ['handle', 'check', 'menu']) {
    const control = document.createElement(part === 'check' ? 'input' : 'button');
    control.dataset.part = part;
    li.append(control);
  }
  const menuItem = document.createElement('button');
  menuItem.setAttribute('role', 'menuitem');
  li.append(menuItem);
  backlog.append(li);
}

const control = (backlog: HTMLElement, row: number, part: string) =>
  backlog
    .querySelectorAll<HTMLElement>('[data-item-id]')
    [row]?.querySelector<HTMLElement>(`[data-part="${part}"]`) as HTMLElement;

function press(backlog: HTMLElement, target: HTMLElement, key: string, modifiers: Partial<KeyboardEvent> = {}) {
  const event = {
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    target,
    currentTarget: backlog,
    preventDefault: vi.fn(),
    ...modifiers,
  };
  return event as unknown as KeyboardEvent<HTMLElement> & { preventDefault: ReturnType<typeof vi.fn> };
}

const focusEvent = (target: HTMLElement) => ({ target }) as unknown as FocusEvent<HTMLElement>;

afterEach(() => {
  document.body.replaceChildren();
});

describe('useRowFocus', () => {
  it('puts the one tab stop on the first row’s checkbox until focus goes elsewhere', () => {
    const { hook } = setup();
    expect(hook.result.current.stop).toEqual({ itemId: 'PROJ::1', index: 0, part: 'check', moves: 0 });
    const backlog = drawRows(3);
    act(() => hook.result.current.onFocus(focusEvent(control(backlog, 2, 'menu'))));
    expect(hook.result.current.stop).toEqual({ itemId: '🚀', index: 2, part: 'menu', moves: 0 });
  });

  it('has no stop in an empty list', () => {
    const { hook } = setup({ order: [] });
    expect(hook.result.current.stop).toBeNull();
  });

  it('moves to the same control of the next and previous row, stopping at the ends', () => {
    const { hook } = setup();
    const backlog = drawRows(5);
    act(() => hook.result.current.onKeyDown(press(backlog, control(backlog, 1, 'handle'), 'ArrowDown')));
    expect(control(backlog, 2, 'handle')).toHaveFocus();
    expect(hook.result.current.stop).toEqual({ itemId: '🚀', index: 2, part: 'handle', moves: 1 });
    act(() => hook.result.current.onKeyDown(press(backlog, control(backlog, 2, 'handle'), 'ArrowUp')));
    expect(control(backlog, 1, 'handle')).toHaveFocus();
    const atStart = press(backlog, control(backlog, 0, 'check'), 'ArrowUp');
    act(() => hook.result.current.onKeyDown(atStart));
    expect(atStart.preventDefault).not.toHaveBeenCalled();
  });

  it('goes to the first and last row with Home and End, and a page with Page Down', () => {
    const { hook } = setup();
    const backlog = drawRows(5);
    const end = press(backlog, control(backlog, 1, 'check'), 'End');
    act(() => hook.result.current.onKeyDown(end));
    expect(control(backlog, 4, 'check')).toHaveFocus();
    expect(end.preventDefault).toHaveBeenCalled();
    act(() => hook.result.current.onKeyDown(press(backlog, control(backlog, 4, 'check'), 'Home')));
    expect(control(backlog, 0, 'check')).toHaveFocus();
    // No layout here, so a page is the default ten rows: past the end, it stops at the last.
    act(() => hook.result.current.onKeyDown(press(backlog, control(backlog, 0, 'check'), 'PageDown')));
    expect(control(backlog, 4, 'check')).toHaveFocus();
  });

  it('goes by group with Ctrl/Cmd+arrows', () => {
    const { hook } = setup({ groups: [2, 3] });
    const backlog = drawRows(5);
    act(() =>
      hook.result.current.onKeyDown(press(backlog, control(backlog, 0, 'check'), 'ArrowDown', { ctrlKey: true })),
    );
    expect(control(backlog, 2, 'check')).toHaveFocus();
    act(() =>
      hook.result.current.onKeyDown(press(backlog, control(backlog, 2, 'check'), 'ArrowUp', { metaKey: true })),
    );
    expect(control(backlog, 0, 'check')).toHaveFocus();
  });

  it('lands on a row that is not drawn yet once it is (a virtual list)', () => {
    const { hook } = setup();
    const backlog = drawRows(2);
    act(() => hook.result.current.onKeyDown(press(backlog, control(backlog, 0, 'menu'), 'End')));
    expect(hook.result.current.stop).toEqual({ itemId: 'five', index: 4, part: 'menu', moves: 1 });
    expect(control(backlog, 0, 'menu')).not.toHaveFocus();
    addRow(backlog, 'five');
    hook.rerender({ backlogId: BACKLOG, order: IDS });
    expect(control(backlog, 2, 'menu')).toHaveFocus();
  });

  it('moves between a row’s controls with ←/→, mirrored right to left', () => {
    const { hook } = setup();
    const ltr = drawRows(2);
    act(() => hook.result.current.onKeyDown(press(ltr, control(ltr, 0, 'check'), 'ArrowRight')));
    expect(control(ltr, 0, 'menu')).toHaveFocus();
    const past = press(ltr, control(ltr, 0, 'menu'), 'ArrowRight');
    act(() => hook.result.current.onKeyDown(past));
    expect(past.preventDefault).not.toHaveBeenCalled();
    document.body.replaceChildren();
    const rtl = drawRows(2, 'rtl');
    act(() => hook.result.current.onKeyDown(press(rtl, control(rtl, 0, 'check'), 'ArrowRight')));
    expect(control(rtl, 0, 'handle')).toHaveFocus();
  });

  it('extends the selection with Shift+arrows, selects all with Ctrl/Cmd+A, clears with Escape and lets it through', () => {
    const { hook, actions } = setup();
    const backlog = drawRows(3);
    const box = control(backlog, 1, 'check');
    const extend = press(backlog, box, 'ArrowUp', { shiftKey: true });
    hook.result.current.onKeyDown(extend);
    expect(actions.extend).toHaveBeenCalledWith({ backlogId: BACKLOG, itemId: 'a "quoted" id' }, -1);
    expect(extend.preventDefault).toHaveBeenCalled();
    hook.result.current.onKeyDown(press(backlog, box, 'a', { metaKey: true }));
    expect(actions.selectAll).toHaveBeenCalledWith(BACKLOG);
    const onEscape = press(backlog, box, 'Escape');
    hook.result.current.onKeyDown(onEscape);
    expect(actions.clearSelection).toHaveBeenCalled();
    expect(onEscape.preventDefault).not.toHaveBeenCalled();
  });

  it('leaves keys alone in a row’s menu, in a row being dragged, and in a read-only list’s selection keys', () => {
    const { hook, actions } = setup();
    const backlog = drawRows(3);
    const inMenu = press(backlog, backlog.querySelector('[role="menuitem"]') as HTMLElement, 'ArrowDown');
    hook.result.current.onKeyDown(inMenu);
    expect(inMenu.preventDefault).not.toHaveBeenCalled();
    backlog.querySelector('[data-item-id]')?.setAttribute('data-dragging', '');
    const dragging = press(backlog, control(backlog, 0, 'handle'), 'End');
    hook.result.current.onKeyDown(dragging);
    expect(dragging.preventDefault).not.toHaveBeenCalled();
    expect(control(backlog, 2, 'handle')).not.toHaveFocus();

    const readOnly = setup({}, true);
    readOnly.hook.result.current.onKeyDown(press(backlog, control(backlog, 1, 'check'), 'a', { ctrlKey: true }));
    expect(readOnly.actions.selectAll).not.toHaveBeenCalled();
    expect(actions.selectAll).not.toHaveBeenCalled();
  });

  it('keeps the stop on its row through a reorder, and at its place when the row leaves', () => {
    const { hook } = setup();
    const backlog = drawRows(3);
    act(() => hook.result.current.onFocus(focusEvent(control(backlog, 1, 'handle'))));
    hook.rerender({ backlogId: BACKLOG, order: ['five', 'four', '🚀', 'a "quoted" id', 'PROJ::1'] });
    expect(hook.result.current.stop).toEqual({ itemId: 'a "quoted" id', index: 3, part: 'handle', moves: 0 });
    hook.rerender({ backlogId: BACKLOG, order: ['five', 'four'] });
    expect(hook.result.current.stop).toEqual({ itemId: 'four', index: 1, part: 'handle', moves: 0 });
  });
});

describe('stopPart', () => {
  it('keeps the part a row has, else falls back to its first control', () => {
    expect(stopPart('menu', ['handle', 'check', 'menu'])).toBe('menu');
    expect(stopPart('title', ['handle', 'check', 'menu'])).toBe('handle');
    expect(stopPart('check', ['title'])).toBe('title');
    expect(stopPart('check', [])).toBeNull();
    expect(stopPart(null, ['check'])).toBeNull();
  });
});
