import { timelineOrder, timelineOrderIndex } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { elementOf, refAttributes, refOf, sameRef } from './refs.js';

describe('timeline refs', () => {
  it('keeps a kind and an id apart however the id reads', () => {
    const order = timelineOrder({
      milestones: ['2'],
      lanes: [
        [
          { kind: 'initiative', id: 'milestone:2' },
          { kind: 'initiative', id: '2' },
        ],
      ],
      unscheduled: [],
    });
    expect(timelineOrderIndex(order, { kind: 'initiative', id: 'milestone:2' })).toBe(1);
    expect(timelineOrderIndex(order, { kind: 'initiative', id: '2' })).toBe(2);
    expect(timelineOrderIndex(order, { kind: 'milestone', id: 'milestone:2' })).toBe(-1);
    expect(order.refs.at(-1)).toEqual({ kind: 'initiative', id: '2' });
    expect(sameRef({ kind: 'milestone', id: '2' }, { kind: 'initiative', id: '2' })).toBe(false);
  });

  it('finds the element of a ref, and the ref of an element, with quotes, backslashes and emoji in ids', () => {
    const root = document.createElement('div');
    const ids = [`say "hi" it's`, 'a\\b] [c', '🚀 launch', 'PROJ::1'];
    for (const id of ids) {
      for (const kind of ['milestone', 'initiative'] as const) {
        const button = document.createElement('button');
        for (const [name, value] of Object.entries(refAttributes({ kind, id }))) button.setAttribute(name, value);
        button.append(document.createElement('span'));
        root.append(button);
      }
    }
    for (const id of ids) {
      const element = elementOf(root, { kind: 'initiative', id });
      expect(element?.dataset.tlId).toBe(id);
      expect(element?.dataset.tlKind).toBe('initiative');
      expect(refOf(element?.firstElementChild ?? null)).toEqual({ kind: 'initiative', id });
    }
    expect(elementOf(root, { kind: 'theme', id: 'PROJ::1' })).toBeUndefined();
  });
});
