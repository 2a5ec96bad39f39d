import { formatNumber as f, formatPercent } from './format.js';
import type { FrameworkScore } from './frameworkScore.js';
import {
  type Floor,
  type FloorChanges,
  floorChanges,
  floorKey,
  type OrderKeys,
  orderByFloor,
} from './strategicFloor.js';

/** The ranking of one kind of entity (items, or initiatives), by index in the scored list. */
export interface Ranking {
  readonly keys: OrderKeys;
  /** The score after the floor's bonus; NaN when unscored. */
  readonly adjusted: Float64Array;
  /** 0 = top; -1 when unscored. */
  readonly rank: Int32Array;
  /** The indices in framework order under the floor: the scored, then the unscored in tie order. */
  readonly order: Int32Array;
  /** Where the floor changed the order; undefined when no floor is set. */
  readonly changes: FloorChanges | undefined;
}

/**
 * Ranks scored entities: the floor's bonus, the order under the floor (ties in `tie` order), and,
 * when a floor is set, which pairs it flipped against the order of the scores alone.
 */
export function rankScores(
  scores: readonly FrameworkScore[],
  traced: Uint8Array,
  tie: ArrayLike<number>,
  floor: Floor,
): Ranking {
  const size = scores.length;
  const score = new Float64Array(size);
  const adjusted = new Float64Array(size);
  const key = new Float64Array(size);
  const factor = 1 + floor.bonus;
  for (let i = 0; i < size; i++) {
    const s = (scores[i] as FrameworkScore).score ?? Number.NaN;
    const a = traced[i] ? s * factor : s;
    score[i] = s;
    adjusted[i] = a;
    key[i] = floorKey(a, traced[i] === 1, floor);
  }
  const keys: OrderKeys = { score, key, traced, tie };
  const order = orderByFloor(keys, floor);
  const rank = new Int32Array(size).fill(-1);
  for (let r = 0; r < size; r++) {
    const i = order[r] as number;
    if (!Number.isNaN(score[i])) rank[i] = r;
  }
  const changes = floor.active ? floorChanges(order, orderByFloor(keys, undefined), traced) : undefined;
  return { keys, adjusted, rank, order, changes };
}

/**
 * Writes what the floor did to one entity, for its explanation: `; +20% for reaching a goal = 960;
 * ranked above “Dark mode” (reaching no goal) by the strategic floor`. Empty when it did nothing.
 */
export function floorNotes(
  ranking: Ranking,
  floor: Floor,
  title: (i: number) => string,
  kind: 'item' | 'initiative',
): (i: number) => string {
  const bonus = floor.bonus > 0 ? `; +${formatPercent(floor.bonus)} for reaching a goal = ` : '';
  const { traced } = ranking.keys;
  return (i) => {
    let note = bonus !== '' && traced[i] === 1 ? bonus + f(ranking.adjusted[i] as number) : '';
    const neighbour = ranking.changes?.neighbour[i] ?? -1;
    if (neighbour < 0) return note;
    const more = (ranking.changes?.count[i] ?? 1) - 1;
    const others = more === 0 ? '' : ` and ${more} more ${kind}${more === 1 ? '' : 's'}`;
    note +=
      traced[i] === 1
        ? `; ranked above “${title(neighbour)}”${others} (reaching no goal) by the strategic floor`
        : `; ranked below “${title(neighbour)}”${others} (reaching a goal) by the strategic floor`;
    return note;
  };
}
