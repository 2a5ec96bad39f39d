import { describe, expect, it } from 'vitest';
import { type PriorityKeyState, priorityKeyAction } from './priorityMatrixKeys.js';

const walking: PriorityKeyState = { index: 3, count: 40, moving: false, movable: true };
const moving: PriorityKeyState = { ...walking, moving: true };
const press = (key: string, state: PriorityKeyState, extra: object = {}) => priorityKeyAction({ key, ...extra }, state);

describe('priorityKeyAction while walking', () => {
  it('walks the points in rank order with the arrows, Home, End and the page keys', () => {
    expect(press('ArrowRight', walking)).toEqual({ type: 'focus', index: 4 });
    expect(press('ArrowDown', walking)).toEqual({ type: 'focus', index: 4 });
    expect(press('ArrowLeft', walking)).toEqual({ type: 'focus', index: 2 });
    expect(press('ArrowUp', walking)).toEqual({ type: 'focus', index: 2 });
    expect(press('Home', walking)).toEqual({ type: 'focus', index: 0 });
    expect(press('End', walking)).toEqual({ type: 'focus', index: 39 });
    expect(press('PageDown', walking)).toEqual({ type: 'focus', index: 13 });
    expect(press('PageUp', walking)).toEqual({ type: 'focus', index: 0 });
    expect(press('PageDown', { ...walking, pageSize: 5 })).toEqual({ type: 'focus', index: 8 });
  });

  it('mirrors left and right, right to left', () => {
    const rtl = { ...walking, dir: 'rtl' } as const;
    expect(press('ArrowLeft', rtl)).toEqual({ type: 'focus', index: 4 });
    expect(press('ArrowRight', rtl)).toEqual({ type: 'focus', index: 2 });
    expect(press('ArrowDown', rtl)).toEqual({ type: 'focus', index: 4 });
  });

  it('stays at the ends', () => {
    expect(press('ArrowLeft', { ...walking, index: 0 })).toEqual({ type: 'stay' });
    expect(press('End', { ...walking, index: 39 })).toEqual({ type: 'stay' });
    expect(press('ArrowDown', { ...walking, count: 0, index: -1 })).toEqual({ type: 'stay' });
  });

  it('picks the point up on Enter or Space, or selects it when points cannot move', () => {
    expect(press('Enter', walking)).toEqual({ type: 'pick-up', index: 3 });
    expect(press(' ', walking)).toEqual({ type: 'pick-up', index: 3 });
    expect(press('Enter', { ...walking, movable: false })).toEqual({ type: 'select', index: 3 });
    expect(press('Enter', { ...walking, index: -1 })).toBeNull();
  });

  it('leaves Escape, Tab, letters, chords and Ctrl with the page keys to the page', () => {
    expect(press('Escape', walking)).toBeNull();
    expect(press('Tab', walking)).toBeNull();
    expect(press('a', walking)).toBeNull();
    expect(press('ArrowRight', walking, { shiftKey: true })).toBeNull();
    expect(press('ArrowRight', walking, { altKey: true })).toBeNull();
    expect(press('PageDown', walking, { ctrlKey: true })).toBeNull();
  });
});

describe('priorityKeyAction while moving', () => {
  it('steps value with up and down and effort along the effort axis', () => {
    expect(press('ArrowUp', moving)).toEqual({ type: 'step', axis: 'value', by: 1 });
    expect(press('ArrowDown', moving)).toEqual({ type: 'step', axis: 'value', by: -1 });
    expect(press('ArrowRight', moving)).toEqual({ type: 'step', axis: 'effort', by: 1 });
    expect(press('ArrowLeft', moving)).toEqual({ type: 'step', axis: 'effort', by: -1 });
  });

  it('grows effort to the left, right to left', () => {
    const rtl = { ...moving, dir: 'rtl' } as const;
    expect(press('ArrowLeft', rtl)).toEqual({ type: 'step', axis: 'effort', by: 1 });
    expect(press('ArrowRight', rtl)).toEqual({ type: 'step', axis: 'effort', by: -1 });
    expect(press('ArrowUp', rtl)).toEqual({ type: 'step', axis: 'value', by: 1 });
  });

  it('drops on Enter or Space, cancels on Escape, and keeps focus on the point for the walking keys', () => {
    expect(press('Enter', moving)).toEqual({ type: 'drop' });
    expect(press(' ', moving)).toEqual({ type: 'drop' });
    expect(press('Escape', moving)).toEqual({ type: 'cancel' });
    expect(press('Home', moving)).toEqual({ type: 'stay' });
    expect(press('PageDown', moving)).toEqual({ type: 'stay' });
    expect(press('Tab', moving)).toBeNull();
    expect(press('ArrowUp', moving, { shiftKey: true })).toBeNull();
  });
});
