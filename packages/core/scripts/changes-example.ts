import { readFileSync } from 'node:fs';
import type { PlanDiffEntry } from '../src/diff/diff.types.js';
import { diffPlans } from '../src/diff/diffPlans.js';
import { sampleBaseline } from '../src/sample/sampleBaseline.js';
import { samplePlan } from '../src/sample/samplePlan.js';
import { suspectLinks } from '../src/suspect/suspectLinks.js';
import { createPlan } from '../src/validate/validatePlan.js';
import { scoreThenAndNow } from '../src/views/baselineView.js';

/** The worked example in docs/changes-over-time.md, generated from the code so the two cannot drift. */
export const changesDoc = new URL('../../../docs/changes-over-time.md', import.meta.url);
export const START = '<!-- worked-example:start -->';
export const END = '<!-- worked-example:end -->';

const cell = (value: unknown) => `\`${JSON.stringify(value)}\``.replaceAll('|', '\\|');
const fixed = (n: number | undefined) => (n === undefined ? '–' : String(Math.round(n * 1000) / 1000));

/** An entry's fields after its kind and entity, as a table cell. */
function detail(entry: PlanDiffEntry): string {
  const { kind: _kind, ...rest } = entry;
  const fields = 'ref' in rest ? (({ ref: _ref, ...more }) => more)(rest as { ref: unknown }) : rest;
  return Object.keys(fields).length === 0 ? '' : cell(fields);
}

export function workedExample(): string {
  const plan = createPlan(samplePlan());
  const baseline = sampleBaseline();
  const diff = diffPlans(baseline, plan);
  const suspects = suspectLinks(plan, baseline);
  const score = scoreThenAndNow(plan, baseline, { today: '2026-11-25' });
  const { summary } = diff;
  const lines = [
    `\`diffPlans(sampleBaseline(), plan)\`: ${diff.entries.length} entries; the baseline is "${diff.before.label}" (${diff.before.takenAt}).`,
    '',
    '| summary | value |',
    '| --- | --- |',
    ...Object.entries(summary).map(([key, value]) => `| \`${key}\` | ${cell(value)} |`),
    '',
    '| # | kind | entity | the rest of the entry |',
    '| ---: | --- | --- | --- |',
    ...diff.entries.map(
      (e, i) => `| ${i} | \`${e.kind}\` | ${'ref' in e ? `${e.ref.kind} \`${e.ref.id}\`` : ''} | ${detail(e)} |`,
    ),
    '',
    `\`suspectLinks(plan, sampleBaseline())\`: ${suspects.length} links.`,
    '',
    '| from | to | reasons: then → now |',
    '| --- | --- | --- |',
    ...suspects.map(
      (s) =>
        `| ${s.link.from.kind} \`${s.link.from.id}\` | ${s.link.to.kind} \`${s.link.to.id}\` | ${s.changes
          .map((c) => `\`${c.reason}\`: ${cell(c.before)} → ${cell(c.after)}`)
          .join('; ')} |`,
    ),
    '',
    `\`scoreThenAndNow(plan, sampleBaseline(), { today: '2026-11-25' })\`: ${score.before} then, ${score.now} now (${score.delta > 0 ? '+' : ''}${score.delta}).`,
    '',
    '| sub-score | then | now | delta |',
    '| --- | ---: | ---: | ---: |',
    ...score.subScores.map((s) => `| ${s.name} | ${fixed(s.before)} | ${fixed(s.now)} | ${fixed(s.delta)} |`),
  ];
  return lines.join('\n');
}

/** docs/changes-over-time.md with the block between the markers replaced by the generated example. */
export function withWorkedExample(doc: string = readFileSync(changesDoc, 'utf8')): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/changes-over-time.md needs the markers ${START} and ${END}`);
  return `${doc.slice(0, start + START.length)}\n${workedExample()}\n${doc.slice(end)}`;
}
