import { ITEM_LEVEL, withArticle } from '../model/hierarchy.js';
import { COLLECTIONS, type Collection, isObject, type Raw, SINGULAR } from './collections.js';
import { type PlanProblem, problem } from './problems.js';

/**
 * The checks a schema cannot express: unique ids, references that resolve, no cycles, sensible
 * parent kinds, backlog membership, date order. They read the raw input defensively (a field of the
 * wrong type is skipped: the shape check already reported it), so one pass reports every problem.
 * Each check is linear in the size of the plan.
 */

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const quote = (value: string) => `'${value}'`;

interface Place {
  readonly collection: Collection;
  readonly index: number;
  readonly entity: Raw;
}

/** Which collection each reference field points into. */
const REFERENCES: readonly [Collection, string, Collection, 'one' | 'many'][] = [
  ['goals', 'horizonId', 'horizons', 'one'],
  ['themes', 'goalIds', 'goals', 'many'],
  ['initiatives', 'themeId', 'themes', 'one'],
  ['initiatives', 'goalIds', 'goals', 'many'],
  ['initiatives', 'horizonId', 'horizons', 'one'],
  ['initiatives', 'dependsOn', 'initiatives', 'many'],
  ['features', 'initiativeId', 'initiatives', 'one'],
  ['milestones', 'initiativeIds', 'initiatives', 'many'],
  ['items', 'parentId', 'items', 'one'],
  ['items', 'initiativeId', 'initiatives', 'one'],
  ['items', 'featureId', 'features', 'one'],
  ['backlogs', 'itemIds', 'items', 'many'],
  ['backlogs', 'horizonId', 'horizons', 'one'],
];

const NOW_NEXT_LATER: Record<string, number> = { now: 0, next: 1, later: 2 };

export function crossCheck(input: Raw): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, list(input[c])])) as Record<Collection, unknown[]>;

  // Ids: unique across the whole plan, so a bare id names one thing in a trace or an event.
  const byId = new Map<string, Place>();
  for (const collection of COLLECTIONS) {
    collections[collection].forEach((entity, index) => {
      if (!isObject(entity)) return;
      const id = str(entity.id);
      if (id === undefined) return;
      const first = byId.get(id);
      if (first) {
        const where = `${first.collection}[${first.index}]`;
        const what = first.collection === collection ? '' : ` (${withArticle(SINGULAR[first.collection])})`;
        problems.push(
          problem(
            'duplicate-id',
            `${collection}[${index}].id`,
            `Id ${quote(id)} is already used by ${where}${what}. Ids must be unique across the whole plan: give this ${SINGULAR[collection]} its own id.`,
            id,
          ),
        );
      } else {
        byId.set(id, { collection, index, entity });
      }
    });
  }
  const lookup = (id: string, collection: Collection): Raw | undefined => {
    const place = byId.get(id);
    return place?.collection === collection ? place.entity : undefined;
  };

  // References resolve into the right collection.
  for (const [from, field, to, arity] of REFERENCES) {
    collections[from].forEach((entity, index) => {
      if (!isObject(entity)) return;
      const check = (ref: unknown, path: string) => {
        const target = str(ref);
        if (target === undefined || lookup(target, to)) return;
        const elsewhere = byId.get(target);
        const hint = elsewhere
          ? `${quote(target)} is ${withArticle(SINGULAR[elsewhere.collection])} (${elsewhere.collection}[${elsewhere.index}]), not ${withArticle(SINGULAR[to])}`
          : `no ${SINGULAR[to]} has the id ${quote(target)}`;
        const fix =
          from === 'backlogs' && field === 'itemIds'
            ? 'add the item to `items` or remove it from the backlog'
            : `add that ${SINGULAR[to]} to \`${to}\` or correct the reference`;
        problems.push(problem('dangling-reference', path, `${hint}: ${fix}.`, str(entity.id)));
      };
      if (arity === 'one') check(entity[field], `${from}[${index}].${field}`);
      else
        list(entity[field]).forEach((ref, i) => {
          check(ref, `${from}[${index}].${field}[${i}]`);
        });
    });
  }

  checkParents(collections.items, lookup, problems);
  checkDependencies(collections.initiatives, lookup, problems);
  checkBacklogs(collections.backlogs, problems);
  for (const collection of ['initiatives', 'horizons', 'backlogs'] as const) {
    collections[collection].forEach((entity, index) => {
      if (!isObject(entity)) return;
      const start = str(entity.start);
      const end = str(entity.end);
      if (start && end && end < start) {
        problems.push(
          problem(
            'end-before-start',
            `${collection}[${index}].end`,
            `Ends on ${end}, before it starts on ${start}: swap the dates or correct one of them.`,
            str(entity.id),
          ),
        );
      }
    });
  }
  checkHorizonOrder(collections.horizons, problems);
  return problems;
}

/** Parent chains end (no cycles), and a parent is bigger work than its child. */
function checkParents(items: unknown[], lookup: (id: string, c: Collection) => Raw | undefined, out: PlanProblem[]) {
  const indexOf = new Map<Raw, number>();
  items.forEach((item, index) => {
    if (isObject(item)) indexOf.set(item, index);
  });
  const parentOf = (item: Raw): Raw | undefined => {
    const parentId = str(item.parentId);
    return parentId === undefined ? undefined : lookup(parentId, 'items');
  };
  // 0 = unseen, 1 = on the chain being walked, 2 = known to end.
  const state = new Map<Raw, 1 | 2>();
  for (const start of items) {
    if (!isObject(start) || state.has(start)) continue;
    const chain: Raw[] = [];
    let node: Raw | undefined = start;
    while (node && !state.has(node)) {
      state.set(node, 1);
      chain.push(node);
      node = parentOf(node);
    }
    if (node && state.get(node) === 1) {
      const cycle = chain.slice(chain.indexOf(node));
      const names = [...cycle, node].map((n) => quote(String(n.id))).join(' → ');
      const first = cycle.reduce((a, b) => ((indexOf.get(a) ?? 0) <= (indexOf.get(b) ?? 0) ? a : b));
      out.push(
        problem(
          'parent-cycle',
          `items[${indexOf.get(first)}].parentId`,
          `Parent cycle: ${names}. An item cannot be its own ancestor: remove one of these parent links.`,
          str(first.id),
        ),
      );
    }
    for (const n of chain) state.set(n, 2);
  }

  items.forEach((item, index) => {
    if (!isObject(item)) return;
    const parent = parentOf(item);
    if (!parent) return;
    const child = (ITEM_LEVEL as Record<string, number>)[String(item.kind)];
    const above = (ITEM_LEVEL as Record<string, number>)[String(parent.kind)];
    if (child === undefined || above === undefined) return;
    const what = `${withArticle(String(item.kind)).replace(/^a/, 'A')} under ${withArticle(String(parent.kind))} (${quote(String(parent.id))})`;
    if (above < child) {
      out.push(
        problem(
          'parent-kind-inverted',
          `items[${index}].parentId`,
          `${what} turns the hierarchy upside down: epics hold stories, bugs, improvements, tech debt and spikes, which hold tasks. Re-parent it or change a kind.`,
          str(item.id),
        ),
      );
    } else if (above === child) {
      out.push(
        problem(
          'parent-kind-same-level',
          `items[${index}].parentId`,
          `${what} is work of the same size nested in another; consider making the parent an epic, or this item a task.`,
          str(item.id),
        ),
      );
    }
  });
}

/** `dependsOn` forms no cycle; each cycle is reported once, naming every initiative in it. */
function checkDependencies(
  initiatives: unknown[],
  lookup: (id: string, c: Collection) => Raw | undefined,
  out: PlanProblem[],
) {
  const indexOf = new Map<Raw, number>();
  initiatives.forEach((initiative, index) => {
    if (isObject(initiative)) indexOf.set(initiative, index);
  });
  const deps = (node: Raw) =>
    list(node.dependsOn)
      .map((ref) => (str(ref) === undefined ? undefined : lookup(String(ref), 'initiatives')))
      .filter((d): d is Raw => d !== undefined);
  const state = new Map<Raw, 1 | 2>();
  for (const root of initiatives) {
    if (!isObject(root) || state.has(root)) continue;
    // Iterative depth-first search: the stack holds each node and the position in its dependencies.
    const stack: { node: Raw; next: Raw[]; at: number }[] = [{ node: root, next: deps(root), at: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { node: Raw; next: Raw[]; at: number };
      const dep = frame.next[frame.at++];
      if (dep === undefined) {
        state.set(frame.node, 2);
        stack.pop();
      } else if (!state.has(dep)) {
        state.set(dep, 1);
        stack.push({ node: dep, next: deps(dep), at: 0 });
      } else if (state.get(dep) === 1) {
        const cycle = stack.slice(stack.findIndex((f) => f.node === dep)).map((f) => f.node);
        const names = [...cycle, dep].map((n) => quote(String(n.id))).join(' → ');
        out.push(
          problem(
            'dependency-cycle',
            `initiatives[${indexOf.get(frame.node)}].dependsOn`,
            `Dependency cycle: ${names}. None of these can start first: remove one of the dependencies.`,
            str(frame.node.id),
          ),
        );
      }
    }
  }
}

/** An item once per backlog, in at most one product backlog and one sprint running at a time. */
function checkBacklogs(backlogs: unknown[], out: PlanProblem[]) {
  const product = new Map<string, number>();
  const sprints = new Map<string, { index: number; start?: string; end?: string }[]>();
  backlogs.forEach((backlog, b) => {
    if (!isObject(backlog)) return;
    const seen = new Set<string>();
    list(backlog.itemIds).forEach((ref, i) => {
      const itemId = str(ref);
      if (itemId === undefined) return;
      const path = `backlogs[${b}].itemIds[${i}]`;
      if (seen.has(itemId)) {
        out.push(
          problem(
            'duplicate-in-backlog',
            path,
            `Item ${quote(itemId)} is listed twice in this backlog; an item has one rank: remove the later entry.`,
            str(backlog.id),
          ),
        );
        return;
      }
      seen.add(itemId);
      if (backlog.kind === 'product') {
        const other = product.get(itemId);
        if (other !== undefined) {
          out.push(
            problem(
              'in-two-product-backlogs',
              path,
              `Item ${quote(itemId)} is already in the product backlog backlogs[${other}]; an item has one place in the product's priority order.`,
              str(backlog.id),
            ),
          );
        } else product.set(itemId, b);
      }
      if (backlog.kind === 'sprint') {
        const mine = { index: b, start: str(backlog.start), end: str(backlog.end) };
        const others = sprints.get(itemId) ?? [];
        const clash = others.find((o) => overlaps(o, mine));
        if (clash) {
          out.push(
            problem(
              'in-two-sprints',
              path,
              `Item ${quote(itemId)} is also in sprint backlogs[${clash.index}], which runs at the same time; a team works an item in one sprint: move it instead of copying it.`,
              str(backlog.id),
            ),
          );
        }
        others.push(mine);
        sprints.set(itemId, others);
      }
    });
  });
}

/** Two spans overlap unless one ends before the other starts; a span without dates overlaps all. */
function overlaps(a: { start?: string; end?: string }, b: { start?: string; end?: string }): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** Horizons, taken by `order` (or array position), move forward in time and through Now → Next → Later. */
function checkHorizonOrder(horizons: unknown[], out: PlanProblem[]) {
  const ordered = horizons
    .map((h, index) => ({ h, index }))
    .filter((x): x is { h: Raw; index: number } => isObject(x.h))
    .map(({ h, index }) => ({ h, index, order: typeof h.order === 'number' ? h.order : index }))
    .sort((a, b) => a.order - b.order || a.index - b.index);
  let latestStart: { start: string; id: string } | undefined;
  let latestStage: { stage: number; kind: string; id: string } | undefined;
  for (const { h, index } of ordered) {
    const start = str(h.start);
    const here = `horizons[${index}]`;
    if (start) {
      if (latestStart && start < latestStart.start) {
        out.push(
          problem(
            'horizons-out-of-order',
            `${here}.start`,
            `Starts on ${start}, before ${quote(latestStart.id)} that comes earlier in order (${latestStart.start}): fix its \`order\` or its dates.`,
            str(h.id),
          ),
        );
      } else latestStart = { start, id: String(h.id) };
    }
    const stage = NOW_NEXT_LATER[String(h.kind)];
    if (stage !== undefined) {
      if (latestStage && stage < latestStage.stage) {
        out.push(
          problem(
            'horizons-out-of-order',
            `${here}.kind`,
            `A '${String(h.kind)}' horizon is ordered after the '${latestStage.kind}' horizon ${quote(latestStage.id)}: Now, Next and Later come in that order.`,
            str(h.id),
          ),
        );
      } else latestStage = { stage, kind: String(h.kind), id: String(h.id) };
    }
  }
}
