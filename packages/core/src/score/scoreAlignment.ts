import { isoToday } from '../model/calendar.js';
import type { Plan } from '../model/types.js';
import type { SuspectLink, SuspectReason } from '../suspect/suspect.types.js';
import { buildContext } from './buildContext.js';
import { RULES, type RuleId, type RuleOptionsOf } from './rules/index.js';
import { refinementBands } from './rules/refinementShape.js';
import { isActive, looksLikeTask } from './signals.js';
import type {
  AlignmentReport,
  Finding,
  GoalReport,
  ItemReport,
  Rule,
  RuleLevel,
  RuleSetting,
  ScoreContext,
  SubScore,
  SubScoreName,
} from './types.js';

/** How `scoreAlignment` scores: the day, the backlog and horizon that count, weights and rule settings. */
export interface ScoreOptions {
  /** The date the report is computed for (`YYYY-MM-DD`); default: today in UTC. */
  readonly today?: string;
  /** The backlog whose priorities are scored; default: the first product backlog. */
  readonly productBacklogId?: string;
  /** The horizon that counts as now; default: the one containing `today`, else the first `now` horizon. */
  readonly currentHorizonId?: string;
  /** Relative weights of the sub-scores; see `DEFAULT_WEIGHTS`. */
  readonly weights?: Partial<Record<SubScoreName, number>>;
  /**
   * The links `suspectLinks(plan, baseline)` found against the plan of the last review. With them,
   * the `suspect-links` rule reports them and the traceability sub-score counts an item whose trace
   * runs through one as half. Without them, nothing is suspect. (Passed in, not computed here, so
   * the scorer carries no diff code.)
   */
  readonly suspects?: readonly SuspectLink[];
  /** Per rule: `'off' | 'warn' | 'error'`, or `[level, { thresholds }]`. */
  readonly rules?: { readonly [K in RuleId]?: RuleSetting<RuleOptionsOf<K>> };
}

/**
 * The sub-scores' weights when `ScoreOptions.weights` leaves one out. Traceability weighs most: it
 * is the seed's central claim; the rest share what is left.
 *
 * @example
 * scoreAlignment(plan, { weights: { ...DEFAULT_WEIGHTS, hygiene: 0 } }); // hygiene not counted
 */
export const DEFAULT_WEIGHTS: Readonly<Record<SubScoreName, number>> = {
  traceability: 0.35,
  coverage: 0.2,
  readiness: 0.15,
  focus: 0.15,
  hygiene: 0.15,
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A rule's level and options as `scoreAlignment` runs it under these score options: the rule's
 * defaults, with the setting given in `options.rules` over them (options merged one level deep).
 * Sub-scores and views that read a rule's thresholds take them from here, whatever its level.
 *
 * @example
 * resolveRule('refinement-shape', { rules: { 'refinement-shape': ['off', { readyBand: 0.25 }] } });
 * // { level: 'off', options: { readyBand: 0.25, partialBand: 0.3, minShare: 0.8, minItems: 5 } }
 */
export function resolveRule<K extends RuleId>(
  id: K,
  options: ScoreOptions,
): { level: RuleLevel; options: RuleOptionsOf<K> } {
  const rule = RULES[id] as unknown as Rule<RuleOptionsOf<K>>;
  const setting = options.rules?.[id] as RuleSetting<RuleOptionsOf<K>> | undefined;
  if (setting === undefined) return { level: rule.defaultLevel, options: rule.defaults };
  if (typeof setting === 'string') return { level: setting, options: rule.defaults };
  return { level: setting[0], options: { ...rule.defaults, ...setting[1] } };
}

/**
 * Scores how well the backlog serves the roadmap, and says why. The score (0–100) is the weighted
 * mean of five sub-scores, each reported with its numerator, denominator and weight so it can be
 * recomputed by hand; findings come from linter-style rules, each naming the ids it concerns and a
 * fix. Deterministic: pass `today` to pin the date.
 *
 * @example
 * const report = scoreAlignment(plan, { today: '2026-11-25', rules: { 'stale-items': ['warn', { staleDays: 90 }] } });
 * report.score; // e.g. 71.4
 * report.findings.filter((f) => f.severity === 'error');
 */
export function scoreAlignment(plan: Plan, options: ScoreOptions = {}): AlignmentReport {
  const today = options.today ?? isoToday();
  const context = buildContext(plan, today, options.productBacklogId, options.currentHorizonId, options.suspects);
  const subScores = computeSubScores(context, options);
  const measured = subScores.filter((s) => s.denominator > 0);
  const totalWeight = measured.reduce((sum, s) => sum + s.weight, 0);
  const score =
    totalWeight === 0 ? 0 : round((100 * measured.reduce((sum, s) => sum + s.weight * s.value, 0)) / totalWeight, 1);

  const findings: Finding[] = [];
  for (const id of Object.keys(RULES) as RuleId[]) {
    const { level, options: ruleOptions } = resolveRule(id, options);
    if (level === 'off') continue;
    const rule = RULES[id] as unknown as Rule<typeof ruleOptions>;
    for (const finding of rule.check(context, ruleOptions)) {
      const severity = level === 'warn' ? 'warn' : (finding.severity ?? level);
      findings.push({ rule: id, severity, message: finding.message, ids: finding.ids, hint: finding.hint });
    }
  }

  return {
    score,
    subScores,
    items: context.itemReports,
    initiatives: [...context.initiatives.values()],
    goals: goalReports(context),
    findings,
    today,
    ...(context.productBacklog ? { productBacklogId: context.productBacklog.id } : {}),
    ...(context.currentHorizon ? { currentHorizonId: context.currentHorizon.id } : {}),
  };
}

function subScore(
  name: SubScoreName,
  numerator: number,
  denominator: number,
  weights: ScoreOptions['weights'],
  explanation: string,
): SubScore {
  return {
    name,
    value: denominator === 0 ? 0 : numerator / denominator,
    numerator: round(numerator, 4),
    denominator: round(denominator, 4),
    weight: weights?.[name] ?? DEFAULT_WEIGHTS[name],
    explanation,
  };
}

function computeSubScores(context: ScoreContext, options: ScoreOptions): SubScore[] {
  const { plan, items, initiatives, itemById: byId, daysAgo, productReports } = context;
  // The product backlog's reports in rank order: index = rank (validated plans resolve every id).
  const ranked = productReports;

  // Traceability: rank r weighs 1 / log2(r + 2), the discount of ranking measures (DCG): the top
  // matters most, the tail still counts. A goal earns full credit, an initiative alone half; a
  // trace through a suspect link earns half of that.
  const suspect = suspectTraces(context, resolveRule('suspect-links', options).options.reasons);
  let traceNumerator = 0;
  let traceDenominator = 0;
  let suspectCount = 0;
  for (let r = 0; r < ranked.length; r++) {
    const w = 1 / Math.log2(r + 2);
    const report = ranked[r];
    const status = report?.status;
    const credit = status === 'reaches-goal' ? w : status === 'reaches-initiative' ? w / 2 : 0;
    const halved = credit > 0 && report !== undefined && suspect(report);
    if (halved) suspectCount++;
    traceDenominator += w;
    traceNumerator += halved ? credit / 2 : credit;
  }

  // Coverage: current initiatives still asking for work that have work ready, or already moving.
  const current = plan.initiatives.filter((i) => isActive(i) && initiatives.get(i.id)?.inCurrentHorizon);
  const covered = current.filter((i) =>
    (context.itemsOfInitiative.get(i.id) ?? []).some((id) => {
      const item = byId.get(id);
      return (
        item !== undefined &&
        (items.get(id)?.readiness === 'ready' || item.status === 'in-progress' || item.status === 'done')
      );
    }),
  );

  // Readiness: 20/30/50 — the top 20% should be ready, the next 30% at least partial.
  const shape = resolveRule('refinement-shape', options).options;
  const { top, next } = refinementBands(ranked.length, shape);
  let readyTop = 0;
  let shapedNext = 0;
  for (let r = 0; r < top + next && r < ranked.length; r++) {
    const readiness = ranked[r]?.readiness;
    if (r < top) readyTop += readiness === 'ready' ? 1 : 0;
    else shapedNext += readiness !== 'rough' ? 1 : 0;
  }

  // Focus: initiatives not dropped (done ones included: they were roadmap entries too) that serve
  // a goal and are worded as outcomes, not tasks.
  const taskVerbs = resolveRule('implementation-on-roadmap', options).options.taskVerbs;
  const serving = new Set([...context.initiativesOfGoal.values()].flat());
  const active = plan.initiatives.filter((i) => i.status !== 'dropped');
  const focused = active.filter((i) => serving.has(i.id) && !looksLikeTask(i, taskVerbs));

  // Hygiene: open product-backlog items that are neither stale nor context-free.
  const staleDays = resolveRule('stale-items', options).options.staleDays;
  const hygiene = context.productHygiene(daysAgo(staleDays));
  let cleanCount = 0;
  context.productItems.forEach((item, r) => {
    if (item.status !== 'done' && !hygiene.stale[r] && !hygiene.contextFree[r]) cleanCount++;
  });

  const w = options.weights;
  return [
    subScore(
      'traceability',
      traceNumerator,
      traceDenominator,
      w,
      `Rank-weighted share (1/log2(rank+2)) of ${ranked.length} product-backlog items reaching a goal; an initiative alone counts half.${
        options.suspects === undefined
          ? ''
          : ` ${suspectCount} ${suspectCount === 1 ? 'item traces' : 'items trace'} through a suspect link, counted half.`
      }`,
    ),
    subScore(
      'coverage',
      covered.length,
      current.length,
      w,
      `${covered.length} of ${current.length} active current-horizon initiatives have ready or started backlog work.`,
    ),
    subScore(
      'readiness',
      readyTop + shapedNext,
      top + next,
      w,
      `${readyTop} of the top ${top} items are ready and ${shapedNext} of the next ${next} at least partial (20/30/50).`,
    ),
    subScore(
      'focus',
      focused.length,
      active.length,
      w,
      `${focused.length} of ${active.length} initiatives serve a goal and are worded as outcomes.`,
    ),
    subScore(
      'hygiene',
      cleanCount,
      hygiene.open,
      w,
      `${cleanCount} of ${hygiene.open} open product-backlog items are neither stale (${staleDays}+ days) nor context-free.`,
    ),
  ];
}

/** Whether an item's trace runs through a suspect link (its own link, or its initiative's to a goal). */
function suspectTraces(context: ScoreContext, reasons: readonly SuspectReason[]): (report: ItemReport) => boolean {
  const items = new Set<string>();
  const initiatives = new Set<string>();
  for (const { link, changes } of context.suspects) {
    if (!changes.some((c) => reasons.includes(c.reason))) continue;
    if (link.from.kind === 'item') items.add(link.from.id);
    else initiatives.add(link.from.id);
  }
  return (report) =>
    items.has(report.itemId) ||
    (report.status === 'reaches-goal' && report.initiativeId !== undefined && initiatives.has(report.initiativeId));
}

function goalReports(context: ScoreContext): GoalReport[] {
  const { plan, productItems, productReports, itemsOfGoal } = context;
  // Effort: estimates in the product backlog, shared out to the goals each item serves.
  let totalEffort = 0;
  const effortOfGoal = new Map<string, number>();
  for (let r = 0; r < productItems.length; r++) {
    const estimate = productItems[r]?.estimate ?? 0;
    totalEffort += estimate;
    for (const goalId of productReports[r]?.goalIds ?? [])
      effortOfGoal.set(goalId, (effortOfGoal.get(goalId) ?? 0) + estimate);
  }
  return plan.goals.map((goal) => ({
    goalId: goal.id,
    initiativeIds: context.initiativesOfGoal.get(goal.id) ?? [],
    itemIds: itemsOfGoal.get(goal.id) ?? [],
    effortShare: totalEffort === 0 ? 0 : (effortOfGoal.get(goal.id) ?? 0) / totalEffort,
  }));
}
