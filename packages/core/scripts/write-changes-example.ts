// Regenerates the worked example in docs/changes-over-time.md: `pnpm --filter @throughline/core docs:changes`.
import { writeFileSync } from 'node:fs';
import { changesDoc, withWorkedExample } from './changes-example.js';

writeFileSync(changesDoc, withWorkedExample());
console.log(`updated ${changesDoc.pathname}`);
