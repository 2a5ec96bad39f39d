import type { StrategicFloorOptions } from './priority.types.js';

/**
 * The strategic floor: how the framework order favours work that reaches a goal.
 * - `bonus` multiplies a traced score by (1 + bonus): that is the adjusted score.
 * - `untracedBelowWithin` ranks untraced work below traced work scoring within that share of it.
 *   Compared with traced work, an untraced score counts as score × (1 − within), and on a tie the
 *   traced one goes first: with 0.1, an untraced 100 ranks below a traced 90 and above a traced 89.
 * Entities of one kind (both traced, or both not) keep the framework's own order; ties keep `tie`
 * order (today's backlog order, then plan order). Scores are 0 or more in every framework.
 */
export interface Floor {
  readonly bonus: number;
  readonly within: number | undefined;
  /** True when either rule is set: only then can the floor change the order. */
  readonly active: boolean;
}

/** Checks and resolves the floor options; a bad value throws, naming the option and what to do. */
export function resolveFloor(options: StrategicFloorOptions | undefined): Floor {
  const bonus = options?.bonus ?? 0;
  const within = options?.untracedBelowWithin;
  if (!Number.isFinite(bonus) || bonus < 0) {
    throw new RangeError(
      `scorePriorities: strategicFloor.bonus must be a number of 0 or more (0.2 for +20%); got ${bonus}.`,
    );
  }
  if (within !== undefined && !(within >= 0 && within < 1)) {
    throw new RangeError(
      `scorePriorities: strategicFloor.untracedBelowWithin must be a share from 0 up to, not including, 1 (0.1 for 10%); got ${within}.`,
    );
  }
  return { bonus, within, active: bonus > 0 || within !== undefined };
}

/** What the order compares an entity by when its kind differs from the other's: see `Floor`. */
export function floorKey(adjusted: number, traced: boolean, floor: Floor): number {
  return traced || floor.within === undefined ? adjusted : adjusted * (1 - floor.within);
}

/**
 * Per entity, what orders it: the framework score (NaN when unscored), the floor key, whether it
 * reaches a goal, and its tie-break rank (lower first). Parallel arrays, so a 100,000-item order
 * sorts numbers, not objects.
 */
export interface OrderKeys {
  readonly score: Float64Array;
  readonly key: Float64Array;
  readonly traced: Uint8Array;
  readonly tie: ArrayLike<number>;
}

/**
 * The indices of `keys` in framework order under the floor (the same order `rankBy` gives a
 * backlog): scored entities first, by the rules of `Floor`; then the unscored, in tie order.
 * With `floor` undefined, the order of the scores alone, ties in tie order.
 */
export function orderByFloor(keys: OrderKeys, floor: Floor | undefined): Int32Array {
  const { score, key, traced, tie } = keys;
  const scored: number[] = [];
  const unscored: number[] = [];
  for (let i = 0; i < score.length; i++) (Number.isNaN(score[i]) ? unscored : scored).push(i);
  const tracedFirst = floor?.within !== undefined;
  const byTie = (a: number, b: number) => (tie[a] as number) - (tie[b] as number);
  const byScore = (a: number, b: number) => (score[b] as number) - (score[a] as number) || byTie(a, b);
  const byFloor = (a: number, b: number) => {
    if (traced[a] === traced[b]) return byScore(a, b);
    const difference = (key[b] as number) - (key[a] as number);
    if (difference !== 0) return difference;
    return tracedFirst ? (traced[b] as number) - (traced[a] as number) : byTie(a, b);
  };
  const order = new Int32Array(score.length);
  order.set(Int32Array.from(scored).sort(floor?.active ? byFloor : byScore));
  order.set(Int32Array.from(unscored).sort(byTie), scored.length);
  return order;
}

/** Where the floor changed an entity's order: the nearest entity it now passes, and how many it passes. */
export interface FloorChanges {
  /** Per index: the nearest entity of the other kind whose order with it the floor flipped; -1 for none. */
  readonly neighbour: Int32Array;
  /** Per index: how many entities of the other kind the floor flipped it with. */
  readonly count: Int32Array;
}

/**
 * Compares the order with the floor and without it. The floor only lifts traced work above
 * untraced work, never the reverse, and keeps each kind's own order, so counting the entities of
 * the other kind above each one in both orders finds every flipped pair in linear time.
 */
export function floorChanges(withFloor: Int32Array, without: Int32Array, traced: Uint8Array): FloorChanges {
  const size = traced.length;
  const neighbour = new Int32Array(size).fill(-1);
  const count = new Int32Array(size);
  const otherAbove = new Int32Array(size);
  const tracedSeq: number[] = [];
  const untracedSeq: number[] = [];
  for (const i of withFloor) {
    if (traced[i]) {
      otherAbove[i] = untracedSeq.length;
      tracedSeq.push(i);
    } else {
      otherAbove[i] = tracedSeq.length;
      untracedSeq.push(i);
    }
  }
  let tracedBefore = 0;
  let untracedBefore = 0;
  for (const i of without) {
    const was = traced[i] ? untracedBefore : tracedBefore;
    const now = otherAbove[i] as number;
    if (traced[i] && now < was) {
      // Lifted above untraced work: name the nearest one now below it.
      count[i] = was - now;
      neighbour[i] = untracedSeq[now] as number;
    } else if (!traced[i] && now > was) {
      // Passed by traced work: name the nearest one now above it.
      count[i] = now - was;
      neighbour[i] = tracedSeq[now - 1] as number;
    }
    if (traced[i]) tracedBefore++;
    else untracedBefore++;
  }
  return { neighbour, count };
}
