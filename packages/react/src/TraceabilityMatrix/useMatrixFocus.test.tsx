import { act, renderHook } from '@testing-library/react';
import type { GridPosition } from '@throughline/core';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MatrixFocusOptions, useMatrixFocus } from './useMatrixFocus.js';

/** A grid's worth of focusable positions, headers included, as the matrix draws them. */
function gridElement(rows: number, columns: number): HTMLElement {
  const grid = document.createElement('div');
  for (let r = -1; r < rows; r++) {
    for (let c = -1; c < columns; c++) {
      const cell = document.createElement('div');
      cell.dataset.pos = `${r}:${c}`;
      cell.dataset.row = String(r);
      cell.dataset.column = String(c);
      cell.tabIndex = -1;
      grid.append(cell);
    }
  }
  document.body.append(grid);
  return grid;
}

const setup = (overrides: Partial<MatrixFocusOptions> = {}) => {
  const grid = gridElement(4, 5);
  const onActivate = vi.fn<(position: GridPosition) => void>();
  const options: MatrixFocusOptions = {
    scrollRef: { current: grid },
    rows: 4,
    columns: 5,
    dir: 'ltr',
    rowHeight: 40,
    headerHeight: 76,
    onActivate,
    ...overrides,
  };
  const hook = renderHook((o: MatrixFocusOptions) => useMatrixFocus(o), { initialProps: options });
  /** Presses a key on the element that has focus (or the first cell), as React would hand it over. */
  const press = (key: string, init: { ctrlKey?: boolean } = {}) => {
    const target = document.activeElement?.closest('[data-pos]') ?? grid.querySelector('[data-pos="0:0"]');
    const event = { key, target, ctrlKey: init.ctrlKey ?? false, metaKey: false, preventDefault: vi.fn() };
    act(() => hook.result.current.onKeyDown(event as unknown as ReactKeyboardEvent<HTMLElement>));
    return event;
  };
  const focusedPos = () => (document.activeElement as HTMLElement | null)?.dataset.pos;
  return { ...hook, grid, onActivate, press, focusedPos, options };
};

describe('useMatrixFocus', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('starts on the first cell and moves focus as the keys say, headers included', () => {
    const { result, press, focusedPos } = setup();
    expect(result.current.focused).toEqual({ row: 0, column: 0 });
    expect(press('ArrowRight').preventDefault).toHaveBeenCalled();
    expect(focusedPos()).toBe('0:1');
    press('ArrowDown');
    expect(focusedPos()).toBe('1:1');
    press('Home');
    expect(focusedPos()).toBe('1:-1');
    press('End', { ctrlKey: true });
    expect(focusedPos()).toBe('3:4');
    expect(result.current.focused).toEqual({ row: 3, column: 4 });
    press('Home', { ctrlKey: true });
    expect(focusedPos()).toBe('-1:-1');
  });

  it('mirrors the arrows right to left', () => {
    const { press, focusedPos } = setup({ dir: 'rtl' });
    press('ArrowLeft');
    expect(focusedPos()).toBe('0:1');
    press('ArrowRight');
    expect(focusedPos()).toBe('0:0');
  });

  it('leaves keys it does not own alone, and activates with Enter and Space', () => {
    const { press, onActivate, focusedPos } = setup();
    press('ArrowDown');
    expect(press('a').preventDefault).not.toHaveBeenCalled();
    expect(press('Enter').preventDefault).toHaveBeenCalled();
    press(' ');
    expect(onActivate.mock.calls).toEqual([[{ row: 1, column: 0 }], [{ row: 1, column: 0 }]]);
    expect(focusedPos()).toBe('1:0');
  });

  it('moves on from where the keys sent focus while that position is not drawn yet', () => {
    const { grid, press, result } = setup();
    // The next row is not drawn (virtualised away): focus stays put, the request waits.
    grid.querySelector('[data-pos="1:0"]')?.remove();
    press('ArrowDown');
    expect(result.current.focused).toEqual({ row: 1, column: 0 });
    press('ArrowDown');
    expect(result.current.focused).toEqual({ row: 2, column: 0 });
    expect((document.activeElement as HTMLElement).dataset.pos).toBe('2:0');
  });

  it('follows focus and clicks that land elsewhere, and clamps when the grid shrinks', () => {
    const { grid, result, rerender, options, onActivate } = setup();
    const cell = grid.querySelector('[data-pos="3:4"]') as HTMLElement;
    act(() => result.current.onFocus({ target: cell } as never));
    expect(result.current.focused).toEqual({ row: 3, column: 4 });
    act(() => result.current.onClick({ target: grid.querySelector('[data-pos="2:2"]') } as never));
    expect(result.current.focused).toEqual({ row: 2, column: 2 });
    expect(onActivate).toHaveBeenCalledWith({ row: 2, column: 2 });
    rerender({ ...options, rows: 2, columns: 1 });
    expect(result.current.focused).toEqual({ row: 1, column: 0 });
  });

  it('keeps its handlers’ identity across renders', () => {
    const { result, rerender, options, press } = setup();
    const first = result.current;
    press('ArrowDown');
    rerender({ ...options, onActivate: () => {} });
    expect(result.current.onKeyDown).toBe(first.onKeyDown);
    expect(result.current.onClick).toBe(first.onClick);
    expect(result.current.onFocus).toBe(first.onFocus);
  });
});
