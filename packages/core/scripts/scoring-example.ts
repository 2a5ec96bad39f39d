import { readFileSync } from 'node:fs';
import { samplePlan } from '../src/sample/samplePlan.js';
import { scoreAlignment } from '../src/score/scoreAlignment.js';
import { createPlan } from '../src/validate/validatePlan.js';

/** The worked example in docs/scoring.md, generated from the code so the two cannot drift. */
export const scoringDoc = new URL('../../../docs/scoring.md', import.meta.url);
export const START = '<!-- worked-example:start -->';
export const END = '<!-- worked-example:end -->';

const fixed = (n: number, digits = 4) => String(Math.round(n * 10 ** digits) / 10 ** digits);

export function workedExample(): string {
  const report = scoreAlignment(createPlan(samplePlan()), { today: '2026-11-25' });
  const measured = report.subScores.filter((s) => s.denominator > 0);
  const weights = measured.reduce((sum, s) => sum + s.weight, 0);
  const lines = [
    `Product backlog: \`${report.productBacklogId}\`; current horizon: \`${report.currentHorizonId}\`.`,
    '',
    '| sub-score | numerator | denominator | value | weight | weight × value |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...report.subScores.map(
      (s) =>
        `| ${s.name} | ${fixed(s.numerator)} | ${fixed(s.denominator)} | ${fixed(s.value)} | ${s.weight} | ${fixed(s.weight * s.value)} |`,
    ),
    '',
    `Score = 100 × ${fixed(measured.reduce((sum, s) => sum + s.weight * s.value, 0))} / ${fixed(weights)} = **${report.score}**.`,
    '',
    'What each sub-score counted:',
    '',
    ...report.subScores.map((s) => `- **${s.name}**: ${s.explanation}`),
    '',
    `Findings (${report.findings.length}):`,
    '',
    '| rule | severity | ids | message |',
    '| --- | --- | --- | --- |',
    ...report.findings.map(
      (f) => `| \`${f.rule}\` | ${f.severity} | ${f.ids.join(', ')} | ${f.message.replaceAll('|', '\\|')} |`,
    ),
  ];
  return lines.join('\n');
}

/** docs/scoring.md with the block between the markers replaced by the generated example. */
export function withWorkedExample(doc: string = readFileSync(scoringDoc, 'utf8')): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/scoring.md needs the markers ${START} and ${END}`);
  return `${doc.slice(0, start + START.length)}\n${workedExample()}\n${doc.slice(end)}`;
}
