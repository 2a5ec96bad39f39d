import { sameJson } from '../model/sameJson.js';
import { LinkMap } from '../suspect/linkMap.js';
import type { LinkReview } from '../suspect/suspect.types.js';
import type { PlanDiffEntry } from './diff.types.js';

/** `review-changed` entries: reviews the later plan records differently, then those it no longer has. */
export function reviewEntries(before: readonly LinkReview[], after: readonly LinkReview[]): PlanDiffEntry[] {
  if (before === after) return [];
  const old = new LinkMap<LinkReview>();
  for (const review of before) old.set(review.link, review);
  const now = new LinkMap<LinkReview>();
  for (const review of after) now.set(review.link, review);
  const entries: PlanDiffEntry[] = [];
  for (const review of after) {
    const was = old.get(review.link);
    if (now.get(review.link) !== review || (was && sameJson(was.seen, review.seen))) continue;
    entries.push({
      kind: 'review-changed',
      link: review.link,
      ...(was ? { before: was.seen } : {}),
      after: review.seen,
    });
  }
  for (const review of before) {
    if (old.get(review.link) === review && !now.get(review.link))
      entries.push({ kind: 'review-changed', link: review.link, before: review.seen });
  }
  return entries;
}
