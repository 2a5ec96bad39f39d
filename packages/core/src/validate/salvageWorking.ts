import { COLLECTIONS, type Collection, isObject, type Raw, SINGULAR } from './collections.js';
import type { SetAside } from './salvageTypes.js';

/** Lists inside an entity whose removed entries are compacted away at the end. */
const LISTS = ['goalIds', 'dependsOn', 'initiativeIds', 'itemIds', 'labels', 'acceptanceCriteria'];

/**
 * The copy being repaired. It starts as the schema's output, which is already a fresh copy of the
 * host's objects and lists (fields a host added are shared, never written). An entity left out, or
 * an entry removed from a list, becomes a hole until `finish`, so every path the checks report
 * still names the same place in the host's input.
 */
export class Working {
  /** Entities repaired field by field: their defaults are filled in again at the end. */
  readonly touched = new Set<Raw>();
  private readonly leftOutAt = new Set<string>();

  constructor(
    readonly original: Raw,
    readonly plan: Raw,
  ) {}

  /** The entity at `collection[index]` in the copy, or undefined once left out. */
  entity(collection: Collection, index: number): Raw | undefined {
    const list = this.plan[collection];
    if (!Array.isArray(list)) return undefined;
    const entity = list[index];
    if (!isObject(entity)) return undefined;
    this.touched.add(entity);
    return entity;
  }

  /** Leaves the entity at `collection[index]` out of the plan, keeping its place as a hole. */
  leaveOut(collection: Collection, index: number): SetAside {
    const list = this.plan[collection];
    if (Array.isArray(list)) list[index] = undefined;
    this.leftOutAt.add(`${collection}[${index}]`);
    const { value, id, ref } = this.sent(collection, index);
    return {
      ...ref,
      value,
      description: `Left out the ${SINGULAR[collection]}${id === undefined ? '' : ` '${id}'`} (${ref.path}).`,
    };
  }

  /** What a further problem on an entity already left out set aside: the same entity. */
  leftOutAgain(collection: Collection, index: number): SetAside {
    const { ref } = this.sent(collection, index);
    return { ...ref, description: `Part of the ${SINGULAR[collection]} left out at ${ref.path}.` };
  }

  /** The entity as the host sent it, its id when usable, and the set-aside fields naming it. */
  private sent(collection: Collection, index: number) {
    const value = (this.original[collection] as unknown[] | undefined)?.[index];
    const id = isObject(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
    const ref = {
      kind: 'entity',
      path: `${collection}[${index}]`,
      collection,
      ...(id === undefined ? {} : { id }),
    } as const;
    return { value, id, ref };
  }

  /** Distinct entities left out, per collection. */
  leftOutCount(): Partial<Record<Collection, number>> {
    const counts: Partial<Record<Collection, number>> = {};
    for (const at of this.leftOutAt) {
      const collection = at.slice(0, at.indexOf('[')) as Collection;
      counts[collection] = (counts[collection] ?? 0) + 1;
    }
    return counts;
  }

  /**
   * The repaired plan data: holes removed, and each repaired entity passed through `refill`, which
   * fills the defaults of the fields that were dropped (an entity it cannot refill is left out).
   */
  finish(refill: (collection: Collection, entity: Raw) => Raw | undefined): Raw {
    for (const collection of COLLECTIONS) {
      const list = this.plan[collection];
      if (!Array.isArray(list)) continue;
      const kept: Raw[] = [];
      for (const entity of list) {
        if (!isObject(entity)) continue;
        for (const field of LISTS) {
          const values = entity[field];
          if (Array.isArray(values) && values.includes(undefined))
            entity[field] = values.filter((x) => x !== undefined);
        }
        const done = this.touched.has(entity) ? refill(collection, entity) : entity;
        if (done) kept.push(done);
      }
      this.plan[collection] = kept;
    }
    const reviews = this.plan.reviewedLinks;
    if (Array.isArray(reviews) && reviews.includes(undefined))
      this.plan.reviewedLinks = reviews.filter((x) => x !== undefined);
    return this.plan;
  }
}
