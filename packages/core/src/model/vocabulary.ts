/**
 * The fixed words of the planning model. Host apps, adapters and docs depend on these spellings,
 * so they are listed once here and every type, schema and view derives from them.
 *
 * @example
 * ITEM_KINDS.includes('spike'); // true
 * type Kind = ItemKind; // 'epic' | 'story' | …
 */

/** Backlog item kinds, from the largest body of work to the smallest. */
export const ITEM_KINDS = ['epic', 'story', 'task', 'bug', 'improvement', 'tech-debt', 'spike'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Where a backlog item is in delivery. */
export const ITEM_STATUSES = ['todo', 'in-progress', 'blocked', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Where an initiative is on the roadmap. */
export const INITIATIVE_STATUSES = ['proposed', 'planned', 'in-progress', 'done', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** How firmly the team stands behind an initiative's timing: a roadmap is a guide, not a promise. */
export const CONFIDENCE_LEVELS = ['committed', 'likely', 'exploratory'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** The ways a roadmap divides time: quarters, release windows, or Now / Next / Later. */
export const HORIZON_KINDS = ['quarter', 'release', 'now', 'next', 'later', 'custom'] as const;
export type HorizonKind = (typeof HORIZON_KINDS)[number];

/** The three backlogs a team keeps: the whole product, one sprint's selection, one release's. */
export const BACKLOG_KINDS = ['product', 'sprint', 'release'] as const;
export type BacklogKind = (typeof BACKLOG_KINDS)[number];

/** What a milestone marks on the timeline. */
export const MILESTONE_KINDS = ['release', 'platform-shift', 'market-expansion', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
