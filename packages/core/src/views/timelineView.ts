import { dependencyTiming } from '../model/dependencies.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Goal, Horizon, Initiative, IsoDate, Milestone, Plan, Theme } from '../model/types.js';
import { getInitiativeWork } from '../score/initiativeWork.js';

/** What the timeline's lanes group initiatives by. */
export type TimelineLanesBy = 'theme' | 'goal';

/** `time`: bars on a date axis. `horizons`: columns by horizon (Now / Next / Later), no dates. */
export type TimelineLayout = 'time' | 'horizons';

export interface TimelineViewOptions {
  readonly lanesBy?: TimelineLanesBy;
  readonly layout?: TimelineLayout;
}

export interface TimelineBar {
  readonly initiative: Initiative;
  /** The span drawn in the time layout: the initiative's dates, else its horizon's. */
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  /** False when the span comes from the horizon: the initiative is not bound to dates. */
  readonly dated: boolean;
  /** The horizon's position in order (the column in the horizons layout), when it has one. */
  readonly column?: number;
  /** The row within the lane (time layout) or within the lane's column (horizons layout). */
  readonly row: number;
  /** Share of the initiative's traced backlog items that are done, 0–1. */
  readonly progress: number;
  readonly itemCount: number;
}

export interface TimelineLane {
  /** The theme or goal id; `null` gathers initiatives with none. */
  readonly key: string | null;
  readonly theme?: Theme;
  readonly goal?: Goal;
  readonly bars: readonly TimelineBar[];
  /** Rows the lane needs so no two bars overlap. */
  readonly rows: number;
}

export interface TimelineDependency {
  readonly fromId: string;
  readonly toId: string;
  /** The dependency ends after the dependant starts, or sits in a later horizon. */
  readonly late: boolean;
}

export interface TimelineView {
  readonly layout: TimelineLayout;
  readonly lanes: readonly TimelineLane[];
  /** Horizons in order: the columns of the horizons layout. */
  readonly horizons: readonly Horizon[];
  readonly milestones: readonly Milestone[];
  readonly dependencies: readonly TimelineDependency[];
  /** Earliest start and latest end of everything drawn on the time axis. */
  readonly range?: { readonly start: IsoDate; readonly end: IsoDate };
  /** Initiatives with neither dates nor a dated horizon: shown outside the time axis. */
  readonly unscheduled: readonly Initiative[];
}

/**
 * Stacks spans into rows so that none overlap: each bar goes to the first row whose last bar ends
 * before it starts (greedy interval partitioning, optimal for intervals). Returns each row index.
 */
export function stackRows(spans: readonly { start: string; end: string }[]): { rows: number[]; count: number } {
  const order = spans
    .map((span, i) => ({ span, i }))
    .sort((a, b) => a.span.start.localeCompare(b.span.start) || a.span.end.localeCompare(b.span.end));
  const rowEnds: string[] = [];
  const rows: number[] = new Array(spans.length).fill(0);
  for (const { span, i } of order) {
    let row = rowEnds.findIndex((end) => end < span.start);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(span.end);
    } else rowEnds[row] = span.end;
    rows[i] = row;
  }
  return { rows, count: rowEnds.length };
}

/**
 * What the roadmap timeline draws: lanes by theme or goal, each initiative as a bar (its dates,
 * or its horizon's span when it has none, marked not date-bound), stacked into rows that never
 * overlap, with progress from its backlog; milestones; dependencies, flagged when late. In the
 * horizons layout bars go into columns by horizon and stack within each column.
 * Dropped initiatives are left out.
 *
 * @example
 * const view = timelineView(plan, { lanesBy: 'goal', layout: 'horizons' });
 * view.lanes.map((lane) => [lane.goal?.title ?? 'No goal', lane.bars.length]);
 */
export function timelineView(plan: Plan, options: TimelineViewOptions = {}): TimelineView {
  const index = getPlanIndex(plan);
  const work = getInitiativeWork(plan);
  const layout = options.layout ?? 'time';
  const lanesBy = options.lanesBy ?? 'theme';
  const column = index.horizonRank;
  const active = plan.initiatives.filter((i) => i.status !== 'dropped');

  const laneKey = (initiative: Initiative): string | null => {
    if (lanesBy === 'theme') return initiative.themeId ?? null;
    // An initiative serving several goals sits in the lane of its first: one bar per initiative.
    const theme = initiative.themeId === undefined ? undefined : index.themes.get(initiative.themeId);
    return initiative.goalIds[0] ?? theme?.goalIds[0] ?? null;
  };

  const unscheduled: Initiative[] = [];
  const grouped = new Map<string | null, Initiative[]>();
  for (const initiative of active) {
    const key = laneKey(initiative);
    const list = grouped.get(key);
    if (list) list.push(initiative);
    else grouped.set(key, [initiative]);
  }

  const laneOrder: (string | null)[] = lanesBy === 'theme' ? plan.themes.map((t) => t.id) : plan.goals.map((g) => g.id);
  const lanes: TimelineLane[] = [];
  let rangeStart: string | undefined;
  let rangeEnd: string | undefined;
  for (const key of [...laneOrder, null]) {
    const initiatives = grouped.get(key) ?? [];
    if (key === null && initiatives.length === 0) continue;
    const spans = initiatives.map((initiative) => {
      const horizon = initiative.horizonId === undefined ? undefined : index.horizons.get(initiative.horizonId);
      const dated = initiative.start !== undefined && initiative.end !== undefined;
      const start = initiative.start ?? horizon?.start;
      const end = initiative.end ?? horizon?.end;
      return {
        initiative,
        start,
        end,
        dated,
        column: initiative.horizonId === undefined ? undefined : column.get(initiative.horizonId),
      };
    });
    let rows: number[];
    let count: number;
    if (layout === 'time') {
      const placed = spans.filter((s) => s.start !== undefined && s.end !== undefined);
      for (const s of spans) if (s.start === undefined || s.end === undefined) unscheduled.push(s.initiative);
      const stacked = stackRows(placed.map((s) => ({ start: s.start as string, end: s.end as string })));
      const rowOf = new Map(placed.map((s, i) => [s.initiative.id, stacked.rows[i] ?? 0]));
      rows = spans.map((s) => rowOf.get(s.initiative.id) ?? -1);
      count = stacked.count;
      for (const s of placed) {
        if (rangeStart === undefined || (s.start as string) < rangeStart) rangeStart = s.start;
        if (rangeEnd === undefined || (s.end as string) > rangeEnd) rangeEnd = s.end;
      }
    } else {
      // Horizons layout: a bar's row is its place among the lane's bars in the same column.
      const perColumn = new Map<number, number>();
      rows = spans.map((s) => {
        const c = s.column ?? -1;
        const row = perColumn.get(c) ?? 0;
        perColumn.set(c, row + 1);
        return row;
      });
      count = Math.max(0, ...perColumn.values());
    }
    const bars: TimelineBar[] = spans.flatMap((s, i) => {
      const row = rows[i] ?? -1;
      if (row < 0) return [];
      const counts = work.get(s.initiative.id);
      return [
        {
          initiative: s.initiative,
          ...(s.start !== undefined ? { start: s.start } : {}),
          ...(s.end !== undefined ? { end: s.end } : {}),
          dated: s.dated,
          ...(s.column !== undefined ? { column: s.column } : {}),
          row,
          progress: counts?.doneShare ?? 0,
          itemCount: counts?.itemCount ?? 0,
        },
      ];
    });
    const theme = lanesBy === 'theme' && key !== null ? index.themes.get(key) : undefined;
    const goal = lanesBy === 'goal' && key !== null ? index.goals.get(key) : undefined;
    lanes.push({ key, ...(theme ? { theme } : {}), ...(goal ? { goal } : {}), bars, rows: count });
  }

  for (const milestone of plan.milestones) {
    if (rangeStart === undefined || milestone.date < rangeStart) rangeStart = milestone.date;
    if (rangeEnd === undefined || milestone.date > rangeEnd) rangeEnd = milestone.date;
  }

  const dependencies: TimelineDependency[] = [];
  for (const initiative of active) {
    for (const depId of initiative.dependsOn) {
      const dep = index.initiatives.get(depId);
      if (!dep || dep.status === 'dropped') continue;
      const { endsAfter, laterHorizon } = dependencyTiming(index, initiative, dep);
      dependencies.push({ fromId: dep.id, toId: initiative.id, late: endsAfter || laterHorizon });
    }
  }

  return {
    layout,
    lanes,
    horizons: index.horizonsInOrder,
    milestones: [...plan.milestones].sort((a, b) => a.date.localeCompare(b.date)),
    dependencies,
    ...(rangeStart !== undefined && rangeEnd !== undefined ? { range: { start: rangeStart, end: rangeEnd } } : {}),
    unscheduled: layout === 'time' ? unscheduled : [],
  };
}
