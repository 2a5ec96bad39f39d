import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { generatePlan } from '../sample/generatePlan.js';
import { samplePlan } from '../sample/samplePlan.js';
import { scoreAlignment } from '../score/scoreAlignment.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { traceItem } from '../trace/traceItem.js';
import { createPlan } from '../validate/validatePlan.js';
import { matrixCsv } from './matrixExport.js';
import type { MatrixView } from './matrixTypes.js';
import { matrixView } from './matrixView.js';

const plan = createPlan(samplePlan());
const report = scoreAlignment(plan, { today: '2026-11-25' });
const small = createPlan(smallPlan());

/** Every non-null cell as `rowId|columnId|link`. */
const cellsOf = (view: MatrixView) =>
  view.rows.flatMap((row, r) =>
    view.columns.flatMap((column, c) => {
      const cell = view.cell(r, c);
      return cell ? [`${row.id}|${column.id}|${cell.link}`] : [];
    }),
  );

/** Checks every cell of a view against `traceItem` for its column's item. */
function expectCellsMatchTraces(target: Plan, view: MatrixView) {
  view.columns.forEach((column, c) => {
    const trace = traceItem(target, column.id);
    const goals = trace?.goals.map((g) => g.goal.id) ?? [];
    view.rows.forEach((row, r) => {
      const reached = row.kind === 'goal' ? goals.includes(row.id) : trace?.initiative?.initiative.id === row.id;
      const cell = view.cell(r, c);
      if (!reached) expect(cell, `${row.key} × ${column.id}`).toBeNull();
      else {
        expect(cell, `${row.key} × ${column.id}`).toEqual({
          link: trace?.initiative?.link,
          effort: column.effort,
          count: column.count,
        });
      }
    });
  });
}

describe('matrixView', () => {
  it('rows by goal: one per goal in plan order, with the traces’ numbers', () => {
    const view = matrixView(plan);
    const { itemsOfGoal } = getItemTraces(plan);
    const total = plan.items.reduce((sum, item) => sum + (item.estimate ?? 0), 0);
    expect(view.rows.map((r) => r.id)).toEqual(plan.goals.map((g) => g.id));
    for (const row of view.rows) {
      const items = (itemsOfGoal.get(row.id) ?? []).map((id) => plan.items.find((i) => i.id === id));
      const estimate = items.reduce((sum, item) => sum + (item?.estimate ?? 0), 0);
      const done = items.filter((item) => item?.status === 'done').length;
      expect(row).toMatchObject({
        kind: 'goal',
        depth: 0,
        itemCount: items.length,
        estimateSum: estimate,
        doneShare: items.length === 0 ? 0 : done / items.length,
        effortShare: estimate / total,
        uncovered: items.length === 0,
        expanded: false,
      });
      expect(row.goal?.id).toBe(row.id);
      // The scorer's goal report lists the same items.
      expect(report.goals.find((g) => g.goalId === row.id)?.itemIds).toEqual(itemsOfGoal.get(row.id) ?? []);
    }
    // Planted: a goal nothing serves.
    expect(view.rows.find((r) => r.id === 'goal-time-to-value')).toMatchObject({ uncovered: true, expandable: false });
    expect(view.uncoveredCount).toBe(1);
  });

  it('rows by initiative: every initiative not dropped, with the scorer’s initiative numbers', () => {
    const view = matrixView(plan, { rows: 'initiatives' });
    const active = plan.initiatives.filter((i) => i.status !== 'dropped');
    expect(view.rows.map((r) => r.id)).toEqual(active.map((i) => i.id));
    for (const row of view.rows) {
      const scored = report.initiatives.find((i) => i.initiativeId === row.id);
      expect(scored).toBeDefined();
      expect({ itemCount: row.itemCount, estimateSum: row.estimateSum, doneShare: row.doneShare }).toEqual({
        itemCount: scored?.itemCount,
        estimateSum: scored?.estimateSum,
        doneShare: scored?.doneShare,
      });
      expect(row).toMatchObject({ kind: 'initiative', depth: 0, expandable: false, uncovered: row.itemCount === 0 });
    }
    expect(view.uncoveredCount).toBe(view.rows.filter((r) => r.uncovered).length);
  });

  it('leaves dropped initiatives out, as rows and under their goals', () => {
    const input = smallPlan();
    input.initiatives[1] = { ...input.initiatives[1], id: 'I2', title: 'Retention loops', status: 'dropped' };
    const dropped = createPlan(input);
    expect(matrixView(dropped, { rows: 'initiatives' }).rows.map((r) => r.id)).toEqual(['I1', 'I3']);
    const view = matrixView(dropped, { expanded: ['G1', 'G2'] });
    expect(view.rows.map((r) => [r.id, r.depth])).toEqual([
      ['G1', 0],
      ['I1', 1],
      ['G2', 0],
    ]);
    // Its work still reaches the goal: the goal's numbers are the traces'.
    expect(view.rows[2]).toMatchObject({ expandable: false, expanded: false, itemCount: 2 });
  });

  it('every cell agrees with traceItem: the goal or initiative reached, direct or inherited', () => {
    for (const target of [plan, small]) {
      expectCellsMatchTraces(target, matrixView(target, { columns: 'items', expanded: target.goals.map((g) => g.id) }));
      expectCellsMatchTraces(target, matrixView(target, { rows: 'initiatives', columns: 'items' }));
      expectCellsMatchTraces(target, matrixView(target));
    }
    const view = matrixView(small, { rows: 'initiatives', columns: 'items' });
    expect(cellsOf(view)).toEqual([
      'I1|E1|direct',
      'I1|S1|inherited',
      'I1|K1|inherited',
      'I2|B1|direct',
      'I2|P1|direct',
      'I3|X1|direct',
    ]);
  });

  it('columns: epics by default, every item, or the kinds listed; links and goals from the traces', () => {
    const kinds = (view: MatrixView) => new Set(view.columns.map((c) => c.kind));
    expect(kinds(matrixView(plan))).toEqual(new Set(['epic']));
    expect(matrixView(plan).columns).toHaveLength(plan.items.filter((i) => i.kind === 'epic').length);
    expect(matrixView(plan, { columns: 'items' }).columns).toHaveLength(plan.items.length);
    const bugs = matrixView(plan, { columns: ['bug', 'spike'] });
    expect(kinds(bugs)).toEqual(new Set(['bug', 'spike']));
    expect(bugs.columns).toHaveLength(plan.items.filter((i) => i.kind === 'bug' || i.kind === 'spike').length);

    const { columns } = matrixView(small, { columns: 'items' });
    const byId = new Map(columns.map((c) => [c.id, c]));
    expect(byId.get('S1')).toMatchObject({ initiativeId: 'I1', link: 'inherited', goalIds: ['G1'], orphan: false });
    expect(byId.get('P1')).toMatchObject({ initiativeId: 'I2', link: 'direct', goalIds: ['G2'] });
    // Reaches an initiative that serves no goal: still an orphan for the matrix.
    expect(byId.get('X1')).toMatchObject({ initiativeId: 'I3', link: 'direct', goalIds: [], orphan: true });
    expect(byId.get('O1')).toMatchObject({ initiativeId: undefined, link: undefined, goalIds: [], orphan: true });
  });

  it('orphans come last: exactly the work that serves no goal', () => {
    for (const target of [plan, small]) {
      const view = matrixView(target, { columns: 'items' });
      const { status } = getItemTraces(target);
      const orphanIds = target.items.filter((_, p) => status[p] !== 'reaches-goal').map((i) => i.id);
      expect(view.columns.slice(view.orphanStart).map((c) => c.id)).toEqual(orphanIds);
      expect(view.columns.slice(0, view.orphanStart).every((c) => !c.orphan && c.goalIds.length > 0)).toBe(true);
      expect(view.columns.slice(view.orphanStart).every((c) => c.orphan && c.goalIds.length === 0)).toBe(true);
      expect(view.orphanCount).toBe(orphanIds.length);
    }
    const epics = matrixView(plan);
    expect(epics.columns.slice(epics.orphanStart).map((c) => c.id)).toEqual(['EPIC-11']);
    expect(matrixView(plan, { rows: 'initiatives', columns: ['epic'] }).orphanStart).toBe(epics.orphanStart);
  });

  it('an epic stands for its whole subtree: effort and count', () => {
    const view = matrixView(small, { columns: 'items' });
    const byId = new Map(view.columns.map((c) => [c.id, c]));
    expect(byId.get('E1')).toMatchObject({ effort: 0 + 5 + 1, count: 3 });
    // Only epics sum what is under them.
    expect(byId.get('S1')).toMatchObject({ effort: 5, count: 1 });

    const childrenOf = (id: string) => plan.items.filter((i) => i.parentId === id);
    const subtree = (id: string): { effort: number; count: number } =>
      childrenOf(id).reduce(
        (sum, child) => {
          const below = subtree(child.id);
          return { effort: sum.effort + below.effort, count: sum.count + below.count };
        },
        { effort: plan.items.find((i) => i.id === id)?.estimate ?? 0, count: 1 },
      );
    for (const column of matrixView(plan).columns) {
      expect({ effort: column.effort, count: column.count }, column.id).toEqual(subtree(column.id));
    }
    const epic1 = matrixView(plan).columns.find((c) => c.id === 'EPIC-1');
    expect(epic1?.count).toBeGreaterThan(1);
  });

  it('expanding a goal lists the initiatives serving it underneath, keyed by the goal and the initiative', () => {
    const view = matrixView(plan, { expanded: ['goal-enterprise-seats', 'goal-time-to-value'] });
    const { goalsOfInitiative } = getItemTraces(plan);
    const serving = plan.initiatives
      .filter((i) => i.status !== 'dropped' && goalsOfInitiative.get(i.id)?.includes('goal-enterprise-seats'))
      .map((i) => i.id);
    expect(serving.length).toBeGreaterThan(1);
    const at = view.rows.findIndex((r) => r.id === 'goal-enterprise-seats');
    const goalKey = view.rows[at]?.key;
    expect(view.rows[at]).toMatchObject({ expandable: true, expanded: true });
    const children = view.rows.slice(at + 1, at + 1 + serving.length);
    expect(children.map((r) => r.key)).toEqual(
      serving.map((id) => JSON.stringify(['initiative', 'goal-enterprise-seats', id])),
    );
    for (const child of children) {
      expect(child).toMatchObject({ kind: 'initiative', depth: 1, parentKey: goalKey });
      expect(child.initiative?.id).toBe(child.id);
    }
    // Not expandable, so not expanded.
    expect(view.rows.find((r) => r.id === 'goal-time-to-value')).toMatchObject({ expanded: false });
    expect(view.rows).toHaveLength(plan.goals.length + serving.length);
    // Rows by initiative ignore `expanded`.
    expect(
      matrixView(plan, { rows: 'initiatives', expanded: ['goal-enterprise-seats'] }).rows.every((r) => r.depth === 0),
    ).toBe(true);
  });

  it('sorts rows and columns by name or coverage; children stay under their goal', () => {
    const names = (list: readonly { title: string }[]) => list.map((x) => x.title);
    const byName = matrixView(plan, { rows: 'initiatives', sortRows: 'name', sortColumns: 'name' });
    expect(names(byName.rows)).toEqual([...names(byName.rows)].sort((a, b) => a.localeCompare(b)));
    const serving = byName.columns.slice(0, byName.orphanStart);
    expect(names(serving)).toEqual([...names(serving)].sort((a, b) => a.localeCompare(b)));

    const byCoverage = matrixView(plan, {
      columns: 'items',
      sortRows: 'coverage',
      sortColumns: 'coverage',
      expanded: plan.goals.map((g) => g.id),
    });
    const goals = byCoverage.rows.filter((r) => r.depth === 0);
    expect(goals.map((r) => r.estimateSum)).toEqual(goals.map((r) => r.estimateSum).sort((a, b) => b - a));
    byCoverage.rows.forEach((row, r) => {
      if (row.depth === 0) return;
      // Every child sits in its goal's block, after the goal, sorted by estimate within it.
      const parent = byCoverage.rows.findLastIndex((x, i) => i < r && x.depth === 0);
      expect(byCoverage.rows[parent]?.key).toBe(row.parentKey);
      const previous = byCoverage.rows[r - 1];
      if (previous?.depth === 1) expect(previous.estimateSum).toBeGreaterThanOrEqual(row.estimateSum);
    });
    for (const group of [
      byCoverage.columns.slice(0, byCoverage.orphanStart),
      byCoverage.columns.slice(byCoverage.orphanStart),
    ]) {
      expect(group.map((c) => c.effort)).toEqual(group.map((c) => c.effort).sort((a, b) => b - a));
    }
    // Plan order by default, within each group.
    const planOrder = matrixView(plan, { columns: 'items' })
      .columns.slice(0, byCoverage.orphanStart)
      .map((c) => c.id);
    const positions = planOrder.map((id) => plan.items.findIndex((i) => i.id === id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('filters: orphans only, uncovered only, column text', () => {
    const orphans = matrixView(plan, { columns: 'items', orphansOnly: true });
    expect(orphans.orphanStart).toBe(0);
    expect(orphans.columns.length).toBeGreaterThan(0);
    expect(orphans.columns.every((c) => c.orphan)).toBe(true);
    expect(orphans.orphanCount).toBe(orphans.columns.length);

    const uncovered = matrixView(plan, { uncoveredOnly: true, expanded: plan.goals.map((g) => g.id) });
    expect(uncovered.rows.map((r) => r.id)).toEqual(['goal-time-to-value']);
    expect(uncovered.uncoveredCount).toBe(1);
    const idle = matrixView(plan, { rows: 'initiatives', uncoveredOnly: true });
    expect(idle.rows.map((r) => r.id)).toEqual(
      report.initiatives.filter((i) => i.itemCount === 0).map((i) => i.initiativeId),
    );
    expect(idle.rows.length).toBeGreaterThan(0);
    expect(idle.maxEffort).toBe(0);

    const text = matrixView(plan, { columns: 'items', text: '  SSO ' });
    expect(text.columns.length).toBeGreaterThan(0);
    expect(text.columns.every((c) => c.title.toLowerCase().includes('sso'))).toBe(true);
    expect(text.rows).toEqual(matrixView(plan, { columns: 'items' }).rows);
    expect(matrixView(plan, { text: 'no such work anywhere' }).columns).toEqual([]);
  });

  it('scales the heatmap by the largest cell', () => {
    for (const options of [{}, { rows: 'initiatives' as const, columns: 'items' as const }]) {
      const view = matrixView(plan, options);
      let maxEffort = 0;
      let maxCount = 0;
      for (let r = 0; r < view.rows.length; r++) {
        for (let c = 0; c < view.columns.length; c++) {
          const cell = view.cell(r, c);
          maxEffort = Math.max(maxEffort, cell?.effort ?? 0);
          maxCount = Math.max(maxCount, cell?.count ?? 0);
        }
      }
      expect({ maxEffort: view.maxEffort, maxCount: view.maxCount }).toEqual({ maxEffort, maxCount });
      expect(maxEffort).toBeGreaterThan(0);
    }
    expect(matrixView(plan).cell(-1, 0)).toBeNull();
    expect(matrixView(plan).cell(0, 10_000)).toBeNull();
  });

  it('attaches the scorer’s findings to the rows and columns they name', () => {
    const goals = matrixView(plan, { report });
    const unserved = goals.rows.find((r) => r.id === 'goal-time-to-value');
    expect(unserved?.findings.length).toBeGreaterThan(0);
    const initiatives = matrixView(plan, { rows: 'initiatives', columns: 'items', report });
    for (const row of initiatives.rows) {
      expect(row.findings).toEqual(report.findings.filter((f) => f.ids.includes(row.id)));
    }
    for (const column of initiatives.columns) {
      expect(column.findings).toEqual(report.findings.filter((f) => f.ids.includes(column.id)));
    }
    expect(initiatives.columns.some((c) => c.findings.length > 0)).toBe(true);
    expect(matrixView(plan).rows.every((r) => r.findings.length === 0)).toBe(true);
  });

  it('on generated plans, a cell is there exactly when the column’s trace reaches the row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('goals' as const, 'initiatives' as const),
        fc.constantFrom('epics' as const, 'items' as const),
        fc.constantFrom('plan' as const, 'name' as const, 'coverage' as const),
        (seed, rows, columns, sort) => {
          const generated = createPlan(generatePlan({ seed, items: 120, initiatives: 8 }));
          const expanded = generated.goals.filter((_, i) => i % 2 === 0).map((g) => g.id);
          const view = matrixView(generated, { rows, columns, expanded, sortRows: sort, sortColumns: sort });
          const itemPosition = new Map(generated.items.map((item, p) => [item.id, p]));
          const traces = getItemTraces(generated);
          view.columns.forEach((column, c) => {
            const p = itemPosition.get(column.id) as number;
            expect(column.orphan).toBe((traces.goalIds[p] ?? []).length === 0);
            view.rows.forEach((row, r) => {
              const reaches =
                row.kind === 'goal' ? (traces.goalIds[p] ?? []).includes(row.id) : traces.initiativeId[p] === row.id;
              expect(view.cell(r, c) !== null).toBe(reaches);
            });
          });
          const firstOrphan = view.columns.findIndex((c) => c.orphan);
          expect(view.orphanStart).toBe(firstOrphan < 0 ? view.columns.length : firstOrphan);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('matrixView with ids holding separators', () => {
  // Ids are arbitrary strings: `/`, `::`, `:`, spaces, quotes and emoji must not make keys collide.
  // Goal `a/b` expands into initiative `c` and goal `a` into `b/c`: joined with `/`, both were `a/b/c`.
  const rename: Record<string, string> = {
    G1: 'a/b',
    G2: 'a',
    I1: 'c',
    I2: 'b/c',
    I3: '["goal","a"]',
    E1: 'PROJ::1',
    S1: 'milestone:2',
    B1: 'say "hi" 🚀',
  };
  const json = JSON.stringify(smallPlan()).replace(/"(G1|G2|I1|I2|I3|E1|S1|B1)"/g, (_, id: string) =>
    JSON.stringify(rename[id]),
  );
  const odd = createPlan(JSON.parse(json));

  it('gives every row a distinct key, whatever the ids hold', () => {
    const view = matrixView(odd, { expanded: ['a/b', 'a'] });
    expect(view.rows.map((r) => [r.id, r.depth])).toEqual([
      ['a/b', 0],
      ['c', 1],
      ['a', 0],
      ['b/c', 1],
    ]);
    const flat = matrixView(odd, { rows: 'initiatives' });
    // Initiative `["goal","a"]` is the JSON of goal `a`'s path: it must not take that goal's key either.
    expect(flat.rows.map((r) => r.id)).toContain('["goal","a"]');
    const keys = [...view.rows, ...flat.rows].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    // A child's parentKey is its goal row's key.
    expect(view.rows[1]?.parentKey).toBe(view.rows[0]?.key);
    expect(view.rows[3]?.parentKey).toBe(view.rows[2]?.key);
  });

  it('finds cells by the exact ids', () => {
    const view = matrixView(odd, { rows: 'initiatives', columns: 'items' });
    const at = (rowId: string, columnId: string) =>
      view.cell(
        view.rows.findIndex((row) => row.id === rowId),
        view.columns.findIndex((column) => column.id === columnId),
      );
    expect(at('c', 'PROJ::1')).toMatchObject({ link: 'direct' });
    expect(at('c', 'milestone:2')).toMatchObject({ link: 'inherited' });
    expect(at('b/c', 'say "hi" 🚀')).toMatchObject({ link: 'direct' });
    expect(at('b/c', 'PROJ::1')).toBeNull();
  });
});

describe('matrixCsv', () => {
  it('writes a header, one line per row and CRLF line ends', () => {
    const view = matrixView(small, { columns: 'items', expanded: ['G1'] });
    const csv = matrixCsv(view);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(0, -2).split('\r\n');
    expect(lines).toHaveLength(1 + view.rows.length);
    expect(lines[0]).toBe(
      ['Goal / initiative', ...view.columns.map((c) => `${c.id} ${c.title}`), 'items', 'estimate', 'done'].join(','),
    );
    expect(lines[1]).toBe('Activation,direct,inherited,inherited,,,,,3,6,0');
    expect(lines[2]).toBe('Improve onboarding activation,direct,inherited,inherited,,,,,3,6,0');
    for (const line of lines) expect(line.split(',')).toHaveLength(view.columns.length + 4);
  });

  it('transposed: the work down the side, the goals and initiatives across', () => {
    const view = matrixView(small, { rows: 'initiatives', columns: 'items' });
    const lines = matrixCsv(view, { transposed: true }).slice(0, -2).split('\r\n');
    expect(lines).toHaveLength(1 + view.columns.length);
    expect(lines[0]).toBe('Work,Improve onboarding activation,Retention loops,Partner request,items,estimate,done');
    expect(lines).toContain('E1 Onboarding epic,direct,,,3,6,0');
    expect(lines).toContain('S1 Redesign the signup flow,inherited,,,1,5,0');
  });

  it('keeps the sample’s matrix intact: quoted titles, shares to 3 decimals, no formulas', () => {
    const view = matrixView(plan, { rows: 'initiatives' });
    const lines = matrixCsv(view).slice(0, -2).split('\r\n');
    expect(lines).toHaveLength(1 + view.rows.length);
    view.rows.forEach((row, r) => {
      const done = lines[r + 1]?.split(',').at(-1);
      expect(done).toBe(String(Math.round(row.doneShare * 1000) / 1000));
    });
    const tricky = createPlan({
      ...smallPlan(),
      goals: [{ id: 'G1', title: '=SUM(A1), "quoted"', metric: { name: 'x', baseline: 0, target: 1 } }],
      themes: [{ id: 'T1', title: 'Onboarding', goalIds: ['G1'] }],
      initiatives: [{ id: 'I1', title: 'Onboarding', themeId: 'T1' }],
      features: [],
      milestones: [],
      items: [{ id: 'E1', title: 'Epic, with comma', kind: 'epic', initiativeId: 'I1' }],
      backlogs: [],
    });
    const csv = matrixCsv(matrixView(tricky));
    expect(csv).toBe(
      'Goal / initiative,"E1 Epic, with comma",items,estimate,done\r\n"\'=SUM(A1), ""quoted""",direct,1,0,0\r\n',
    );
  });
});
