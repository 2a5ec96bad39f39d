import type { MoscowCategory } from '../priority/priority.types.js';
import type { PlanInput } from '../validate/schema.js';

/** An item's or initiative's `priority`, as a host sends it. */
type PriorityInputs = NonNullable<NonNullable<PlanInput['items']>[number]['priority']>;

/**
 * One row of the sample's priority inputs, written short: RICE [reach per quarter, impact,
 * confidence, effort in person-months], WSJF [business value, time criticality, risk reduction]
 * (job size: the item's estimate), ICE [impact, confidence, ease], value / effort [value 0–5,
 * effort 0–5] and the MoSCoW category. `null` leaves a framework out.
 */
type Row = readonly [
  rice: readonly [number, number, number, number] | null,
  wsjf: readonly [number, number, number] | null,
  ice: readonly [number, number, number] | null,
  valueEffort: readonly [number, number] | null,
  moscow: MoscowCategory | null,
];

/**
 * Relay's backlog as a product team would score it (tasks are left to their stories). Sprint 24
 * marks most of its work "must" (planted: more than DSDM's 60% of its effort); a few entries leave
 * inputs out or get them wrong on purpose, each marked below.
 */
const ITEMS: Readonly<Record<string, Row>> = {
  'EPIC-1': [[4000, 2, 0.8, 6], [20, 13, 8], [9, 7, 3], [5, 4], 'must'],
  'STORY-1': [[4000, 2, 0.8, 2], [13, 8, 5], [8, 8, 5], [5, 3], 'must'],
  'STORY-2': [[3000, 1, 0.8, 1], [8, 8, 3], [7, 7, 7], [4, 2], 'should'],
  'STORY-3': [[4000, 0.5, 0.8, 1], [5, 5, 2], [5, 8, 8], [3, 2], 'must'],
  'STORY-4': [[4000, 1, 1, 1], [8, 5, 8], [6, 9, 7], [4, 2], 'should'],
  'SPIKE-1': [[4000, 0.5, 1, 0.5], [3, 5, 8], [4, 8, 9], [2, 1], 'should'],
  'STORY-36': [[800, 0.5, 1, 0.25], [2, 2, 1], [3, 9, 10], [2, 1], 'could'],
  'STORY-37': [[3000, 1, 0.5, 2], [8, 3, 2], [7, 4, 4], [4, 3], 'could'],
  'BUG-1': [[1200, 2, 1, 0.5], [8, 13, 5], [8, 9, 7], [4, 2], 'must'],
  'BUG-14': [[600, 0.5, 1, 0.25], [2, 3, 1], [3, 9, 9], [1, 1], 'should'],
  'BUG-16': [[300, 0.5, 0.8, 0.5], [2, 2, 2], [3, 7, 7], [1, 1], 'could'],
  'EPIC-2': [[4000, 2, 0.5, 4], [13, 8, 5], [8, 5, 4], [5, 4], 'should'],
  'STORY-5': [[4000, 1, 0.8, 1], [8, 5, 3], [7, 7, 7], [4, 2], 'must'],
  'STORY-6': [[1500, 2, 0.5, 2], [8, 3, 3], [7, 5, 4], [4, 4], 'should'],
  'STORY-46': [[900, 0.5, 0.8, 0.5], [3, 2, 1], [4, 7, 8], [2, 1], 'could'],
  'BUG-2': [[500, 0.5, 1, 0.25], [2, 5, 1], [3, 10, 10], [1, 1], 'should'],
  'IMP-1': [[2500, 0.5, 0.8, 1], [5, 3, 2], [5, 7, 7], [3, 2], 'could'],
  'IMP-2': [[400, 1, 0.8, 1], [5, 3, 3], [6, 7, 6], [3, 2], 'should'],
  'IMP-11': [[1500, 0.5, 0.8, 0.5], [3, 2, 1], [4, 7, 8], [2, 1], 'could'],
  // Missing inputs: a vague epic nobody has sized, only categorised.
  'EPIC-15': [null, null, null, null, 'should'],
  'EPIC-3': [[300, 3, 1, 4], [20, 13, 8], [9, 8, 4], [5, 4], 'must'],
  'STORY-7': [[300, 3, 1, 2], [13, 13, 5], [9, 9, 5], [5, 3], 'should'],
  'STORY-8': [[250, 2, 0.8, 1], [13, 8, 5], [8, 8, 6], [4, 2], 'must'],
  'STORY-9': [[120, 1, 0.8, 1], [5, 5, 2], [6, 7, 6], [3, 2], 'should'],
  'STORY-40': [[300, 1, 1, 1], [8, 5, 3], [6, 9, 6], [3, 2], 'should'],
  'BUG-3': [[200, 2, 1, 0.5], [8, 8, 5], [8, 9, 7], [4, 2], 'should'],
  'BUG-13': [[150, 1, 0.8, 0.5], [5, 5, 3], [6, 8, 7], [3, 2], 'should'],
  'IMP-13': [[200, 0.5, 1, 0.25], [3, 2, 2], [4, 9, 9], [2, 1], 'could'],
  'IMP-3': [[300, 0.5, 1, 0.5], [3, 2, 1], [3, 9, 8], [2, 1], 'could'],
  'EPIC-4': [[280, 2, 0.8, 5], [13, 8, 8], [8, 7, 3], [5, 4], 'must'],
  'STORY-10': [[280, 2, 0.8, 2], [13, 8, 5], [8, 8, 5], [5, 3], 'must'],
  'STORY-11': [[280, 2, 1, 1], [8, 8, 8], [8, 9, 6], [4, 2], 'should'],
  'STORY-12': [[150, 1, 0.5, 2], [5, 3, 2], [6, 5, 4], [3, 3], 'should'],
  'SPIKE-2': [[280, 0.5, 1, 0.5], [2, 3, 5], [4, 9, 8], [2, 1], 'should'],
  'DEBT-1': [[20000, 0.25, 0.5, 2], [3, 2, 8], [4, 5, 5], [2, 3], 'could'],
  'EPIC-5': [[1500, 1, 0.8, 4], [13, 5, 3], [7, 7, 4], [4, 4], 'should'],
  'STORY-13': [[1500, 1, 0.8, 1], [8, 5, 2], [7, 7, 6], [4, 2], 'must'],
  'STORY-14': [[1200, 0.5, 0.8, 0.5], [5, 3, 1], [5, 7, 8], [3, 1], 'must'],
  'STORY-15': [[1500, 1, 0.8, 1], [8, 3, 2], [6, 7, 6], [3, 2], 'should'],
  'STORY-38': [[1000, 1, 0.5, 1], [5, 2, 2], [6, 5, 6], [3, 2], 'could'],
  'BUG-4': [[800, 1, 1, 0.5], [5, 5, 2], [6, 9, 8], [3, 1], 'should'],
  'BUG-15': [[400, 0.5, 1, 0.25], [2, 8, 1], [3, 9, 9], [1, 1], 'should'],
  'DEBT-8': [[1500, 0.25, 0.8, 1], [2, 2, 5], [3, 7, 5], [1, 3], 'could'],
  'EPIC-6': [[1200, 1, 0.5, 3], [8, 3, 2], [6, 5, 4], [3, 4], 'could'],
  'STORY-16': [[1200, 1, 0.5, 1], [8, 2, 2], [6, 5, 6], [3, 2], 'could'],
  'STORY-17': [[800, 0.5, 0.8, 0.5], [3, 2, 1], [4, 7, 7], [2, 1], 'could'],
  'STORY-39': [[1200, 0.25, 1, 0.25], [1, 3, 3], [2, 9, 9], [1, 1], 'should'],
  'IMP-4': [[600, 0.5, 0.5, 1], [3, 1, 1], [4, 5, 6], [2, 2], 'wont'],
  'IMP-5': [[1500, 1, 0.8, 2], [5, 3, 5], [6, 7, 4], [3, 3], 'should'],
  'BUG-5': [[300, 1, 1, 0.25], [3, 3, 1], [5, 9, 9], [2, 1], 'should'],
  'EPIC-7': [[20000, 2, 0.8, 8], [20, 13, 13], [9, 7, 2], [5, 5], 'must'],
  'STORY-18': [[20000, 2, 0.5, 4], [13, 8, 13], [9, 5, 2], [5, 5], 'must'],
  'STORY-19': [[20000, 0.5, 1, 0.25], [3, 3, 3], [4, 9, 9], [2, 1], 'should'],
  'STORY-45': [[5000, 0.5, 0.8, 0.5], [3, 2, 3], [4, 8, 8], [2, 1], 'could'],
  'BUG-6': [[3000, 1, 1, 1], [8, 8, 5], [7, 9, 6], [4, 2], 'must'],
  'BUG-7': [[2000, 1, 0.8, 1], [5, 8, 3], [6, 7, 6], [3, 2], 'should'],
  'DEBT-2': [[20000, 0.25, 0.8, 1], [2, 3, 8], [3, 7, 6], [1, 3], 'should'],
  'SPIKE-3': [[20000, 0.25, 1, 0.25], [2, 3, 5], [3, 9, 9], [1, 1], 'could'],
  'DEBT-3': [[5000, 0.5, 0.8, 1], [3, 3, 8], [5, 7, 6], [2, 2], 'should'],
  'DEBT-9': [[20000, 0.25, 0.5, 2], [1, 1, 3], [2, 5, 4], [1, 3], 'wont'],
  'IMP-6': [[6000, 1, 0.8, 1], [5, 5, 5], [7, 7, 6], [3, 2], 'should'],
  'BUG-8': [[2500, 1, 0.8, 0.5], [5, 5, 2], [6, 7, 7], [3, 1], 'should'],
  'BUG-11': [[3000, 0.5, 1, 0.5], [3, 3, 1], [4, 9, 8], [2, 1], 'should'],
  'BUG-12': [[4000, 0.5, 0.8, 0.5], [3, 3, 2], [5, 7, 7], [2, 1], 'should'],
  'DEBT-4': [[20000, 0.25, 1, 1], [3, 8, 13], [4, 9, 6], [1, 2], 'must'],
  'EPIC-8': [[250, 2, 0.8, 5], [13, 5, 8], [8, 6, 3], [5, 4], 'should'],
  'STORY-20': [[250, 2, 0.8, 2], [8, 5, 8], [8, 7, 5], [4, 3], 'should'],
  'STORY-21': [[200, 1, 0.8, 1], [5, 3, 3], [6, 7, 6], [3, 2], 'could'],
  'STORY-41': [[200, 1, 0.8, 1], [5, 2, 2], [6, 7, 6], [3, 2], 'could'],
  'STORY-22': [[60, 1, 0.5, 2], [5, 2, 3], [6, 5, 4], [3, 4], 'could'],
  'SPIKE-4': [[250, 0.25, 1, 0.5], [2, 2, 5], [3, 8, 8], [1, 1], 'should'],
  'EPIC-9': [[250, 1, 0.5, 5], [8, 3, 5], [7, 5, 3], [4, 4], 'could'],
  'STORY-23': [[200, 1, 0.8, 1], [5, 3, 3], [6, 7, 6], [3, 2], 'could'],
  'STORY-24': [[250, 0.5, 1, 0.5], [3, 2, 5], [4, 9, 8], [2, 1], 'should'],
  'STORY-42': [[100, 1, 0.5, 4], [8, 2, 3], [6, 4, 2], [4, 5], 'wont'],
  'EPIC-10': [[1500, 2, 0.5, 5], [8, 3, 3], [8, 5, 3], [4, 4], 'could'],
  'STORY-25': [[1200, 2, 0.5, 2], [8, 3, 2], [8, 5, 4], [4, 3], 'could'],
  'STORY-26': [[1000, 0.5, 0.8, 0.5], [3, 2, 1], [4, 7, 8], [2, 1], 'could'],
  'SPIKE-5': [[1500, 0.25, 1, 0.5], [2, 2, 5], [3, 8, 8], [1, 1], 'should'],
  'IMP-7': [[800, 1, 0.5, 1], [5, 2, 1], [6, 5, 5], [3, 2], 'could'],
  'EPIC-11': [[40, 2, 0.8, 5], [13, 13, 2], [7, 8, 3], [3, 4], 'could'],
  'STORY-27': [[40, 2, 0.8, 2], [13, 13, 2], [7, 8, 4], [3, 3], 'could'],
  'STORY-28': [[40, 1, 0.8, 2], [8, 8, 1], [6, 7, 4], [3, 3], 'could'],
  'STORY-43': [[40, 0.5, 0.8, 1], [5, 5, 1], [4, 7, 6], [2, 2], 'wont'],
  'EPIC-12': [[8000, 1, 0.5, 8], [13, 3, 3], [8, 4, 2], [4, 5], 'could'],
  'STORY-29': [[8000, 1, 0.5, 3], [8, 2, 2], [7, 5, 3], [4, 4], 'could'],
  'STORY-30': [[8000, 0.5, 0.8, 1], [5, 2, 1], [5, 7, 6], [3, 2], 'could'],
  'STORY-31': [[8000, 0.5, 0.8, 1], [5, 2, 2], [5, 7, 6], [3, 2], 'could'],
  'STORY-44': [[8000, 0.25, 1, 0.5], [2, 2, 1], [3, 9, 8], [2, 1], 'could'],
  'DEBT-5': [[8000, 0.25, 0.8, 3], [2, 2, 8], [3, 7, 3], [1, 4], 'could'],
  'STORY-32': [[6000, 0.5, 0.8, 0.5], [3, 2, 1], [5, 8, 8], [2, 1], 'could'],
  'IMP-12': [[5000, 0.25, 1, 0.25], [1, 1, 1], [2, 9, 10], [1, 1], 'wont'],
  // Missing input: nobody knows yet how many people the event platform reaches.
  'SPIKE-6': [null, [3, 2, 8], [5, 6, 6], [2, 2], 'could'],
  'EPIC-13': [null, [8, 2, 8], null, null, 'could'],
  'EPIC-14': [[60, 3, 0.5, 8], [20, 5, 8], [8, 4, 2], [5, 5], 'should'],
  'STORY-33': [[60, 2, 0.5, 2], [13, 5, 5], [8, 5, 4], [4, 3], 'should'],
  'DEBT-6': [[20000, 0.25, 1, 1], [2, 3, 8], [3, 9, 6], [1, 2], 'should'],
  // Missing input: an unestimated spike has no WSJF job size to fall back on.
  'SPIKE-9': [[60, 1, 0.8, 0.5], [3, 3, 8], [4, 7, 7], null, 'should'],
  'SPIKE-7': [[200, 0.5, 1, 0.5], [3, 2, 5], [4, 8, 8], [2, 1], 'should'],
  // One customer's request, scored as if it were everyone's: RICE ranks it first; it serves no goal.
  'IMP-8': [[2500, 2, 1, 0.25], [13, 13, 1], [7, 9, 9], [4, 1], 'must'],
  'DEBT-7': [[300, 0.25, 0.8, 4], [1, 1, 5], [2, 7, 2], [1, 5], 'wont'],
  // Out of scale: an impact of 4 where RICE's scale stops at 3.
  'STORY-34': [[6000, 4, 0.5, 3], [8, 3, 1], [8, 4, 3], [4, 5], 'should'],
  'BUG-10': [[3000, 0.25, 1, 0.05], [1, 1, 1], [2, 10, 10], [1, 0], 'could'],
  // Wrong input: an effort of 0 gives no RICE score.
  'BUG-9': [[20, 0.25, 1, 0], null, null, null, 'wont'],
};

/** Inputs written out in full where the short form cannot say it: a missing RICE confidence. */
const OTHERS: Readonly<Record<string, PriorityInputs>> = {
  // Missing input: a pet project with reach and effort but no stated confidence.
  'STORY-35': {
    rice: { reach: 10000, impact: 0.5, effort: 2 },
    ice: { impact: 5, confidence: 3, ease: 5 },
    moscow: 'could',
  },
};

/** The initiatives, in the same short form; each WSJF carries its own job size (the fourth number). */
const INITIATIVES: Readonly<Record<string, PriorityInputs>> = {
  'init-onboarding': full([12000, 2, 0.8, 9], [20, 13, 8, 13], [9, 8, 4], [5, 4], 'must'),
  'init-sso': full([300, 3, 1, 8], [20, 13, 8, 13], [9, 9, 4], [5, 4], 'must'),
  'init-reporting': full([1500, 1, 0.8, 6], [13, 5, 3, 8], [7, 7, 5], [4, 3], 'should'),
  'init-reliability': full([20000, 1, 0.8, 10], [13, 13, 13, 13], [8, 8, 4], [4, 4], 'must'),
  'init-postgres': full([20000, 0.25, 1, 3], [3, 8, 13, 5], [3, 9, 6], [1, 2], 'must'),
  'init-notifications': full([10000, 1, 0.5, 4], [8, 3, 3, 8], [7, 5, 5], [4, 3], 'should'),
  'init-audit': full([250, 2, 0.8, 6], [13, 5, 8, 8], [8, 6, 4], [4, 3], 'should'),
  'init-insights': full([1500, 2, 0.5, 6], [8, 3, 3, 8], [8, 5, 3], [4, 4], 'could'),
  // A feature request for one customer: high business value, and no goal of its own.
  'init-gantt': full([40, 2, 0.8, 5], [13, 13, 2, 8], [7, 8, 3], [3, 4], 'could'),
  'init-collab': full([8000, 1, 0.5, 10], [13, 3, 3, 13], [8, 4, 2], [4, 5], 'could'),
  // Missing input: no reach yet.
  'init-data-platform': {
    rice: { impact: 1, confidence: 0.5, effort: 8 },
    wsjf: { businessValue: 8, timeCriticality: 2, riskReduction: 8, jobSize: 13 },
    moscow: 'could',
  },
  'init-eu-residency': full([60, 3, 0.5, 8], [20, 5, 8, 13], [8, 4, 2], [5, 5], 'should'),
  // Missing inputs: only a category and a gut feeling so far.
  'init-marketplace': { ice: { impact: 8, confidence: 3, ease: 2 }, moscow: 'could' },
};

function full(
  rice: readonly [number, number, number, number],
  wsjf: readonly [number, number, number, number],
  ice: readonly [number, number, number],
  valueEffort: readonly [number, number],
  moscow: MoscowCategory,
): PriorityInputs {
  const [businessValue, timeCriticality, riskReduction, jobSize] = wsjf;
  return {
    ...expand([rice, null, ice, valueEffort, moscow]),
    wsjf: { businessValue, timeCriticality, riskReduction, jobSize },
  };
}

function expand([rice, wsjf, ice, valueEffort, moscow]: Row): PriorityInputs {
  return {
    ...(rice && { rice: { reach: rice[0], impact: rice[1], confidence: rice[2], effort: rice[3] } }),
    ...(wsjf && { wsjf: { businessValue: wsjf[0], timeCriticality: wsjf[1], riskReduction: wsjf[2] } }),
    ...(ice && { ice: { impact: ice[0], confidence: ice[1], ease: ice[2] } }),
    ...(valueEffort && { valueEffort: { value: { value: valueEffort[0] }, effort: { effort: valueEffort[1] } } }),
    ...(moscow && { moscow }),
  };
}

/** The sample's priority inputs of one item, or undefined for an item left unscored (tasks, the stale tail). */
export function samplePriorityOfItem(id: string): PriorityInputs | undefined {
  const row = ITEMS[id];
  return row ? expand(row) : OTHERS[id] && (JSON.parse(JSON.stringify(OTHERS[id])) as PriorityInputs);
}

/** The sample's priority inputs of one initiative. */
export function samplePriorityOfInitiative(id: string): PriorityInputs | undefined {
  const inputs = INITIATIVES[id];
  return inputs && (JSON.parse(JSON.stringify(inputs)) as PriorityInputs);
}
