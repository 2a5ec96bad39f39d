import { describe, expect, it } from 'vitest';
import { samplePlan } from '../sample/samplePlan.js';
import { traceItem } from '../trace/traceItem.js';
import { createPlan } from '../validate/validatePlan.js';
import { matrixToggle } from './matrixToggle.js';
import type { MatrixView } from './matrixTypes.js';
import { matrixView } from './matrixView.js';

const plan = createPlan(samplePlan());
const view = matrixView(plan, { rows: 'initiatives', columns: 'items' });
/** Toggles the cell at row `r`, column `c` of a view. */
const toggleAt = (v: MatrixView, r: number, c: number) => {
  const row = v.rows[r];
  const column = v.columns[c];
  if (!row || !column) throw new Error(`no cell ${r}:${c}`);
  return matrixToggle(plan, row, column, v.cell(r, c));
};
const at = (initiativeId: string, itemId: string) =>
  toggleAt(
    view,
    view.rows.findIndex((row) => row.id === initiativeId),
    view.columns.findIndex((column) => column.id === itemId),
  );
const direct = plan.items.find((i) => i.kind === 'epic' && traceItem(plan, i.id)?.initiative?.link === 'direct');
const own = traceItem(plan, direct?.id ?? '')?.initiative?.initiative.id ?? '';
const child = plan.items.find(
  (i) => i.parentId === direct?.id && traceItem(plan, i.id)?.initiative?.link === 'inherited',
);
const other = plan.initiatives.find((i) => i.id !== own && i.status !== 'dropped')?.id ?? '';

describe('matrixToggle', () => {
  it('unlinks a direct link and links an empty cell', () => {
    expect(at(own, direct?.id ?? '')).toEqual({ kind: 'change', change: { type: 'unlink', itemId: direct?.id } });
    expect(at(other, direct?.id ?? '')).toEqual({
      kind: 'change',
      change: { type: 'link', itemId: direct?.id, initiativeId: other },
    });
  });

  it('names the ancestor that carries an inherited link instead of toggling it', () => {
    expect(at(own, child?.id ?? '')).toEqual({ kind: 'inherited', via: direct });
  });

  it('links nothing on a goal row', () => {
    const goals = matrixView(plan, { rows: 'goals', columns: 'items' });
    expect(toggleAt(goals, 0, 0)).toEqual({ kind: 'goal' });
  });
});
