import { getInitiativeWork, type Plan } from '@throughline/core';
import type { Task } from 'gantt-task-react';

// The one task list the peer Gantt charts get from a roadmap: shared by the Storybook benchmark
// pages and the plain-page mount benchmark, with no side effects of its own.

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
 * plan order, so the peers' rows follow the same lanes.
 */
export function tasksOf(plan: Plan): TimelineTask[] {
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

/**
 * The tasks as gantt-task-react takes them: a fresh array each call (the library sorts its tasks
 * prop in place), read-only (no dragging or resizing), with the dependencies as its links.
 */
export function ganttTaskReactTasks(tasks: readonly TimelineTask[]): Task[] {
  return tasks.map((t) => ({
    id: t.id,
    type: 'task',
    name: t.name,
    start: t.start,
    end: t.end,
    progress: t.progress,
    dependencies: [...t.dependsOn],
    isDisabled: true,
  }));
}
