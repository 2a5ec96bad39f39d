import type { LinkRef } from './suspect.types.js';

/**
 * A map keyed by trace link: by the link's kind, then the id it starts from, then the id it points
 * at, so ids holding any character never collide (no key is built by joining ids).
 *
 * @example
 * const reviews = new LinkMap<LinkReview>();
 * reviews.set(review.link, review);
 * reviews.get({ from: { kind: 'initiative', id: 'I1' }, to: { kind: 'goal', id: 'G1' } });
 */
export class LinkMap<T> {
  readonly #byKind = new Map<string, Map<string, Map<string, T>>>();

  get(link: LinkRef): T | undefined {
    return this.#byKind.get(link.from.kind)?.get(link.from.id)?.get(link.to.id);
  }

  set(link: LinkRef, value: T): this {
    let byFrom = this.#byKind.get(link.from.kind);
    if (!byFrom) {
      byFrom = new Map();
      this.#byKind.set(link.from.kind, byFrom);
    }
    let byTo = byFrom.get(link.from.id);
    if (!byTo) {
      byTo = new Map();
      byFrom.set(link.from.id, byTo);
    }
    byTo.set(link.to.id, value);
    return this;
  }
}
