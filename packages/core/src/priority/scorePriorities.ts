import { getPlanIndex } from '../model/planIndex.js';
import type { Item, Plan } from '../model/types.js';
import { getItemTraces, type ItemTraces } from '../trace/itemTraces.js';
import type { TraceStatus } from '../trace/traceItem.js';
import type { Framework, FrameworkScore } from './frameworkScore.js';
import { ice } from './ice.js';
import { DEFAULT_MUST_SHARE_LIMIT, moscow, moscowChecks } from './moscow.js';
import type {
  PriorityFramework,
  PriorityOptions,
  PriorityPlacement,
  PriorityReport,
  PriorityScore,
} from './priority.types.js';
import { checkOptions } from './priorityOptions.js';
import { floorNotes, type Ranking, rankScores } from './ranking.js';
import { rice } from './rice.js';
import { type Floor, orderByFloor, resolveFloor } from './strategicFloor.js';
import { valueEffort } from './valueEffort.js';
import { wsjf } from './wsjf.js';

const FRAMEWORKS: Readonly<Record<PriorityFramework, Framework>> = {
  rice,
  wsjf,
  ice,
  'value-effort': valueEffort,
  moscow,
};

const NO_PLACEMENTS: readonly PriorityPlacement[] = Object.freeze([]) as readonly PriorityPlacement[];

/**
 * Scores every item and initiative with one prioritisation framework and says why: the score and
 * the inputs it used, the chart's value and effort, what is missing or doubtful, a one-line
 * explanation with the numbers ("RICE 2,000 × 2 × 0.8 ÷ 4 = 800"), the rank, and for items where
 * each backlog has it today against where the score would put it. An input left out is a problem
 * and the score is `null`, never a guess. The strategic floor (`strategicFloor`) can favour work
 * that reaches a goal; each explanation says when it changed the order. Items come in
 * `plan.items` order, initiatives in `plan.initiatives` order; ties in rank keep today's backlog
 * order (backlogs in plan order, each item at its first place), then plan order. Formulas, sources
 * and defaults: docs/prioritisation.md. Options are checked first: a wrong one throws a
 * `RangeError` naming it.
 *
 * @example
 * const report = scorePriorities(createPlan(samplePlan()), { framework: 'rice', strategicFloor: { bonus: 0.2 } });
 * report.items.find((s) => s.ref.id === 'STORY-1')?.explanation;
 * // 'RICE 4,000 × 2 × 0.8 ÷ 2 = 3,200; +20% for reaching a goal = 3,840'
 * report.items.filter((s) => s.score === null).map((s) => s.problems[0]?.message);
 */
export function scorePriorities(plan: Plan, options: PriorityOptions): PriorityReport {
  checkOptions(options);
  const framework = FRAMEWORKS[options.framework];
  const floor = resolveFloor(options.strategicFloor);
  const scope = options.scope ?? 'both';
  const traces = getItemTraces(plan);
  const withItems = scope !== 'initiatives';
  const estimates = scope === 'items' ? undefined : new Map<string, number>();

  // The one pass over the items: each item's framework score, and each initiative's estimate
  // (the summed estimates of the items that reach it, as the alignment report sums them).
  const count = plan.items.length;
  const itemScores: FrameworkScore[] = new Array(withItems ? count : 0);
  for (let p = 0; p < count; p++) {
    const item = plan.items[p] as Item;
    if (withItems) itemScores[p] = framework.score(item.priority, item.estimate, options);
    const initiativeId = traces.initiativeId[p];
    if (estimates && initiativeId !== undefined && item.estimate !== undefined) {
      estimates.set(initiativeId, (estimates.get(initiativeId) ?? 0) + item.estimate);
    }
  }

  return {
    framework: options.framework,
    options,
    items: withItems ? scoreItems(plan, framework, options, itemScores, traces, floor) : [],
    initiatives: estimates ? scoreInitiatives(plan, framework, options, estimates, traces, floor) : [],
    moscow:
      options.framework === 'moscow' ? moscowChecks(plan, options.mustShareLimit ?? DEFAULT_MUST_SHARE_LIMIT) : [],
  };
}

function scoreItems(
  plan: Plan,
  framework: Framework,
  options: PriorityOptions,
  scores: FrameworkScore[],
  traces: ItemTraces,
  floor: Floor,
): PriorityScore[] {
  const count = plan.items.length;
  const traced = new Uint8Array(count);
  for (let p = 0; p < count; p++) traced[p] = traces.status[p] === 'reaches-goal' ? 1 : 0;
  const { positions, tie } = backlogPositions(plan);
  const ranking = rankScores(scores, traced, tie, floor);
  const placements = placementsOf(plan, positions, tie, ranking, floor);
  const explain = explainer(framework, options, ranking, floor, (p) => (plan.items[p] as Item).title, 'item');
  return scores.map((s, p) =>
    result(s, ranking, p, explain, {
      ref: { kind: 'item', id: (plan.items[p] as Item).id },
      placements: placements[p] ?? NO_PLACEMENTS,
      trace: traces.status[p] as TraceStatus,
    }),
  );
}

function scoreInitiatives(
  plan: Plan,
  framework: Framework,
  options: PriorityOptions,
  estimates: ReadonlyMap<string, number>,
  traces: ItemTraces,
  floor: Floor,
): PriorityScore[] {
  const { initiatives } = plan;
  const scores = initiatives.map((i) => framework.score(i.priority, estimates.get(i.id), options));
  // An initiative is traced when it serves a goal, its own or its theme's.
  const traced = Uint8Array.from(initiatives, (i) => ((traces.goalsOfInitiative.get(i.id)?.length ?? 0) > 0 ? 1 : 0));
  const tie = Int32Array.from(initiatives, (_, i) => i);
  const ranking = rankScores(scores, traced, tie, floor);
  const explain = explainer(framework, options, ranking, floor, (i) => initiatives[i]?.title ?? '', 'initiative');
  return scores.map((s, i) =>
    result(s, ranking, i, explain, {
      ref: { kind: 'initiative', id: (initiatives[i] as (typeof initiatives)[number]).id },
      placements: NO_PLACEMENTS,
      trace: traced[i] ? 'reaches-goal' : 'reaches-initiative',
    }),
  );
}

/** Writes one entity's explanation: its framework's formula, and what the strategic floor did. */
type Explain = (s: FrameworkScore, i: number) => string;

function explainer(
  framework: Framework,
  options: PriorityOptions,
  ranking: Ranking,
  floor: Floor,
  title: (i: number) => string,
  kind: 'item' | 'initiative',
): Explain {
  const note = floor.active ? floorNotes(ranking, floor, title, kind) : undefined;
  return (s, i) => framework.explain(s, options) + (s.score === null || !note ? '' : note(i));
}

function result(
  s: FrameworkScore,
  ranking: Ranking,
  i: number,
  explain: Explain,
  entity: Pick<PriorityScore, 'ref' | 'placements' | 'trace'>,
): PriorityScore {
  const rank = ranking.rank[i] as number;
  return {
    ref: entity.ref,
    score: s.score,
    adjustedScore: s.score === null ? null : (ranking.adjusted[i] as number),
    inputs: s.inputs,
    value: s.value,
    effort: s.effort,
    problems: s.problems,
    explanation: explain(s, i),
    rank: rank < 0 ? null : rank,
    placements: entity.placements,
    trace: entity.trace,
    floorChangedOrder: (ranking.changes?.neighbour[i] ?? -1) >= 0,
  };
}

/**
 * Each backlog's items as positions in `plan.items`, and every item's tie-break rank: backlogs in
 * plan order, each item at its first place, then the items in no backlog, in plan order.
 */
function backlogPositions(plan: Plan): { positions: Int32Array[]; tie: Int32Array } {
  const { itemPosition } = getPlanIndex(plan);
  const tie = new Int32Array(plan.items.length).fill(-1);
  let next = 0;
  const positions = plan.backlogs.map((backlog) =>
    Int32Array.from(backlog.itemIds, (id) => {
      const p = itemPosition.get(id) as number;
      if (tie[p] === -1) tie[p] = next++;
      return p;
    }),
  );
  for (let p = 0; p < tie.length; p++) if (tie[p] === -1) tie[p] = next + p;
  return { positions, tie };
}

/**
 * Per item, its place in each backlog today and the place the framework order gives it there: the
 * same order as `rankBy`, ties in today's order. Where a backlog's items come in the global tie
 * order (each is at its first place there, as in the product backlog and most sprints), that is
 * the global order filtered to the backlog, a linear pass; any other backlog is sorted on its own.
 */
function placementsOf(
  plan: Plan,
  positions: readonly Int32Array[],
  tie: Int32Array,
  ranking: Ranking,
  floor: Floor,
): (PriorityPlacement[] | undefined)[] {
  const placements: (PriorityPlacement[] | undefined)[] = new Array(plan.items.length);
  const indexIn = new Int32Array(plan.items.length).fill(-1);
  plan.backlogs.forEach((backlog, b) => {
    const members = positions[b] as Int32Array;
    const place = (current: number, implied: number) => {
      const p = members[current] as number;
      const placement = { backlogId: backlog.id, currentIndex: current, impliedIndex: implied, gap: current - implied };
      const list = placements[p];
      if (list) list.push(placement);
      else placements[p] = [placement];
    };
    if (inTieOrder(members, tie)) {
      members.forEach((p, j) => {
        indexIn[p] = j;
      });
      let implied = 0;
      for (const p of ranking.order) if (indexIn[p] !== -1) place(indexIn[p] as number, implied++);
      for (const p of members) indexIn[p] = -1;
      return;
    }
    const { score, key, traced } = ranking.keys;
    const local = {
      score: Float64Array.from(members, (p) => score[p] as number),
      key: Float64Array.from(members, (p) => key[p] as number),
      traced: Uint8Array.from(members, (p) => traced[p] as number),
      tie: Int32Array.from(members, (_, j) => j),
    };
    orderByFloor(local, floor).forEach((current, implied) => {
      place(current, implied);
    });
  });
  return placements;
}

function inTieOrder(members: Int32Array, tie: Int32Array): boolean {
  for (let j = 1; j < members.length; j++) {
    if ((tie[members[j] as number] as number) < (tie[members[j - 1] as number] as number)) return false;
  }
  return true;
}
