import type { PlanInput } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { usePlanHistory } from '../history/usePlanHistory.js';
import { LastChange, storyPlan, storyPlanProp } from '../shared/PlanHost.story.js';
import { PriorityMatrix, type PriorityMatrixProps } from './PriorityMatrix.js';

// Story data and the host the priority matrix's stories embed it in.

/** mulberry32: the same numbers every time, so the stories and their browser tests agree. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMPACT = [0.25, 0.5, 1, 2, 3];
const FIB = [1, 2, 3, 5, 8, 13];

/** Inputs for every framework, as a team that scores its work would have them. */
function inputsFor(rand: () => number) {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const oneToTen = () => 1 + Math.floor(rand() * 10);
  return {
    rice: {
      reach: 50 * (1 + Math.floor(rand() * 40)),
      impact: pick(IMPACT),
      confidence: pick([0.5, 0.8, 1]),
      effort: pick([0.5, 1, 1.5, 2, 3, 5, 8]),
    },
    wsjf: {
      businessValue: pick(FIB),
      timeCriticality: pick(FIB),
      riskReduction: pick(FIB),
      jobSize: pick(FIB),
    },
    ice: { impact: oneToTen(), confidence: oneToTen(), ease: oneToTen() },
    valueEffort: { value: { value: Math.floor(rand() * 6) }, effort: { effort: Math.floor(rand() * 6) } },
    moscow: pick(['must', 'should', 'could', 'wont'] as const),
  };
}

/**
 * The built-in sample plan with priority inputs on every item of its product backlog and on every
 * initiative, the same each time. `missing` leaves some out, as real data does: reach on every
 * fifth item, the effort of every seventh, and all the inputs of every eleventh.
 */
export function samplePriorities(options: { readonly missing?: boolean } = {}): PlanInput {
  const input = samplePlan();
  const rand = seeded(2026);
  const product = new Set(input.backlogs?.find((backlog) => backlog.kind === 'product')?.itemIds ?? []);
  let n = 0;
  const items = input.items?.map((item) => {
    if (!product.has(item.id)) return item;
    n++;
    const priority = inputsFor(rand);
    if (!options.missing) return { ...item, priority };
    if (n % 11 === 0) return item;
    const { reach, effort, ...rest } = priority.rice;
    const rice = { ...rest, ...(n % 5 === 0 ? {} : { reach }), ...(n % 7 === 0 ? {} : { effort }) };
    return { ...item, priority: { ...priority, rice } };
  });
  const initiatives = input.initiatives?.map((initiative) => ({ ...initiative, priority: inputsFor(rand) }));
  return { ...input, items, initiatives };
}

/** The matrix as a host embeds it: changes kept in a plan history with undo and redo, the last one printed. */
export function PriorityHost(props: PriorityMatrixProps) {
  const history = usePlanHistory(() => storyPlan(props.plan));
  return (
    <>
      <PriorityMatrix
        {...props}
        plan={storyPlanProp(history, props.plan)}
        onChange={(change, next) => {
          history.apply(change);
          props.onChange?.(change, next);
        }}
      />
      <p className="tl-story-output">
        <button type="button" className="tl-priority-control" disabled={!history.canUndo} onClick={history.undo}>
          Undo
        </button>{' '}
        <button type="button" className="tl-priority-control" disabled={!history.canRedo} onClick={history.redo}>
          Redo
        </button>
      </p>
      <LastChange history={history} />
    </>
  );
}
