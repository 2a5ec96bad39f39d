import * as v from 'valibot';
import type { Plan } from '../model/types.js';
import { type Collection, isObject, type Raw, SINGULAR } from './collections.js';
import { crossCheck } from './crossChecks.js';
import { problem } from './problems.js';
import { repairCross } from './salvageCross.js';
import { repairShape } from './salvageShape.js';
import type { SalvageProblem, SalvageResult, SalvageSummary } from './salvageTypes.js';
import { Working } from './salvageWorking.js';
import {
  backlogSchema,
  featureSchema,
  goalSchema,
  horizonSchema,
  initiativeSchema,
  itemSchema,
  milestoneSchema,
  planSchema,
  themeSchema,
} from './schema.js';
import { fromIssue, issueKeys } from './shapeIssues.js';
import { isPlan, markValidated } from './validatePlan.js';

const ENTITY_SCHEMAS = {
  goals: goalSchema,
  themes: themeSchema,
  initiatives: initiativeSchema,
  features: featureSchema,
  milestones: milestoneSchema,
  horizons: horizonSchema,
  items: itemSchema,
  backlogs: backlogSchema,
} as const;

/** Repairs make progress every round; this bounds the rounds on any input, however tangled. */
const MAX_ROUNDS = 64;

/**
 * Builds a valid plan from everything in the host's data that can be kept, and lists every
 * problem (the same code, path and message as `validatePlan`) with what was set aside to fix it.
 * It keeps as much as it can: a bad date drops that date, not the initiative; a dangling parent
 * unlinks the parent, not the item; an id used twice keeps the first entity and leaves out the
 * rest; a dependency cycle loses one named edge. The input is never modified, and salvage never
 * throws: anything that is not a plan object salvages to an empty plan with one problem.
 * A valid plan comes back as `validatePlan` would return it, with its warnings as the problems.
 *
 * @example
 * const { plan, problems, summary } = salvagePlan(await response.json());
 * for (const p of problems) console.warn(`${p.path}: ${p.message} → ${p.setAside.description}`);
 * summary.leftOut.initiatives; // how many initiatives could not be kept
 */
export function salvagePlan(input: unknown): SalvageResult {
  if (isPlan(input)) return { plan: input, problems: [], summary: summarize([], {}) };
  if (!isObject(input)) return notAnObject(input);

  const parsed = v.safeParse(planSchema, input, { abortEarly: false, abortPipeEarly: true });
  const working = new Working(input, { ...(parsed.output as Raw) });
  const problems: SalvageProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const found = fromIssue(issue, input);
      problems.push({ ...found, setAside: repairShape(working, issueKeys(issue), found) });
    }
  }
  for (let round = 0; ; round++) {
    const found = crossCheck(working.plan);
    const errors = found.filter((p) => p.severity === 'error');
    if (errors.length === 0 || round === MAX_ROUNDS) {
      // Warnings set nothing aside; they are reported once, from the repaired plan.
      for (const warning of found) problems.push({ ...warning, setAside: repairCross(working, warning) });
      break;
    }
    for (const error of errors) problems.push({ ...error, setAside: repairCross(working, error) });
  }

  const data = working.finish((collection, entity) => refill(collection, entity, problems));
  return { plan: markValidated(data) as Plan, problems, summary: summarize(problems, working.leftOutCount()) };
}

/** Fills the defaults of the fields a repair dropped, by passing the entity through its schema again. */
function refill(collection: Collection, entity: Raw, problems: SalvageProblem[]): Raw | undefined {
  const result = v.safeParse(ENTITY_SCHEMAS[collection], entity, { abortPipeEarly: true });
  if (result.success) return result.output as Raw;
  // Not reachable by the repairs above; reported rather than lost silently if it ever is.
  const id = typeof entity.id === 'string' ? entity.id : undefined;
  const found = problem(
    'invalid-value',
    collection,
    `A ${SINGULAR[collection]}${id === undefined ? '' : ` '${id}'`} could not be repaired and was left out.`,
    id,
  );
  problems.push({
    ...found,
    setAside: {
      kind: 'entity',
      path: collection,
      collection,
      ...(id === undefined ? {} : { id }),
      value: entity,
      description: found.message,
    },
  });
  return undefined;
}

function notAnObject(input: unknown): SalvageResult {
  const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
  const found = problem(
    'not-an-object',
    '',
    `A plan is an object with goals, initiatives, items, backlogs…; got ${got}.`,
  );
  const plan = markValidated(v.parse(planSchema, {})) as Plan;
  const problems: SalvageProblem[] = [
    {
      ...found,
      setAside: { kind: 'entity', path: '', value: input, description: 'Set aside the whole input: it is not a plan.' },
    },
  ];
  return { plan, problems, summary: summarize(problems, {}) };
}

/** Counts for a notice: "12 problems in the data; 3 initiatives left out, 2 dates dropped". */
function summarize(problems: readonly SalvageProblem[], leftOut: Partial<Record<Collection, number>>): SalvageSummary {
  let errors = 0;
  let fields = 0;
  let references = 0;
  let dependencies = 0;
  let backlogEntries = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    const kind = p.setAside.kind;
    if (kind === 'field') fields++;
    else if (kind === 'reference') references++;
    else if (kind === 'dependency') dependencies++;
    else if (kind === 'backlog-entry') backlogEntries++;
  }
  return {
    problems: problems.length,
    errors,
    warnings: problems.length - errors,
    leftOut,
    fields,
    references,
    dependencies,
    backlogEntries,
  };
}
