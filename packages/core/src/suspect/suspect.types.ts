/**
 * A trace link, from the entity that holds it to the one it points at: an item's link to the
 * initiative it traces to (its own or inherited), or an initiative's link to one of its goals.
 */
export type LinkRef =
  | {
      readonly from: { readonly kind: 'item'; readonly id: string };
      readonly to: { readonly kind: 'initiative'; readonly id: string };
    }
  | {
      readonly from: { readonly kind: 'initiative'; readonly id: string };
      readonly to: { readonly kind: 'goal'; readonly id: string };
    };

/**
 * Why a link is suspect: what changed in meaning since the baseline. A goal's title, metric (name
 * and unit) or target; an initiative's goals, status (now dropped or done) or horizon; the item's parent.
 */
export type SuspectReason =
  | 'goal-title'
  | 'goal-metric'
  | 'goal-target'
  | 'initiative-goals'
  | 'initiative-status'
  | 'initiative-horizon'
  | 'item-parent';

/** A JSON value as a link's meaning holds it. */
export type MeaningValue =
  | string
  | number
  | null
  | readonly string[]
  | { readonly name: string; readonly unit?: string };

/** What a link means at one moment: for each reason that applies to its kind, the value it is judged on. */
export type LinkMeaning = { readonly [R in SuspectReason]?: MeaningValue };

/**
 * A review recorded in the plan's `reviewedLinks`: the link, and the meaning it had when someone
 * confirmed it. A later change to that meaning makes the link suspect again.
 */
export interface LinkReview {
  readonly link: LinkRef;
  readonly seen: LinkMeaning;
}

/** One reason a link is suspect, with the value in the baseline and now. */
export interface SuspectChange {
  readonly reason: SuspectReason;
  readonly before: MeaningValue;
  readonly after: MeaningValue;
}

/** A suspect link and every reason it is suspect. */
export interface SuspectLink {
  readonly link: LinkRef;
  readonly changes: readonly SuspectChange[];
}
