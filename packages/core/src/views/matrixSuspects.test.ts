import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import type { Change } from '../changes/types.js';
import type { Plan } from '../model/types.js';
import { alignedPlan, type EditablePlan } from '../test-support/alignedPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { baselineView } from './baselineView.js';
import { matrixSuspects } from './matrixSuspects.js';
import type { MatrixViewOptions } from './matrixTypes.js';
import { matrixView } from './matrixView.js';

const baseline = createPlan(alignedPlan());
const find = <T extends { id: string }>(list: T[], id: string) => list.find((e) => e.id === id) as T;

/** The aligned plan with I2 moved a horizon later and G2 renamed: E2, S6 → I2 and I2 → G2 suspect. */
function edited(more: (p: EditablePlan) => void = () => {}): Plan {
  const input = alignedPlan();
  find(input.initiatives, 'I2').horizonId = 'H-later';
  find(input.goals, 'G2').title = 'Keep big teams';
  more(input);
  return createPlan(input);
}

/** The suspect links of the cell where `rowId` meets `columnId`, as `from→to reasons`. */
function cellLinks(plan: Plan, options: MatrixViewOptions, rowId: string, columnId: string): string[] {
  const view = matrixView(plan, options);
  const suspects = matrixSuspects(plan, view, baselineView(plan, baseline));
  const r = view.rows.findIndex((row) => row.id === rowId);
  const c = view.columns.findIndex((column) => column.id === columnId);
  return suspects
    .at(r, c)
    .map((s) => `${s.link.from.id}→${s.link.to.id} ${s.changes.map((change) => change.reason).join(',')}`);
}

describe('matrixSuspects', () => {
  it("gives an epic's cell its own link and those of the work under it, and a goal row the goal's link too", () => {
    const plan = edited();
    expect(cellLinks(plan, { rows: 'initiatives' }, 'I2', 'E2')).toEqual([
      'E2→I2 initiative-horizon',
      'S6→I2 initiative-horizon',
    ]);
    expect(cellLinks(plan, { rows: 'goals' }, 'G2', 'E2')).toEqual([
      'E2→I2 initiative-horizon',
      'S6→I2 initiative-horizon',
      'I2→G2 goal-title',
    ]);
    expect(cellLinks(plan, { rows: 'initiatives', columns: 'items' }, 'I2', 'S6')).toEqual([
      'S6→I2 initiative-horizon',
    ]);
    // A cell of work whose initiative did not change, and a goal that did not: nothing suspect.
    expect(cellLinks(plan, { rows: 'goals' }, 'G1', 'E1')).toEqual([]);
  });

  it('leaves out work under the epic that reaches another initiative, and cells with no link', () => {
    const plan = edited((p) => {
      find(p.items, 'S6').initiativeId = 'I1';
    });
    expect(cellLinks(plan, { rows: 'initiatives' }, 'I2', 'E2')).toEqual(['E2→I2 initiative-horizon']);
    expect(cellLinks(plan, { rows: 'initiatives' }, 'I1', 'E2')).toEqual([]);
  });

  it('clears a cell once its links are reviewed, and finds nothing against the plan itself', () => {
    const plan = edited();
    const view = matrixView(plan);
    const r = view.rows.findIndex((row) => row.id === 'G2');
    const c = view.columns.findIndex((column) => column.id === 'E2');
    const links = matrixSuspects(plan, view, baselineView(plan, baseline)).at(r, c);
    expect(links).toHaveLength(3);
    const review: Change = {
      type: 'batch',
      changes: links.map((s) => ({ type: 'review-link', link: s.link })),
    };
    const result = applyChange(plan, review);
    if (!result.ok) throw new Error(result.error.message);
    const after = matrixView(result.plan);
    expect(matrixSuspects(result.plan, after, baselineView(result.plan, baseline)).at(r, c)).toEqual([]);
    expect(matrixSuspects(baseline, matrixView(baseline), baselineView(baseline, baseline)).at(r, c)).toEqual([]);
  });

  it('keeps ids holding any character apart', () => {
    const odd = 'I2","goal';
    const rename = (p: EditablePlan) => {
      find(p.initiatives, 'I2').id = odd;
      find(p.items, 'E2').initiativeId = odd;
    };
    const then = alignedPlan();
    rename(then);
    const plan = edited(rename);
    const view = matrixView(plan, { rows: 'initiatives' });
    const suspects = matrixSuspects(plan, view, baselineView(plan, createPlan(then)));
    const r = view.rows.findIndex((row) => row.id === odd);
    const c = view.columns.findIndex((column) => column.id === 'E2');
    expect(suspects.at(r, c).map((s) => s.link.to.id)).toEqual([odd, odd]);
  });
});
