// Regenerates the worked example in docs/scoring.md: `pnpm --filter @throughline/core docs:scoring`.
import { writeFileSync } from 'node:fs';
import { scoringDoc, withWorkedExample } from './scoring-example.js';

writeFileSync(scoringDoc, withWorkedExample());
console.log(`updated ${scoringDoc.pathname}`);
