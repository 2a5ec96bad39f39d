import { type BacklogRow, backlogView, createPlan, type Plan, type PlanInput } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { type TimelineTask, tasksOf } from '../timelineTasks.js';

export type { TimelineTask };

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

let tasks: readonly TimelineTask[] | undefined;
/** The task list both Gantt peers get, computed once from a plan of its own (no view sees it). */
export function timelineTasks(): readonly TimelineTask[] {
  tasks ??= tasksOf(timelinePlan.fresh());
  return tasks;
}

/** The priority matrix's 2,000 items (bench/stories/PriorityBench.stories.tsx), with priority inputs. */
export const priorityPlan = source(() => generatePlan({ seed: 7, items: 2000, initiatives: 200, priorities: true }));
