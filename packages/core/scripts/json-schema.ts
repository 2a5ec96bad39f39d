import { toJsonSchema } from '@valibot/to-json-schema';
import { planSchema } from '../src/validate/schema.js';

/**
 * The plan format as JSON Schema (draft-07), generated from the same Valibot schema validation
 * uses, so a host's backend can check data before sending it. Cross-reference rules (ids resolve,
 * no cycles, date order) are not expressible in JSON Schema; `validatePlan` adds them.
 */
export function planJsonSchema(): object {
  const schema = toJsonSchema(planSchema, { errorMode: 'ignore' });
  const { $schema: _draft, ...body } = schema;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:throughline:plan',
    title: 'Throughline plan',
    description:
      'Roadmap (vision, goals, themes, initiatives, features, milestones, horizons) and backlog (items, backlogs) of one product. Ids are unique across the whole plan; references must resolve (checked by validatePlan, not by this schema).',
    ...body,
  };
}

export const schemaFile = new URL('../plan.schema.json', import.meta.url);
