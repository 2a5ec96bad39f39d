import { baselineView, createPlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { backlogSince, rowSince } from './backlogSince.js';

const story = (id: string) => ({ id, title: `Story ${id}`, kind: 'story' as const });
const then = createPlan({
  items: [story('A'), story('B'), story('C')],
  backlogs: [{ id: 'product', title: 'Product', kind: 'product', itemIds: ['A', 'B', 'C'] }],
});

describe('backlogSince', () => {
  it('counts a backlog’s moves and new items, and calls every item new to the plan in a backlog the baseline lacked new', () => {
    const now = createPlan({
      items: [story('A'), story('B'), story('C'), story('N'), story('M')],
      backlogs: [
        { id: 'product', title: 'Product', kind: 'product', itemIds: ['C', 'A', 'B', 'N'] },
        // A sprint started since: M is new to the plan, A only came over from the product backlog.
        { id: 'sprint', title: 'Sprint', kind: 'sprint', itemIds: ['M', 'A'] },
      ],
    });
    const view = baselineView(now, then);
    const since = backlogSince(view, now, ['product', 'sprint']);
    expect(since.get('product')).toEqual({ moved: 1, added: new Set(['N']) });
    expect(since.get('sprint')).toEqual({ moved: 0, added: new Set(['M']) });
    expect(rowSince(view, since, 'product', 'C')).toEqual({ direction: 'up', places: 2 });
    expect(rowSince(view, since, 'product', 'N')).toEqual({ direction: 'new' });
    expect(rowSince(view, since, 'sprint', 'A')).toBeUndefined();
    expect(rowSince(view, since, 'product', 'A')).toBeUndefined();
  });

  it('leaves out backlogs not shown, and those the plan does not have', () => {
    const view = baselineView(then, then);
    expect([...backlogSince(view, then, ['nope']).keys()]).toEqual([]);
    expect(backlogSince(view, then, ['product']).get('product')).toEqual({ moved: 0, added: new Set() });
  });
});
