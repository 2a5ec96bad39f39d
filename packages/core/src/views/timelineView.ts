import { dependencyTiming } from '../model/dependencies.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Goal, Horizon, Initiative, IsoDate, Plan, Theme } from '../model/types.js';
import { getInitiativeWork } from '../score/initiativeWork.js';
import type { Finding } from '../score/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { stackRows } from './timelineRows.js';
import type {
  TimelineBar,
  TimelineBarDependency,
  TimelineDependency,
  TimelineLane,
  TimelineView,
  TimelineViewOptions,
} from './timelineTypes.js';

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
