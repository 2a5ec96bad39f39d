import type { Horizon, Initiative, Plan } from '../model/types.js';
import type { TimelineLanesBy, TimelineLayout, TimelineView } from './timelineTypes.js';

/**
 * Something about the plan's shape that leaves the chosen view with little to draw, and the way
 * out: lanes that group nothing, Now / Next / Later without horizons, a time axis with nothing
 * dated, progress with no backlog behind it.
 */
export type TimelineNotice =
  /** Every bar sits in the "No goal" / "No theme" lane. `planHasNone`: the plan defines none at all. */
  | {
      readonly code: 'no-lane-groups';
      readonly lanesBy: TimelineLanesBy;
      readonly planHasNone: boolean;
      /** Lanes by this would group the bars. */
      readonly switchTo?: TimelineLanesBy;
    }
  /** Now / Next / Later with no bar in a horizon. `planHasNone`: the plan defines no horizons. */
  | { readonly code: 'no-horizons'; readonly planHasNone: boolean; readonly switchTo: TimelineLayout }
  /** The time axis has no bar: nothing has dates or a dated horizon. */
  | { readonly code: 'no-dates'; readonly switchTo?: TimelineLayout }
  /** No backlog item traces to any initiative drawn: bars show no progress. */
  | { readonly code: 'no-backlog' };

/**
 * What the view cannot show for the plan's shape, each with the way out when there is one:
 * lanes by goal in a plan without goals (lanes by theme, when themes group the work), Now /
 * Next / Later without horizons (the time axis), a time axis with nothing dated (Now / Next /
 * Later, when initiatives have horizons), bars with no backlog work at all. Empty for a plan with
 * no initiatives: the view's own empty state speaks for it.
 *
 * @example
 * const notices = timelineNotices(plan, timelineView(plan, { lanesBy: 'goal' }));
 * notices[0]; // { code: 'no-lane-groups', lanesBy: 'goal', planHasNone: true, switchTo: 'theme' }
 */
export function timelineNotices(plan: Plan, view: TimelineView): TimelineNotice[] {
  const bars = view.lanes.flatMap((lane) => lane.bars);
  if (bars.length === 0 && view.unscheduled.length === 0) return [];
  const notices: TimelineNotice[] = [];
  const active = plan.initiatives.filter((i) => i.status !== 'dropped');

  if (bars.length > 0 && view.lanes.every((lane) => lane.key === null || lane.bars.length === 0)) {
    const lanesBy = view.lanesBy;
    const other: TimelineLanesBy = lanesBy === 'goal' ? 'theme' : 'goal';
    // Executives always read lanes by goal; others may switch when the other grouping groups something.
    const otherGroups =
      other === 'theme' ? active.some((i) => i.themeId !== undefined) : active.some((i) => i.goalIds.length > 0);
    notices.push({
      code: 'no-lane-groups',
      lanesBy,
      planHasNone: (lanesBy === 'goal' ? plan.goals : plan.themes).length === 0,
      ...(view.audience === 'product' && otherGroups ? { switchTo: other } : {}),
    });
  }

  if (view.layout === 'horizons' && bars.length > 0 && bars.every((bar) => bar.column === undefined))
    notices.push({ code: 'no-horizons', planHasNone: view.horizons.length === 0, switchTo: 'time' });

  if (view.layout === 'time' && bars.length === 0) {
    const withHorizon = view.unscheduled.some((i) => i.horizonId !== undefined);
    notices.push({ code: 'no-dates', ...(withHorizon ? { switchTo: 'horizons' } : {}) });
  }

  if (bars.length > 0 && bars.every((bar) => bar.itemCount === 0)) notices.push({ code: 'no-backlog' });
  return notices;
}

/** Unscheduled initiatives that share a horizon (one without dates), or have none. */
export interface UnscheduledGroup {
  readonly horizon?: Horizon;
  readonly initiatives: readonly Initiative[];
}

/**
 * The unscheduled initiatives grouped by horizon, in the horizons' order, those with none last:
 * hundreds of them read as a few counted groups, and the groups say whether the Now / Next /
 * Later layout would place them.
 *
 * @example
 * unscheduledGroups(view).map((g) => [g.horizon?.title ?? 'No horizon', g.initiatives.length]);
 */
export function unscheduledGroups(view: TimelineView): UnscheduledGroup[] {
  const byHorizon = new Map<string | undefined, Initiative[]>();
  for (const initiative of view.unscheduled) {
    const list = byHorizon.get(initiative.horizonId);
    if (list) list.push(initiative);
    else byHorizon.set(initiative.horizonId, [initiative]);
  }
  const groups: UnscheduledGroup[] = [];
  for (const horizon of view.horizons) {
    const initiatives = byHorizon.get(horizon.id);
    if (initiatives) groups.push({ horizon, initiatives });
    byHorizon.delete(horizon.id);
  }
  // Those with no horizon, and any whose horizon the view does not list, come last as one group.
  const rest = [...byHorizon.values()].flat();
  if (rest.length > 0) groups.push({ initiatives: rest });
  return groups;
}
