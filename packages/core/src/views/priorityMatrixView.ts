import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import type { PriorityFramework, PriorityReport, PriorityScore } from '../priority/priority.types.js';
import { priorityAxis, priorityQuadrant, prioritySplit, valueScaleFor } from './priorityMatrixAxes.js';
import { priorityLegend } from './priorityMatrixLegend.js';
import { frameworksCarried, missingInputs } from './priorityMatrixMissing.js';
import type {
  PriorityEntities,
  PriorityMatrixEmpty,
  PriorityMatrixOptions,
  PriorityMatrixView,
  PriorityPoint,
} from './priorityMatrixTypes.js';

/** A score the chart can place: a number for the score, the value and the effort. */
type Plotted = PriorityScore & { readonly value: number; readonly effort: number; readonly adjustedScore: number };
const plotted = (score: PriorityScore): score is Plotted =>
  score.adjustedScore !== null &&
  score.value !== null &&
  score.effort !== null &&
  Number.isFinite(score.adjustedScore) &&
  Number.isFinite(score.value) &&
  Number.isFinite(score.effort);

/** The backlog gaps are measured in: the one asked for, else the first product backlog, else the first. */
function backlogFor(plan: Plan, entities: PriorityEntities, asked: string | undefined): string | undefined {
  if (entities === 'initiatives') return undefined;
  if (asked !== undefined) return getPlanIndex(plan).backlogs.has(asked) ? asked : undefined;
  return (plan.backlogs.find((backlog) => backlog.kind === 'product') ?? plan.backlogs[0])?.id;
}

/** Order by rank, then score (highest first), then the report's own order: unique ranks even from a sloppy report. */
function byRank(scores: readonly Plotted[]): Plotted[] {
  return scores
    .map((score, at) => ({ score, at }))
    .sort(
      (a, b) =>
        (a.score.rank ?? Number.POSITIVE_INFINITY) - (b.score.rank ?? Number.POSITIVE_INFINITY) ||
        b.score.adjustedScore - a.score.adjustedScore ||
        a.at - b.at,
    )
    .map((entry) => entry.score);
}

/**
 * What the priority matrix draws from `scorePriorities`' report: the chosen entities (items by
 * default) as points of value against effort, in rank order, each in its quadrant (quick wins, big
 * bets, fillers, money pits; split at the medians unless thresholds are given), coloured by the
 * first goal its work reaches or by its theme, with work that reaches no goal marked `untraced`.
 * Entities the framework cannot place (an input missing, effort zero) are left off and listed by
 * what they lack, with the frameworks more of them carry as the way out. When nothing can be
 * plotted, `empty` says why: no entities, MoSCoW (four categories, no axes), or no inputs.
 *
 * @example
 * const report = scorePriorities(plan, { framework: 'rice' });
 * const view = priorityMatrixView(plan, report, { entities: 'items', colorBy: 'theme' });
 * view.points.filter((point) => point.quadrant === 'quick-win').map((point) => point.title);
 * view.missing.map((input) => `${input.refs.length} items lack ${input.field}`); // ['3 items lack rice.reach']
 */
export function priorityMatrixView(
  plan: Plan,
  report: PriorityReport,
  options: PriorityMatrixOptions = {},
): PriorityMatrixView {
  const index = getPlanIndex(plan);
  const entities = options.entities ?? 'items';
  const framework = report.framework;
  const scores = entities === 'items' ? report.items : report.initiatives;
  const entityOf = (score: PriorityScore) =>
    score.ref.kind === 'item' ? index.items.get(score.ref.id) : index.initiatives.get(score.ref.id);
  const backlogId = backlogFor(plan, entities, options.backlogId);

  const placeable = framework === 'moscow' ? [] : byRank(scores.filter(plotted));
  const shown = placeable.filter((score) => entityOf(score) !== undefined);
  const unplotted = framework === 'moscow' ? [] : scores.filter((score) => !plotted(score));
  const split = prioritySplit(shown, options.split);
  const values = shown.map((score) => score.value);
  const { legend, of } = priorityLegend(
    plan,
    shown.map((score) => score.ref),
    options.colorBy ?? 'goal',
  );

  const points: PriorityPoint[] = shown.map((score, rank) => ({
    ref: score.ref,
    title: entityOf(score)?.title ?? score.ref.id,
    value: score.value,
    effort: score.effort,
    score: score.adjustedScore,
    rank,
    quadrant: priorityQuadrant(score, split),
    legend: of[rank] ?? -1,
    untraced: score.trace !== 'reaches-goal',
    trace: score.trace,
    gap: score.placements.find((placement) => placement.backlogId === backlogId)?.gap ?? null,
    explanation: score.explanation,
  }));

  let inOrder: boolean | null = null;
  if (backlogId !== undefined) {
    inOrder = true;
    for (const score of report.items) {
      for (const placement of score.placements)
        if (placement.backlogId === backlogId && placement.gap !== 0) inOrder = false;
    }
  }
  const carried = frameworksCarried(plan, entities);
  // Carriers against carriers: how many hold a framework's inputs at all, not how many hold all
  // of them (that would mean scoring every framework to draw one).
  const own = carried.find((entry) => entry.framework === framework)?.count ?? 0;
  const alternatives = carried
    .filter((entry) => entry.framework !== framework && entry.count > own)
    .map((entry) => entry.framework);

  return {
    framework,
    entities,
    points,
    legend,
    split,
    valueAxis: priorityAxis(values, valueScaleFor(values, options.valueScale)),
    effortAxis: priorityAxis(
      shown.map((score) => score.effort),
      'linear',
    ),
    missing: missingInputs(unplotted, framework, entityOf),
    unplottedCount: unplotted.length,
    alternatives,
    backlogId,
    inOrder,
    empty: points.length > 0 ? null : emptyFor(plan, framework, entities, carried),
  };
}

/** Why a chart has no point, and what would have some. */
function emptyFor(
  plan: Plan,
  framework: PriorityFramework,
  entities: PriorityEntities,
  carried: readonly { readonly framework: PriorityFramework }[],
): PriorityMatrixEmpty {
  const other: PriorityEntities = entities === 'items' ? 'initiatives' : 'items';
  const otherCarries = frameworksCarried(plan, other).length > 0 ? other : undefined;
  const frameworks = carried.map((entry) => entry.framework).filter((f) => f !== framework);
  const none = (entities === 'items' ? plan.items : plan.initiatives).length === 0;
  if (none) return { reason: 'no-entities', frameworks: [], entities: otherCarries };
  if (framework === 'moscow') return { reason: 'no-effort-axis', frameworks: carried.map((e) => e.framework) };
  return { reason: 'no-inputs', frameworks, entities: otherCarries };
}
