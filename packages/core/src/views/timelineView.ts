import { dependencyTiming } from '../model/dependencies.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Goal, Horizon, Initiative, IsoDate, Milestone, Plan, Theme } from '../model/types.js';
import { getInitiativeWork } from '../score/initiativeWork.js';
import type { AlignmentReport, Finding } from '../score/types.js';
import { getItemTraces } from '../trace/itemTraces.js';

/** What the timeline's lanes group initiatives by. */
export type TimelineLanesBy = 'theme' | 'goal';

/** `time`: bars on a date axis. `horizons`: columns by horizon (Now / Next / Later), no dates. */
export type TimelineLayout = 'time' | 'horizons';

/**
 * Who reads the roadmap. `product`: every initiative with its backlog progress and findings.
 * `executive`: outcomes and themes only — lanes by goal, one bar per theme and horizon.
 */
export type TimelineAudience = 'product' | 'executive';

/** What `timelineView` draws and for whom. */
export interface TimelineViewOptions {
  /** Default `theme`. The executive audience always has lanes by goal. */
  readonly lanesBy?: TimelineLanesBy;
  /** Default `time`. */
  readonly layout?: TimelineLayout;
  /** Default `product`. */
  readonly audience?: TimelineAudience;
  /** The scorer's report for this plan: its findings are attached to the bars they name. */
  readonly report?: AlignmentReport;
}

/**
 * One bar of the roadmap: an initiative, or for the executive audience a theme's initiatives in one
 * horizon, with where it is drawn and how its work stands.
 */
export interface TimelineBar {
  /**
   * The initiative's id; for a theme bar (executive audience) the JSON of `[themeId, horizonId]`
   * (null for none), which no two theme and horizon pairs share whatever their ids hold.
   */
  readonly id: string;
  readonly kind: 'initiative' | 'theme';
  /** The initiative's title, or the theme's (empty for a bar of initiatives with no theme). */
  readonly title: string;
  /** The initiative drawn (initiative bars only). */
  readonly initiative?: Initiative | undefined;
  /** The initiative's theme, or the theme a theme bar sums up. */
  readonly theme?: Theme | undefined;
  /** The initiatives behind the bar: one for an initiative bar, all of the theme's in the horizon otherwise. */
  readonly initiativeIds: readonly string[];
  /** The initiative's horizon, or the horizon a theme bar sums up. */
  readonly horizon?: Horizon | undefined;
  /** The goals it serves: its own, else its theme's. */
  readonly goals: readonly Goal[];
  /** The host's colour: the initiative's, else its theme's. */
  readonly color?: string | undefined;
  /**
   * The span drawn in the time layout: the initiative's dates, else its horizon's (a theme bar spans
   * all of its initiatives). Absent when there is neither.
   */
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
  /** Backlog items traced to its initiatives. */
  readonly itemCount: number;
  /** Share of its open traced items that are ready to build, 0–1. */
  readonly readyShare: number;
  /** The report's findings naming any of its initiatives (empty without a report). */
  readonly findings: readonly Finding[];
  /** The initiatives it depends on (initiative bars, product audience), each marked when late. */
  readonly dependsOn: readonly TimelineBarDependency[];
}

/** An initiative a bar depends on, as listed on the bar (`TimelineBar.dependsOn`). */
export interface TimelineBarDependency {
  /** The initiative depended on. */
  readonly initiative: Initiative;
  /** It ends after this initiative starts, or sits in a later horizon. */
  readonly late: boolean;
}

/** One swimlane of the roadmap: the bars of one theme or goal, stacked into rows. */
export interface TimelineLane {
  /** The theme or goal id; `null` gathers initiatives with none (the last lane, present only when not empty). */
  readonly key: string | null;
  /** The lane's theme (lanes by theme). */
  readonly theme?: Theme;
  /** The lane's goal (lanes by goal). */
  readonly goal?: Goal;
  /** The bars drawn; in the time layout, those with no span are in `TimelineView.unscheduled` instead. */
  readonly bars: readonly TimelineBar[];
  /** Rows the lane needs so no two bars overlap (horizons layout: the most bars in one column). */
  readonly rows: number;
}

/** A dependency arrow between two initiative bars (product audience; dropped initiatives left out). */
export interface TimelineDependency {
  /** The initiative depended on: where the arrow starts. */
  readonly fromId: string;
  /** The initiative that depends on it: where the arrow ends. */
  readonly toId: string;
  /** The dependency ends after the dependant starts, or sits in a later horizon. */
  readonly late: boolean;
}

/** What `timelineView` returns: everything the roadmap timeline draws, with the options it used. */
export interface TimelineView {
  readonly layout: TimelineLayout;
  /** The lanes as drawn: always `goal` for the executive audience, whatever was asked. */
  readonly lanesBy: TimelineLanesBy;
  readonly audience: TimelineAudience;
  /** Lanes in the plan's order of themes or goals, then the lane of initiatives with none. */
  readonly lanes: readonly TimelineLane[];
  /** Horizons in order: the columns of the horizons layout. */
  readonly horizons: readonly Horizon[];
  /** The plan's milestones by date. */
  readonly milestones: readonly Milestone[];
  readonly dependencies: readonly TimelineDependency[];
  /** Earliest start and latest end of everything drawn on the time axis, milestones included; absent when nothing is. */
  readonly range?: { readonly start: IsoDate; readonly end: IsoDate };
  /** Initiatives with neither dates nor a dated horizon: shown outside the time axis (always empty in the horizons layout). */
  readonly unscheduled: readonly Initiative[];
}

/**
 * Stacks spans into rows so that none overlap: each span goes to the first row whose last span
 * ends before it starts (greedy interval partitioning, optimal for intervals). Works on ISO dates
 * and on numbers (pixels) alike. Returns each span's row and the number of rows.
 *
 * @example
 * stackRows([{ start: '2026-01-01', end: '2026-03-31' }, { start: '2026-02-01', end: '2026-02-28' }]);
 * // → { rows: [0, 1], count: 2 }
 */
export function stackRows<T extends string | number>(
  spans: readonly { readonly start: T; readonly end: T }[],
): { rows: number[]; count: number } {
  const order = spans
    .map((span, i) => ({ span, i }))
    .sort((a, b) => compare(a.span.start, b.span.start) || compare(a.span.end, b.span.end));
  const rowEnds: T[] = [];
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

function compare<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Every field is always set (undefined when absent) so all bars share one object shape: with
// 1,000 bars, objects built from conditional spreads were most of the view's cost.
interface Placed {
  readonly id: string;
  readonly kind: TimelineBar['kind'];
  readonly title: string;
  readonly initiative: Initiative | undefined;
  readonly theme: Theme | undefined;
  readonly initiatives: readonly Initiative[];
  readonly horizon: Horizon | undefined;
  readonly goalIds: readonly string[];
  readonly color: string | undefined;
  readonly start: IsoDate | undefined;
  readonly end: IsoDate | undefined;
  readonly dated: boolean;
  readonly column: number | undefined;
}

/**
 * What the roadmap timeline draws: lanes by theme or goal, each initiative as a bar (its dates,
 * or its horizon's span when it has none, marked not date-bound), stacked into rows that never
 * overlap, with progress from its backlog; milestones; dependencies, flagged when late. In the
 * horizons layout bars go into columns by horizon and stack within each column. The executive
 * audience draws lanes by goal and one bar per theme and horizon instead of initiatives.
 * Dropped initiatives are left out.
 *
 * @example
 * const view = timelineView(plan, { lanesBy: 'goal', layout: 'horizons' });
 * view.lanes.map((lane) => [lane.goal?.title ?? 'No goal', lane.bars.length]);
 */
export function timelineView(plan: Plan, options: TimelineViewOptions = {}): TimelineView {
  const index = getPlanIndex(plan);
  const work = getInitiativeWork(plan);
  const { goalsOfInitiative } = getItemTraces(plan);
  const layout = options.layout ?? 'time';
  const audience = options.audience ?? 'product';
  // Executives read outcomes: their lanes are always the goals.
  const lanesBy = audience === 'executive' ? 'goal' : (options.lanesBy ?? 'theme');
  const column = index.horizonRank;
  const active = plan.initiatives.filter((i) => i.status !== 'dropped');

  const findingsOf = new Map<string, Finding[]>();
  for (const finding of options.report?.findings ?? []) {
    for (const id of new Set(finding.ids)) {
      if (!index.initiatives.has(id)) continue;
      const list = findingsOf.get(id);
      if (list) list.push(finding);
      else findingsOf.set(id, [finding]);
    }
  }

  const laneKey = (initiative: Initiative): string | null => {
    if (lanesBy === 'theme') return initiative.themeId ?? null;
    // An initiative serving several goals sits in the lane of its first: one bar per initiative.
    return goalsOfInitiative.get(initiative.id)?.[0] ?? null;
  };

  const grouped = new Map<string | null, Initiative[]>();
  for (const initiative of active) {
    const key = laneKey(initiative);
    const list = grouped.get(key);
    if (list) list.push(initiative);
    else grouped.set(key, [initiative]);
  }

  const horizonOf = (initiative: Initiative) =>
    initiative.horizonId === undefined ? undefined : index.horizons.get(initiative.horizonId);
  const themeOf = (initiative: Initiative) =>
    initiative.themeId === undefined ? undefined : index.themes.get(initiative.themeId);

  const initiativeBar = (initiative: Initiative): Placed => {
    const horizon = horizonOf(initiative);
    const theme = themeOf(initiative);
    const start = initiative.start ?? horizon?.start;
    const end = initiative.end ?? horizon?.end;
    const color = initiative.color ?? theme?.color;
    const col = initiative.horizonId === undefined ? undefined : column.get(initiative.horizonId);
    return {
      id: initiative.id,
      kind: 'initiative',
      title: initiative.title,
      initiative,
      theme,
      initiatives: [initiative],
      horizon,
      goalIds: goalsOfInitiative.get(initiative.id) ?? [],
      color,
      start,
      end,
      dated: initiative.start !== undefined && initiative.end !== undefined,
      column: col,
    };
  };

  // Executive bars: a lane's initiatives summed up per theme and horizon, spanning them all.
  const themeBars = (initiatives: readonly Initiative[], laneGoalId: string | null): Placed[] => {
    const groups = new Map<string, Initiative[]>();
    for (const initiative of initiatives) {
      const key = JSON.stringify([initiative.themeId ?? null, initiative.horizonId ?? null]);
      const list = groups.get(key);
      if (list) list.push(initiative);
      else groups.set(key, [initiative]);
    }
    return [...groups].map(([key, members]) => {
      const first = members[0] as Initiative;
      const theme = themeOf(first);
      const horizon = horizonOf(first);
      let start: string | undefined;
      let end: string | undefined;
      let dated = true;
      for (const member of members) {
        const bar = initiativeBar(member);
        if (bar.start !== undefined && (start === undefined || bar.start < start)) start = bar.start;
        if (bar.end !== undefined && (end === undefined || bar.end > end)) end = bar.end;
        dated &&= bar.dated;
      }
      const col = first.horizonId === undefined ? undefined : column.get(first.horizonId);
      const goalIds = theme?.goalIds.length ? theme.goalIds : laneGoalId === null ? [] : [laneGoalId];
      return {
        id: key,
        kind: 'theme',
        title: theme?.title ?? '',
        initiative: undefined,
        theme,
        initiatives: members,
        horizon,
        goalIds,
        color: theme?.color,
        start,
        end,
        dated,
        column: col,
      } satisfies Placed;
    });
  };

  const dependsOnOf = new Map<string, TimelineBarDependency[]>();
  const dependencies: TimelineDependency[] = [];
  if (audience === 'product') {
    for (const initiative of active) {
      for (const depId of initiative.dependsOn) {
        const dep = index.initiatives.get(depId);
        if (!dep || dep.status === 'dropped') continue;
        const { endsAfter, laterHorizon } = dependencyTiming(index, initiative, dep);
        const late = endsAfter || laterHorizon;
        dependencies.push({ fromId: dep.id, toId: initiative.id, late });
        const list = dependsOnOf.get(initiative.id);
        if (list) list.push({ initiative: dep, late });
        else dependsOnOf.set(initiative.id, [{ initiative: dep, late }]);
      }
    }
  }

  const unscheduled: Initiative[] = [];
  const laneOrder: (string | null)[] = lanesBy === 'theme' ? plan.themes.map((t) => t.id) : plan.goals.map((g) => g.id);
  const lanes: TimelineLane[] = [];
  let rangeStart: string | undefined;
  let rangeEnd: string | undefined;
  for (const key of [...laneOrder, null]) {
    const initiatives = grouped.get(key) ?? [];
    if (key === null && initiatives.length === 0) continue;
    const spans = audience === 'executive' ? themeBars(initiatives, key) : initiatives.map(initiativeBar);
    let rows: number[];
    let count: number;
    if (layout === 'time') {
      const placed = spans.filter((s) => s.start !== undefined && s.end !== undefined);
      for (const s of spans) if (s.start === undefined || s.end === undefined) unscheduled.push(...s.initiatives);
      const stacked = stackRows(placed.map((s) => ({ start: s.start as string, end: s.end as string })));
      const rowOf = new Map(placed.map((s, i) => [s.id, stacked.rows[i] ?? 0]));
      rows = spans.map((s) => rowOf.get(s.id) ?? -1);
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
      let items = 0;
      let done = 0;
      let open = 0;
      let ready = 0;
      const findings: Finding[] = [];
      for (const initiative of s.initiatives) {
        const counts = work.get(initiative.id);
        if (counts) {
          items += counts.itemCount;
          done += counts.doneShare * counts.itemCount;
          const openCount = counts.itemCount - counts.doneShare * counts.itemCount;
          open += openCount;
          ready += counts.readyShare * openCount;
        }
        for (const finding of findingsOf.get(initiative.id) ?? [])
          if (!findings.includes(finding)) findings.push(finding);
      }
      const goals: Goal[] = [];
      for (const id of s.goalIds) {
        const goal = index.goals.get(id);
        if (goal) goals.push(goal);
      }
      const bar: TimelineBar = {
        id: s.id,
        kind: s.kind,
        title: s.title,
        initiative: s.initiative,
        theme: s.theme,
        initiativeIds: s.initiatives.map((m) => m.id),
        horizon: s.horizon,
        goals,
        color: s.color,
        start: s.start,
        end: s.end,
        dated: s.dated,
        column: s.column,
        row,
        progress: items === 0 ? 0 : done / items,
        itemCount: items,
        readyShare: open < 0.5 ? 0 : ready / open,
        findings,
        dependsOn: s.initiative ? (dependsOnOf.get(s.id) ?? []) : [],
      };
      return [bar];
    });
    const theme = lanesBy === 'theme' && key !== null ? index.themes.get(key) : undefined;
    const goal = lanesBy === 'goal' && key !== null ? index.goals.get(key) : undefined;
    lanes.push({ key, ...(theme ? { theme } : {}), ...(goal ? { goal } : {}), bars, rows: count });
  }

  for (const milestone of plan.milestones) {
    if (rangeStart === undefined || milestone.date < rangeStart) rangeStart = milestone.date;
    if (rangeEnd === undefined || milestone.date > rangeEnd) rangeEnd = milestone.date;
  }

  return {
    layout,
    lanesBy,
    audience,
    lanes,
    horizons: index.horizonsInOrder,
    milestones: [...plan.milestones].sort((a, b) => a.date.localeCompare(b.date)),
    dependencies,
    ...(rangeStart !== undefined && rangeEnd !== undefined ? { range: { start: rangeStart, end: rangeEnd } } : {}),
    unscheduled: layout === 'time' ? unscheduled : [],
  };
}
