import * as v from 'valibot';
import { sameJson } from '../model/sameJson.js';
import type { Plan } from '../model/types.js';
import { linkRefSchema, linkReviewSchema } from '../validate/schema.js';
import { linkMeaning } from './linkMeaning.js';
import type { LinkMeaning, LinkRef, LinkReview } from './suspect.types.js';

/** A `review-link` change: record (or with `seen: null`, clear) a review of one trace link. */
export interface ReviewLinkChange {
  readonly type: 'review-link';
  readonly link: LinkRef;
  /** Left out: the link's meaning now. `null`: remove the review. Given: record exactly this (undo). */
  readonly seen?: LinkMeaning | null;
  /** Where a new review goes in `reviewedLinks`; default the end (undo puts a removed review back where it was). */
  readonly at?: number;
}

/** What applying a review-link gives: the next reviews (`undefined`: none left), or why it was refused. */
export type ReviewOutcome =
  | { readonly ok: true; readonly reviews: readonly LinkReview[] | undefined }
  | { readonly ok: false; readonly code: 'invalid-change' | 'not-linked'; readonly message: string };

const LINK_SHAPE =
  "A review-link change names its `link`: { from: { kind: 'item', id }, to: { kind: 'initiative', id } } or { from: { kind: 'initiative', id }, to: { kind: 'goal', id } }.";

/** The position of the link's review in `reviews`, or -1. */
export function reviewIndex(reviews: readonly LinkReview[], link: LinkRef): number {
  return reviews.findIndex(
    (r) => r.link.from.kind === link.from.kind && r.link.from.id === link.from.id && r.link.to.id === link.to.id,
  );
}

/**
 * The plan's reviews after a `review-link` change, or why the change is refused: a malformed
 * link or `seen`, an `at` out of range, or (recording today's meaning) a link the plan does not have.
 *
 * @example
 * nextReviews(plan, { type: 'review-link', link: { from: { kind: 'initiative', id: 'I1' }, to: { kind: 'goal', id: 'G1' } } });
 */
export function nextReviews(plan: Plan, change: ReviewLinkChange): ReviewOutcome {
  if (!v.is(linkRefSchema, change.link)) return { ok: false, code: 'invalid-change', message: LINK_SHAPE };
  const { from, to } = change.link;
  const link = { from: { kind: from.kind, id: from.id }, to: { kind: to.kind, id: to.id } } as LinkRef;
  const reviews = plan.reviewedLinks ?? [];
  const at = reviewIndex(reviews, link);
  if (change.seen === null) {
    if (at < 0) return { ok: true, reviews: plan.reviewedLinks };
    const rest = reviews.filter((_, i) => i !== at);
    return { ok: true, reviews: rest.length > 0 ? rest : undefined };
  }
  const seen = change.seen ?? linkMeaning(plan, link);
  if (seen === undefined) {
    const [a, b] = link.from.kind === 'item' ? ['Item', 'initiative'] : ['Initiative', 'goal'];
    return {
      ok: false,
      code: 'not-linked',
      message: `${a} ${JSON.stringify(from.id)} has no link to ${b} ${JSON.stringify(to.id)} to review.`,
    };
  }
  if (!v.is(linkReviewSchema, { link, seen })) {
    return {
      ok: false,
      code: 'invalid-change',
      message: 'A review-link `seen` maps suspect reasons to the values reviewed.',
    };
  }
  if (at >= 0) {
    const old = reviews[at] as LinkReview;
    if (sameJson(old.seen, seen)) return { ok: true, reviews };
    return { ok: true, reviews: reviews.map((r, i) => (i === at ? { link, seen } : r)) };
  }
  const position = change.at ?? reviews.length;
  if (!Number.isInteger(position) || position < 0 || position > reviews.length) {
    return { ok: false, code: 'invalid-change', message: `at must be a whole number from 0 to ${reviews.length}.` };
  }
  const next = reviews.slice();
  next.splice(position, 0, { link, seen });
  return { ok: true, reviews: next };
}

/**
 * The change that undoes a `review-link` on `plan`: the review as it was (in place), or its removal.
 *
 * @example
 * invertReview(plan, change); // { type: 'review-link', link, seen: null }
 */
export function invertReview(plan: Plan, change: ReviewLinkChange): ReviewLinkChange {
  const reviews = plan.reviewedLinks ?? [];
  const at = reviewIndex(reviews, change.link);
  const link = change.link;
  if (at < 0) return { type: 'review-link', link, seen: null };
  const old = reviews[at] as LinkReview;
  return change.seen === null
    ? { type: 'review-link', link, seen: old.seen, at }
    : { type: 'review-link', link, seen: old.seen };
}
