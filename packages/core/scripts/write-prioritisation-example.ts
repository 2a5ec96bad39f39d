// Regenerates the worked example in docs/prioritisation.md: `pnpm --filter @throughline/core docs:prioritisation`.
import { writeFileSync } from 'node:fs';
import { prioritisationDoc, withWorkedExample } from './prioritisation-example.js';

writeFileSync(prioritisationDoc, withWorkedExample());
console.log(`updated ${prioritisationDoc.pathname}`);
