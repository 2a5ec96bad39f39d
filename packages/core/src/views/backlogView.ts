import { getPlanIndex } from '../model/planIndex.js';
import type { Backlog, Item, Plan } from '../model/types.js';
import type { ItemKind, ItemStatus } from '../model/vocabulary.js';
import { getItemReadiness } from '../score/readiness.js';
import type { Readiness } from '../score/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import type { TraceLinkKind, TraceStatus } from '../trace/traceItem.js';

/** What a backlog list can be grouped by. */
export type BacklogGroupBy = 'none' | 'epic' | 'initiative' | 'goal' | 'kind';

/** Which rows to show; every field narrows, an empty or absent field lets everything through. */
export interface BacklogFilter {
  readonly kinds?: readonly ItemKind[];
  readonly statuses?: readonly ItemStatus[];
  readonly readiness?: readonly Readiness[];
  readonly trace?: readonly TraceStatus[];
  /** Matched case-insensitively against the title, id, description and labels. */
  readonly text?: string;
}

/** How `backlogView` shapes the list: no option changes ranks, totals or the backlog's estimate. */
export interface BacklogViewOptions {
  /** Default `none`: one group of every row. */
  readonly groupBy?: BacklogGroupBy;
  /** Default: every row. */
  readonly filter?: BacklogFilter;
  /**
   * Draw the rows in this order instead of the backlog's (a preview of an order not applied yet,
   * such as a framework's from `backlogPriority`). Ids not in the backlog are ignored; backlog
   * items it leaves out follow in the backlog's order. Ranks stay the backlog's own.
   */
  readonly order?: readonly string[];
}

/** A goal, initiative or epic named by a row or a group: its id and title, enough to label and link it. */
export interface EntityRef {
  readonly id: string;
  readonly title: string;
}

/** One row: an item with what the list shows about it. */
export interface BacklogRow {
  readonly item: Item;
  /** Position in the backlog's priority order, 0 = top; unchanged by filters and groups. */
  readonly rank: number;
  readonly trace: {
    readonly status: TraceStatus;
    readonly initiative?: EntityRef & { readonly link: TraceLinkKind };
    readonly goals: readonly EntityRef[];
  };
  readonly readiness: Readiness;
  readonly criteria: { readonly done: number; readonly total: number };
  /** The nearest epic above the item (or the item itself when it is an epic). */
  readonly epic?: EntityRef;
}

/** Rows that share an epic, initiative, goal or kind: one section of a grouped backlog list. */
export interface BacklogGroup {
  /**
   * The epic, initiative or goal id, or the kind; `null` gathers rows with none (listed last).
   * Without grouping, the one group's key is `all`.
   */
  readonly key: string | null;
  /** The grouping entity, for epic, initiative and goal groups. */
  readonly entity?: EntityRef;
  /** The group's rows that pass the filter, in priority order. */
  readonly rows: readonly BacklogRow[];
  /** Sum of those rows' estimates (an item without one counts 0). */
  readonly estimate: number;
}

/** What `backlogView` returns: one backlog's rows, filtered and grouped, with its load against capacity. */
export interface BacklogView {
  readonly backlog: Backlog;
  /** Rows that pass the filter, in priority order (or in the `order` asked for). */
  readonly rows: readonly BacklogRow[];
  /** The same rows in groups, each group in the rows' order, groups ordered by their top row. */
  readonly groups: readonly BacklogGroup[];
  /** Items in the backlog before filtering. */
  readonly total: number;
  /** Sum of estimates of every item in the backlog (filters do not change what is committed). */
  readonly estimate: number;
  /** The backlog's capacity (a sprint's, say), when it has one. */
  readonly capacity?: number;
  /** `estimate` exceeds `capacity`; false when there is no capacity. */
  readonly overCapacity: boolean;
}

const ref = (entity: { id: string; title: string }): EntityRef => ({ id: entity.id, title: entity.title });

function matches(row: BacklogRow, filter: BacklogFilter, text: string): boolean {
  const { item } = row;
  if (filter.kinds?.length && !filter.kinds.includes(item.kind)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(item.status)) return false;
  if (filter.readiness?.length && !filter.readiness.includes(row.readiness)) return false;
  if (filter.trace?.length && !filter.trace.includes(row.trace.status)) return false;
  if (text === '') return true;
  return (
    item.title.toLowerCase().includes(text) ||
    item.id.toLowerCase().includes(text) ||
    (item.description?.toLowerCase().includes(text) ?? false) ||
    item.labels.some((label) => label.toLowerCase().includes(text))
  );
}

function groupKey(row: BacklogRow, groupBy: BacklogGroupBy): { key: string | null; entity?: EntityRef } {
  switch (groupBy) {
    case 'epic':
      return row.epic ? { key: row.epic.id, entity: row.epic } : { key: null };
    case 'initiative':
      return row.trace.initiative ? { key: row.trace.initiative.id, entity: ref(row.trace.initiative) } : { key: null };
    case 'goal': {
      // An item serving several goals is listed under the first: one row per item keeps one rank.
      const goal = row.trace.goals[0];
      return goal ? { key: goal.id, entity: goal } : { key: null };
    }
    case 'kind':
      return { key: row.item.kind };
    default:
      return { key: 'all' };
  }
}

/** The rows in `order` (each once, known ids only), then the rows it leaves out in the backlog's order. */
function inOrder(rows: readonly BacklogRow[], order: readonly string[]): BacklogRow[] {
  const byId = new Map(rows.map((row) => [row.item.id, row]));
  const drawn: BacklogRow[] = [];
  for (const id of order) {
    const row = byId.get(id);
    if (!row) continue;
    drawn.push(row);
    byId.delete(id);
  }
  return byId.size === 0 ? drawn : [...drawn, ...rows.filter((row) => byId.has(row.item.id))];
}

/**
 * What a backlog list draws: the backlog's items as rows (trace, readiness, acceptance-criteria
 * progress, epic), filtered, and grouped by epic, initiative, goal or kind; drawn in the backlog's
 * order, or in another `order` to preview it. Ranks always refer to the backlog's single priority
 * order, so a gesture in a filtered, grouped or previewed list maps back to it. Returns
 * `undefined` for an unknown backlog id.
 *
 * @example
 * const view = backlogView(plan, 'backlog-product', { groupBy: 'epic', filter: { trace: ['orphan'] } });
 * view?.groups.map((g) => [g.entity?.title ?? 'No epic', g.rows.length]);
 * // The same backlog drawn in a framework's order, before anyone applies it:
 * backlogView(plan, 'backlog-product', { order: backlogPriority(plan, 'backlog-product', report)?.order });
 */
export function backlogView(plan: Plan, backlogId: string, options: BacklogViewOptions = {}): BacklogView | undefined {
  const index = getPlanIndex(plan);
  const backlog = index.backlogs.get(backlogId);
  if (!backlog) return undefined;
  const traces = getItemTraces(plan);
  const readiness = getItemReadiness(plan);

  const epicOf = (item: Item): EntityRef | undefined => {
    for (let node: Item | undefined = item; node; node = node.parentId ? index.items.get(node.parentId) : undefined) {
      if (node.kind === 'epic') return ref(node);
    }
    return undefined;
  };

  const all: BacklogRow[] = [];
  let estimate = 0;
  backlog.itemIds.forEach((id, rank) => {
    const p = index.itemPosition.get(id);
    if (p === undefined) return;
    const item = plan.items[p] as Item;
    estimate += item.estimate ?? 0;
    const initiativeId = traces.initiativeId[p];
    const initiative = initiativeId === undefined ? undefined : index.initiatives.get(initiativeId);
    const epic = epicOf(item);
    all.push({
      item,
      rank,
      trace: {
        status: traces.status[p] as TraceStatus,
        ...(initiative ? { initiative: { ...ref(initiative), link: traces.direct[p] ? 'direct' : 'inherited' } } : {}),
        goals: (traces.goalIds[p] ?? []).flatMap((g) => {
          const goal = index.goals.get(g);
          return goal ? [ref(goal)] : [];
        }),
      },
      readiness: readiness[p] as Readiness,
      criteria: { done: item.acceptanceCriteria.filter((c) => c.done).length, total: item.acceptanceCriteria.length },
      ...(epic ? { epic } : {}),
    });
  });

  const filter = options.filter ?? {};
  const text = (filter.text ?? '').trim().toLowerCase();
  const rows = (options.order ? inOrder(all, options.order) : all).filter((row) => matches(row, filter, text));

  const groupBy = options.groupBy ?? 'none';
  const groups = new Map<
    string | null,
    { key: string | null; entity?: EntityRef; rows: BacklogRow[]; estimate: number }
  >();
  for (const row of rows) {
    const { key, entity } = groupKey(row, groupBy);
    let group = groups.get(key);
    if (!group) {
      group = { key, ...(entity ? { entity } : {}), rows: [], estimate: 0 };
      groups.set(key, group);
    }
    group.rows.push(row);
    group.estimate += row.item.estimate ?? 0;
  }
  // Groups follow the rows (a group is made when its top row comes); the group of rows with no
  // epic, initiative or goal goes last.
  const ordered = [...groups.values()];
  const ungrouped = ordered.findIndex((group) => group.key === null);
  if (ungrouped >= 0) ordered.push(...ordered.splice(ungrouped, 1));

  return {
    backlog,
    rows,
    groups: ordered,
    total: all.length,
    estimate,
    ...(backlog.capacity !== undefined ? { capacity: backlog.capacity } : {}),
    overCapacity: backlog.capacity !== undefined && estimate > backlog.capacity,
  };
}
