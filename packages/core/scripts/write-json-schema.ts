// Regenerates plan.schema.json: `pnpm --filter @throughline/core schema`.
import { writeFileSync } from 'node:fs';
import { planJsonSchema, schemaFile } from './json-schema.js';

writeFileSync(schemaFile, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`wrote ${schemaFile.pathname}`);
