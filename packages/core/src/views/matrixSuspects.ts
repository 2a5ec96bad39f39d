import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import { LinkMap } from '../suspect/linkMap.js';
import type { SuspectChange, SuspectLink } from '../suspect/suspect.types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import type { BaselineView } from './baselineTypes.js';
import type { MatrixView } from './matrixTypes.js';

const NONE: readonly SuspectLink[] = [];

/**
 * The suspect links behind each cell of a traceability matrix, looked up by the view's row and
 * column indexes (untransposed).
 */
export interface MatrixSuspects {
  /**
   * The cell's suspect links, item links first: the link of each item the column stands for (an
   * epic stands for itself and everything under it that reaches the same initiative) to that
   * initiative, then for a goal row the initiative's link to the goal. Empty for a cell with no
   * link or none suspect.
   */
  readonly at: (row: number, column: number) => readonly SuspectLink[];
}

/**
 * Where a traceability matrix's suspect links fall, from a plan compared with a baseline: the
 * cell of an item (or an epic and the work under it) and its initiative is suspect when that
 * link is, and on a goal row also when the initiative's link to the goal is. Reads the
 * baseline's suspect links only (it never diffs), and works out an epic's work once per column.
 *
 * @example
 * const suspects = matrixSuspects(plan, matrixView(plan), baselineView(plan, lastQuarter));
 * suspects.at(0, 3).flatMap((s) => s.changes.map((c) => c.reason)); // ['goal-title', 'goal-target']
 */
export function matrixSuspects(plan: Plan, view: MatrixView, baseline: BaselineView): MatrixSuspects {
  if (baseline.suspects.length === 0) return { at: () => NONE };
  const byLink = new LinkMap<readonly SuspectChange[]>();
  for (const s of baseline.suspects) byLink.set(s.link, s.changes);
  const index = getPlanIndex(plan);
  const traces = getItemTraces(plan);
  // Each column's item links that are suspect, worked out when first asked for.
  const columnLinks = new Map<number, readonly SuspectLink[]>();

  const linksOfColumn = (c: number): readonly SuspectLink[] => {
    const known = columnLinks.get(c);
    if (known) return known;
    const column = view.columns[c];
    const initiativeId = column?.initiativeId;
    const links: SuspectLink[] = [];
    if (column && initiativeId !== undefined) {
      const add = (id: string) => {
        const link = { from: { kind: 'item', id }, to: { kind: 'initiative', id: initiativeId } } as const;
        const changes = byLink.get(link);
        if (changes) links.push({ link, changes });
      };
      add(column.id);
      if (column.kind === 'epic') {
        // Everything under the epic (parent chains are acyclic in a valid plan), in plan order.
        const under: number[] = [];
        const stack = [...(index.childrenOf.get(column.id) ?? [])];
        for (let item = stack.pop(); item; item = stack.pop()) {
          const p = index.itemPosition.get(item.id);
          if (p !== undefined && traces.initiativeId[p] === initiativeId) under.push(p);
          stack.push(...(index.childrenOf.get(item.id) ?? []));
        }
        for (const p of under.sort((a, b) => a - b)) add(plan.items[p]?.id as string);
      }
    }
    const result = links.length > 0 ? links : NONE;
    columnLinks.set(c, result);
    return result;
  };

  return {
    at(r, c) {
      if (!view.cell(r, c)) return NONE;
      const row = view.rows[r];
      const column = view.columns[c];
      if (!row || !column || column.initiativeId === undefined) return NONE;
      const own = linksOfColumn(c);
      if (row.kind !== 'goal') return own;
      const link = {
        from: { kind: 'initiative', id: column.initiativeId },
        to: { kind: 'goal', id: row.id },
      } as const;
      const changes = byLink.get(link);
      return changes ? [...own, { link, changes }] : own;
    },
  };
}
