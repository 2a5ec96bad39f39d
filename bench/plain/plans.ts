import {
  type BacklogRow,
  backlogView,
  createPlan,
  generatePlan,
  getInitiativeWork,
  type Plan,
  type PlanInput,
} from '@throughline/core';

// The plans the plain-page mount benchmark draws, and what the peers get from them. The same seeds
// and sizes as the Storybook benchmark pages (bench/stories), kept here so this benchmark measures
// the same data whatever those pages become. Plain TypeScript, no React. Everything is built on
// first use, outside any timing; `fresh()` validates the raw data again for a plan object no view
// has seen (no per-plan cache can answer for it).

export interface PlanSource {
  /** One plan object for every call: what a remount of the same plan sees. */
  readonly same: () => Plan;
  /** A new plan object from the same data on every call: what the first display of a plan sees. */
  readonly fresh: () => Plan;
}

function source(raw: () => PlanInput): PlanSource {
  let input: PlanInput | undefined;
  let plan: Plan | undefined;
  const data = () => {
    input ??= raw();
    return input;
  };
  return {
    same: () => {
      plan ??= createPlan(data());
      return plan;
    },
    fresh: () => createPlan(data()),
  };
}

/** The 10,000-item product backlog of bench/stories/PeerBacklog.stories.tsx. */
export const backlogPlan = source(() => {
  const input = generatePlan({ seed: 10, items: 16_000 });
  const product = input.backlogs?.find((b) => b.kind === 'product');
  if (product) product.itemIds = product.itemIds.slice(0, 10_000);
  return input;
});
export const BACKLOG_ID = 'backlog-product';

let peerRows: readonly BacklogRow[] | undefined;
/** The rows @hello-pangea/dnd draws: core's view-model of that backlog, computed once from a plan of its own. */
export function backlogRows(): readonly BacklogRow[] {
  peerRows ??= backlogView(backlogPlan.fresh(), BACKLOG_ID)?.rows ?? [];
  return peerRows;
}

/** The 1,000-initiative roadmap in 50 themes of bench/stories/timelinePlan.ts. */
export const timelinePlan = source(() => generatePlan({ seed: 6, items: 5000, initiatives: 1000, themes: 50 }));

/** The traceability matrix of bench/stories/MatrixBench.stories.tsx: 200 initiatives × 2,000 items. */
export const matrixPlan = source(() => generatePlan({ seed: 7, items: 2000, initiatives: 200 }));
/** The same generator a tenth the size each way: 20 initiatives × 200 items. */
export const smallMatrixPlan = source(() => generatePlan({ seed: 7, items: 200, initiatives: 20 }));

export interface TimelineTask {
  readonly id: string;
  readonly name: string;
  readonly start: Date;
  /** Exclusive: midnight after the plan's (inclusive) end date. */
  readonly end: Date;
  /** 0–100: share of the initiative's traced backlog items that are done. */
  readonly progress: number;
  readonly dependsOn: readonly string[];
}

/** Local midnight of an ISO date, plus `days`: Gantt charts place bars in local time. */
function localDate(iso: string, days = 0): Date {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + days);
}

/**
 * One task per initiative with a span: its own dates, else its horizon's. Dropped initiatives are
 * left out, as the roadmap timeline leaves them out. Ordered by theme (the timeline's lanes), then
 * plan order, so the peers' rows follow the same lanes. As bench/stories/timelinePlan.ts.
 */
function tasksOf(plan: Plan): TimelineTask[] {
  const horizons = new Map(plan.horizons.map((h) => [h.id, h]));
  const themeRank = new Map(plan.themes.map((t, i) => [t.id, i]));
  const work = getInitiativeWork(plan);
  const spanned = plan.initiatives.flatMap((initiative, order) => {
    if (initiative.status === 'dropped') return [];
    const horizon = initiative.horizonId === undefined ? undefined : horizons.get(initiative.horizonId);
    const start = initiative.start ?? horizon?.start;
    const end = initiative.end ?? horizon?.end;
    if (start === undefined || end === undefined) return [];
    const lane = initiative.themeId === undefined ? plan.themes.length : (themeRank.get(initiative.themeId) ?? 0);
    return [{ initiative, start, end, lane, order }];
  });
  spanned.sort((a, b) => a.lane - b.lane || a.order - b.order);
  const ids = new Set(spanned.map((s) => s.initiative.id));
  return spanned.map(({ initiative, start, end }) => ({
    id: initiative.id,
    name: initiative.title,
    start: localDate(start),
    end: localDate(end, 1),
    progress: Math.round((work.get(initiative.id)?.doneShare ?? 0) * 100),
    // Only dependencies between drawn tasks: a link to a task not on the chart has nowhere to go.
    dependsOn: initiative.dependsOn.filter((id) => ids.has(id)),
  }));
}

let tasks: readonly TimelineTask[] | undefined;
/** The task list both Gantt peers get, computed once from a plan of its own (no view sees it). */
export function timelineTasks(): readonly TimelineTask[] {
  tasks ??= tasksOf(timelinePlan.fresh());
  return tasks;
}
