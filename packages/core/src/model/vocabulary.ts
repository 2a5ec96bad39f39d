/**
 * The fixed words of the planning model. Host apps, adapters and docs depend on these spellings,
 * so they are listed once here and every type, schema and view derives from them.
 *
 * @example
 * ITEM_KINDS.includes('spike'); // true
 * type Kind = ItemKind; // 'epic' | 'story' | …
 */

/**
 * Backlog item kinds, from the largest body of work to the smallest.
 *
 * @example
 * ITEM_KINDS.includes('spike'); // true
 */
export const ITEM_KINDS = ['epic', 'story', 'task', 'bug', 'improvement', 'tech-debt', 'spike'] as const;
/** The kind of a backlog item: `'epic' | 'story' | 'task' | 'bug' | 'improvement' | 'tech-debt' | 'spike'`. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * Where a backlog item is in delivery.
 *
 * @example
 * ITEM_STATUSES.map((status) => messages.status[status]); // one label per status
 */
export const ITEM_STATUSES = ['todo', 'in-progress', 'blocked', 'done'] as const;
/** Where a backlog item is in delivery: `'todo' | 'in-progress' | 'blocked' | 'done'`. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * Where an initiative is on the roadmap.
 *
 * @example
 * const open = INITIATIVE_STATUSES.filter((s) => s !== 'done' && s !== 'dropped');
 */
export const INITIATIVE_STATUSES = ['proposed', 'planned', 'in-progress', 'done', 'dropped'] as const;
/** Where an initiative is on the roadmap: `'proposed' | 'planned' | 'in-progress' | 'done' | 'dropped'`. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/**
 * How firmly the team stands behind an initiative's timing: a roadmap is a guide, not a promise.
 *
 * @example
 * CONFIDENCE_LEVELS.indexOf(initiative.confidence); // 0 = committed, 2 = exploratory
 */
export const CONFIDENCE_LEVELS = ['committed', 'likely', 'exploratory'] as const;
/** How firmly the team stands behind an initiative's timing: `'committed' | 'likely' | 'exploratory'`. */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * The ways a roadmap divides time: quarters, release windows, or Now / Next / Later.
 *
 * @example
 * HORIZON_KINDS.includes(horizon.kind); // true for every horizon of a valid plan
 */
export const HORIZON_KINDS = ['quarter', 'release', 'now', 'next', 'later', 'custom'] as const;
/** How a horizon divides time: `'quarter' | 'release' | 'now' | 'next' | 'later' | 'custom'`. */
export type HorizonKind = (typeof HORIZON_KINDS)[number];

/**
 * The three backlogs a team keeps: the whole product, one sprint's selection, one release's.
 *
 * @example
 * const sprints = plan.backlogs.filter((b) => b.kind === BACKLOG_KINDS[1]); // 'sprint'
 */
export const BACKLOG_KINDS = ['product', 'sprint', 'release'] as const;
/** Which backlog a team keeps: `'product' | 'sprint' | 'release'`. */
export type BacklogKind = (typeof BACKLOG_KINDS)[number];

/**
 * What a milestone marks on the timeline.
 *
 * @example
 * MILESTONE_KINDS.includes('release'); // true
 */
export const MILESTONE_KINDS = ['release', 'platform-shift', 'market-expansion', 'other'] as const;
/** What a milestone marks: `'release' | 'platform-shift' | 'market-expansion' | 'other'`. */
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/**
 * The MoSCoW (DSDM) categories of a `priority.moscow` input, most needed first.
 *
 * @example
 * MOSCOW_CATEGORIES.indexOf('should'); // 1
 */
export const MOSCOW_CATEGORIES = ['must', 'should', 'could', 'wont'] as const;
