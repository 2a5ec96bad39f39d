import * as v from 'valibot';
import { isCalendarDate } from '../model/calendar.js';
import {
  BACKLOG_KINDS,
  CONFIDENCE_LEVELS,
  HORIZON_KINDS,
  INITIATIVE_STATUSES,
  ITEM_KINDS,
  ITEM_STATUSES,
  MILESTONE_KINDS,
  MOSCOW_CATEGORIES,
} from '../model/vocabulary.js';

/**
 * The shape of a plan, as a Valibot schema: the single source for shape checks and for the
 * published JSON Schema (`plan.schema.json`). Cross-references, cycles and date order are checked
 * afterwards in `crossChecks.ts`, which JSON Schema cannot express.
 * Objects are loose: fields a host adds are kept, never rejected.
 */

const id = v.pipe(v.string(), v.minLength(1, 'empty'), v.description('Unique across the whole plan.'));
const title = v.pipe(v.string(), v.minLength(1, 'empty'));
const reference = v.pipe(v.string(), v.minLength(1, 'empty'));
const references = v.optional(v.array(reference), []);
const date = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date'),
  v.check((value: string) => isCalendarDate(value), 'date'),
  v.description('ISO calendar date, YYYY-MM-DD.'),
);
const nonNegative = v.pipe(v.number(), v.finite('finite'), v.minValue(0, 'non-negative'));
const share = v.pipe(
  v.number(),
  v.finite('finite'),
  v.minValue(0, 'non-negative'),
  v.maxValue(1, 'share'),
  v.description('A share from 0 to 1: 0.8 for 80%.'),
);

// Prioritisation inputs, one loose object per framework (docs/prioritisation.md): every number is
// finite and 0 or more; RICE confidence is a share. set-priority checks its inputs with these too.
export const riceSchema = v.looseObject({
  reach: v.optional(nonNegative),
  impact: v.optional(nonNegative),
  confidence: v.optional(share),
  effort: v.optional(nonNegative),
});
export const wsjfSchema = v.looseObject({
  businessValue: v.optional(nonNegative),
  timeCriticality: v.optional(nonNegative),
  riskReduction: v.optional(nonNegative),
  jobSize: v.optional(nonNegative),
});
export const iceSchema = v.looseObject({
  impact: v.optional(nonNegative),
  confidence: v.optional(nonNegative),
  ease: v.optional(nonNegative),
});
const criterionScores = v.record(v.string(), nonNegative);
export const valueEffortSchema = v.looseObject({
  value: v.optional(criterionScores),
  effort: v.optional(criterionScores),
});
export const moscowSchema = v.picklist(MOSCOW_CATEGORIES);
const prioritySchema = v.looseObject({
  rice: v.optional(riceSchema),
  wsjf: v.optional(wsjfSchema),
  ice: v.optional(iceSchema),
  valueEffort: v.optional(valueEffortSchema),
  moscow: v.optional(moscowSchema),
});

const entity = {
  id,
  title,
  description: v.optional(v.string()),
  color: v.optional(v.string()),
  url: v.optional(v.string()),
};

export const visionSchema = v.looseObject({
  id: v.optional(id),
  title,
  description: v.optional(v.string()),
});

export const goalSchema = v.looseObject({
  ...entity,
  metric: v.optional(
    v.looseObject({
      name: title,
      unit: v.optional(v.string()),
      baseline: v.pipe(v.number(), v.finite('finite')),
      current: v.optional(v.pipe(v.number(), v.finite('finite'))),
      target: v.pipe(v.number(), v.finite('finite')),
    }),
  ),
  horizonId: v.optional(reference),
  weight: v.optional(nonNegative),
});

export const themeSchema = v.looseObject({ ...entity, goalIds: references });

export const initiativeSchema = v.looseObject({
  ...entity,
  themeId: v.optional(reference),
  goalIds: references,
  horizonId: v.optional(reference),
  start: v.optional(date),
  end: v.optional(date),
  status: v.optional(v.picklist(INITIATIVE_STATUSES), 'planned'),
  confidence: v.optional(v.picklist(CONFIDENCE_LEVELS), 'likely'),
  source: v.optional(v.picklist(['strategy', 'customer-request', 'tech', 'sales', 'support', 'other'])),
  dependsOn: references,
  owner: v.optional(v.string()),
  priority: v.optional(prioritySchema),
});

export const featureSchema = v.looseObject({ ...entity, initiativeId: v.optional(reference) });

export const milestoneSchema = v.looseObject({
  ...entity,
  date,
  kind: v.optional(v.picklist(MILESTONE_KINDS), 'other'),
  initiativeIds: references,
});

export const horizonSchema = v.looseObject({
  ...entity,
  kind: v.picklist(HORIZON_KINDS),
  start: v.optional(date),
  end: v.optional(date),
  order: v.optional(v.pipe(v.number(), v.finite('finite'))),
});

export const itemSchema = v.looseObject({
  ...entity,
  kind: v.picklist(ITEM_KINDS),
  status: v.optional(v.picklist(ITEM_STATUSES), 'todo'),
  parentId: v.optional(reference),
  initiativeId: v.optional(reference),
  featureId: v.optional(reference),
  estimate: v.optional(nonNegative),
  acceptanceCriteria: v.optional(v.array(v.looseObject({ text: title, done: v.optional(v.boolean(), false) })), []),
  labels: v.optional(v.array(v.string()), []),
  severity: v.optional(v.picklist(['critical', 'major', 'minor', 'trivial'])),
  timebox: v.optional(nonNegative),
  createdAt: v.optional(date),
  updatedAt: v.optional(date),
  priority: v.optional(prioritySchema),
});

export const backlogSchema = v.looseObject({
  ...entity,
  kind: v.picklist(BACKLOG_KINDS),
  itemIds: v.array(reference),
  capacity: v.optional(nonNegative),
  start: v.optional(date),
  end: v.optional(date),
  horizonId: v.optional(reference),
});

const linkEnd = <K extends string>(kind: K) => v.looseObject({ kind: v.literal(kind), id: reference });
const meaningValue = v.union(
  [
    v.string(),
    v.pipe(v.number(), v.finite('finite')),
    v.null(),
    v.array(v.string()),
    v.looseObject({ name: v.string(), unit: v.optional(v.string()) }),
  ],
  'is text, a number, null, a list of ids or a metric { name, unit }',
);
export const linkRefSchema = v.union(
  [
    v.looseObject({ from: linkEnd('item'), to: linkEnd('initiative') }),
    v.looseObject({ from: linkEnd('initiative'), to: linkEnd('goal') }),
  ],
  "is { from: { kind: 'item', id }, to: { kind: 'initiative', id } } or { from: { kind: 'initiative', id }, to: { kind: 'goal', id } }",
);
export const linkReviewSchema = v.looseObject({
  link: linkRefSchema,
  seen: v.looseObject({
    'goal-title': v.optional(meaningValue),
    'goal-metric': v.optional(meaningValue),
    'goal-target': v.optional(meaningValue),
    'initiative-goals': v.optional(meaningValue),
    'initiative-status': v.optional(meaningValue),
    'initiative-horizon': v.optional(meaningValue),
    'item-parent': v.optional(meaningValue),
  }),
});

export const planSchema = v.looseObject({
  vision: v.optional(visionSchema),
  goals: v.optional(v.array(goalSchema), []),
  themes: v.optional(v.array(themeSchema), []),
  initiatives: v.optional(v.array(initiativeSchema), []),
  features: v.optional(v.array(featureSchema), []),
  milestones: v.optional(v.array(milestoneSchema), []),
  horizons: v.optional(v.array(horizonSchema), []),
  items: v.optional(v.array(itemSchema), []),
  backlogs: v.optional(v.array(backlogSchema), []),
  reviewedLinks: v.optional(v.array(linkReviewSchema)),
});

/** What a host sends: the plan before defaults are filled in. */
export type PlanInput = v.InferInput<typeof planSchema>;
