import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema, schemaFile } from '../../scripts/json-schema.js';

describe('plan.schema.json', () => {
  it('is up to date with the schema validation uses (regenerate: pnpm --filter @throughline/core schema)', () => {
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(planJsonSchema());
  });

  it('names the fixed top-level keys and the item kinds', () => {
    const schema = planJsonSchema() as {
      properties: Record<string, { items?: { properties?: Record<string, { enum?: string[] }> } }>;
    };
    expect(Object.keys(schema.properties)).toEqual([
      'vision',
      'goals',
      'themes',
      'initiatives',
      'features',
      'milestones',
      'horizons',
      'items',
      'backlogs',
      'reviewedLinks',
    ]);
    expect(schema.properties.items?.items?.properties?.kind?.enum).toContain('tech-debt');
  });
});
