import { getPlanIndex } from '../model/planIndex.js';
import type { Goal, Initiative, Item, Plan } from '../model/types.js';
import type { ItemKind } from '../model/vocabulary.js';
import { getInitiativeWork } from '../score/initiativeWork.js';
import type { Finding } from '../score/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { matrixEmptyAxes } from './matrixEmpty.js';
import type { MatrixCell, MatrixColumn, MatrixRow, MatrixSort, MatrixView, MatrixViewOptions } from './matrixTypes.js';

const NO_FINDINGS: readonly Finding[] = [];

/** Stable sort by `sort`: `plan` keeps the order given, `name` compares titles, `coverage` puts the most first. */
function sortBy<T extends { readonly title: string }>(list: T[], sort: MatrixSort, amount: (entry: T) => number): T[] {
  if (sort === 'name') list.sort((a, b) => a.title.localeCompare(b.title));
  else if (sort === 'coverage') list.sort((a, b) => amount(b) - amount(a));
  return list;
}

/**
 * What the traceability matrix draws: goals (each expandable into the initiatives serving it) or
 * initiatives as rows, epics or items as columns, and a cell wherever a column's work reaches the
 * row — `direct` when the item names the initiative itself, `inherited` from an ancestor. Row
 * numbers are the scorer's (items tracing to the row, their estimate, the done share); columns that
 * serve no goal are gathered in an orphan group at the end. Dropped initiatives are left out. Cells
 * are looked up in constant time, never stored, so 200 rows × 2,000 columns stays cheap. When the
 * chosen rows or columns are empty in the plan, `emptyAxes` says which and what to show instead.
 *
 * @example
 * const view = matrixView(plan, { rows: 'goals', expanded: ['goal-activation'], sortColumns: 'coverage' });
 * view.rows.map((row, r) => [row.title, view.columns.filter((_, c) => view.cell(r, c)).length]);
 * view.columns.slice(view.orphanStart).map((column) => column.title); // work serving no goal
 */
export function matrixView(plan: Plan, options: MatrixViewOptions = {}): MatrixView {
  const index = getPlanIndex(plan);
  const traces = getItemTraces(plan);
  const rowsBy = options.rows ?? 'goals';
  const columnsBy = options.columns ?? 'epics';
  const sortRows = options.sortRows ?? 'plan';
  const sortColumns = options.sortColumns ?? 'plan';
  const text = (options.text ?? '').trim().toLowerCase();

  // Findings by the goal, initiative or item id they name, each finding once per id.
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of options.report?.findings ?? []) {
    for (const id of new Set(finding.ids)) {
      const list = findingsOf.get(id);
      if (list) list.push(finding);
      else findingsOf.set(id, [finding]);
    }
  }

  let totalEstimate = 0;
  for (const item of plan.items) totalEstimate += item.estimate ?? 0;
  const share = (estimate: number) => (totalEstimate === 0 ? 0 : estimate / totalEstimate);

  // ---- Rows --------------------------------------------------------------------------------------
  const work = getInitiativeWork(plan);
  const initiativeRow = (initiative: Initiative, parent: MatrixRow | undefined): MatrixRow => {
    const counts = work.get(initiative.id);
    const estimateSum = counts?.estimateSum ?? 0;
    const itemCount = counts?.itemCount ?? 0;
    return {
      // The path as JSON, never the ids joined: ids may hold any separator.
      key: JSON.stringify(parent ? ['initiative', parent.id, initiative.id] : ['initiative', initiative.id]),
      id: initiative.id,
      kind: 'initiative',
      title: initiative.title,
      goal: undefined,
      initiative,
      depth: parent ? 1 : 0,
      parentKey: parent?.key,
      expandable: false,
      expanded: false,
      itemCount,
      estimateSum,
      doneShare: counts?.doneShare ?? 0,
      effortShare: share(estimateSum),
      uncovered: itemCount === 0,
      findings: findingsOf.get(initiative.id) ?? NO_FINDINGS,
    };
  };

  const uncoveredOnly = options.uncoveredOnly === true;
  const rows: MatrixRow[] = [];
  if (rowsBy === 'initiatives') {
    const list: MatrixRow[] = [];
    for (const initiative of plan.initiatives) {
      if (initiative.status === 'dropped') continue;
      const row = initiativeRow(initiative, undefined);
      if (!uncoveredOnly || row.uncovered) list.push(row);
    }
    rows.push(...sortBy(list, sortRows, (row) => row.estimateSum));
  } else {
    // The initiatives serving each goal (not dropped), in plan order.
    const servingOf = new Map<string, Initiative[]>();
    for (const initiative of plan.initiatives) {
      if (initiative.status === 'dropped') continue;
      for (const goalId of traces.goalsOfInitiative.get(initiative.id) ?? []) {
        const list = servingOf.get(goalId);
        if (list) list.push(initiative);
        else servingOf.set(goalId, [initiative]);
      }
    }
    const expanded = new Set(options.expanded ?? []);
    const goalRow = (goal: Goal): MatrixRow => {
      let itemCount = 0;
      let estimateSum = 0;
      let done = 0;
      for (const id of traces.itemsOfGoal.get(goal.id) ?? []) {
        const item = index.items.get(id) as Item;
        itemCount++;
        estimateSum += item.estimate ?? 0;
        if (item.status === 'done') done++;
      }
      const expandable = (servingOf.get(goal.id)?.length ?? 0) > 0;
      return {
        key: JSON.stringify(['goal', goal.id]),
        id: goal.id,
        kind: 'goal',
        title: goal.title,
        goal,
        initiative: undefined,
        depth: 0,
        parentKey: undefined,
        expandable,
        expanded: expandable && expanded.has(goal.id),
        itemCount,
        estimateSum,
        doneShare: itemCount === 0 ? 0 : done / itemCount,
        effortShare: share(estimateSum),
        uncovered: itemCount === 0,
        findings: findingsOf.get(goal.id) ?? NO_FINDINGS,
      };
    };
    const goals: MatrixRow[] = [];
    for (const goal of plan.goals) {
      const row = goalRow(goal);
      if (!uncoveredOnly || row.uncovered) goals.push(row);
    }
    for (const row of sortBy(goals, sortRows, (r) => r.estimateSum)) {
      rows.push(row);
      if (!row.expanded) continue;
      const children: MatrixRow[] = [];
      for (const initiative of servingOf.get(row.id) ?? []) {
        const child = initiativeRow(initiative, row);
        if (!uncoveredOnly || child.uncovered) children.push(child);
      }
      rows.push(...sortBy(children, sortRows, (r) => r.estimateSum));
    }
  }

  // ---- Columns -----------------------------------------------------------------------------------
  const kinds: ReadonlySet<ItemKind> | undefined =
    columnsBy === 'epics' ? new Set(['epic']) : columnsBy === 'items' ? undefined : new Set(columnsBy);
  const orphansOnly = options.orphansOnly === true;
  const serving: MatrixColumn[] = [];
  const orphans: MatrixColumn[] = [];
  const stack: Item[] = [];
  plan.items.forEach((item, p) => {
    if (kinds && !kinds.has(item.kind)) return;
    const goalIds = traces.goalIds[p] ?? [];
    const orphan = goalIds.length === 0;
    if (orphansOnly && !orphan) return;
    if (text !== '' && !item.title.toLowerCase().includes(text)) return;
    let effort = item.estimate ?? 0;
    let count = 1;
    if (item.kind === 'epic') {
      // The epic stands for everything under it (parent chains are acyclic in a valid plan).
      for (const child of index.childrenOf.get(item.id) ?? []) stack.push(child);
      for (let node = stack.pop(); node; node = stack.pop()) {
        effort += node.estimate ?? 0;
        count++;
        for (const child of index.childrenOf.get(node.id) ?? []) stack.push(child);
      }
    }
    const initiativeId = traces.initiativeId[p];
    const column: MatrixColumn = {
      id: item.id,
      item,
      title: item.title,
      kind: item.kind,
      initiativeId,
      link: initiativeId === undefined ? undefined : traces.direct[p] ? 'direct' : 'inherited',
      goalIds,
      orphan,
      effort,
      count,
      findings: findingsOf.get(item.id) ?? NO_FINDINGS,
    };
    (orphan ? orphans : serving).push(column);
  });
  const byEffort = (column: MatrixColumn) => column.effort;
  const columns = [...sortBy(serving, sortColumns, byEffort), ...sortBy(orphans, sortColumns, byEffort)];

  // ---- Cells -------------------------------------------------------------------------------------
  // A cell depends on its column alone (how the work links, what it stands for); the row only
  // decides whether there is one. So each column's cell is built once and shared down the column.
  const cells: (MatrixCell | null)[] = new Array(columns.length);
  const shownGoals = new Set<string>();
  const shownInitiatives = new Set<string>();
  let uncoveredCount = 0;
  for (const row of rows) {
    (row.kind === 'goal' ? shownGoals : shownInitiatives).add(row.id);
    if (row.uncovered) uncoveredCount++;
  }
  let maxEffort = 0;
  let maxCount = 0;
  columns.forEach((column, c) => {
    const cell: MatrixCell | null =
      column.link === undefined ? null : { link: column.link, effort: column.effort, count: column.count };
    cells[c] = cell;
    if (!cell) return;
    const servesShownRow =
      (column.initiativeId !== undefined && shownInitiatives.has(column.initiativeId)) ||
      column.goalIds.some((g) => shownGoals.has(g));
    if (!servesShownRow) return;
    if (cell.effort > maxEffort) maxEffort = cell.effort;
    if (cell.count > maxCount) maxCount = cell.count;
  });

  const cell = (r: number, c: number): MatrixCell | null => {
    const row = rows[r];
    const column = columns[c];
    if (!row || !column) return null;
    const serves = row.kind === 'goal' ? column.goalIds.includes(row.id) : column.initiativeId === row.id;
    return serves ? (cells[c] ?? null) : null;
  };

  return {
    rows,
    columns,
    orphanStart: serving.length,
    cell,
    maxEffort,
    maxCount,
    uncoveredCount,
    orphanCount: orphans.length,
    emptyAxes: matrixEmptyAxes(plan, { rows: rowsBy, columns: columnsBy }),
  };
}
