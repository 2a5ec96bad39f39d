import { readFileSync } from 'node:fs';
import type { PriorityReport, PriorityScore } from '../src/index.js';
import { rankBy } from '../src/priority/rankBy.js';
import { scorePriorities } from '../src/priority/scorePriorities.js';
import { samplePlan } from '../src/sample/samplePlan.js';
import { createPlan } from '../src/validate/validatePlan.js';

/** The worked example in docs/prioritisation.md, generated from the code so the two cannot drift. */
export const prioritisationDoc = new URL('../../../docs/prioritisation.md', import.meta.url);
export const START = '<!-- worked-example:start -->';
export const END = '<!-- worked-example:end -->';

const cell = (text: string) => text.replaceAll('|', '\\|');
const byRank = (scores: readonly PriorityScore[]) =>
  scores.filter((s) => s.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));

export function workedExample(): string {
  const plan = createPlan(samplePlan());
  const title = new Map([...plan.items, ...plan.initiatives].map((e) => [e.id, e.title]));
  const name = (s: PriorityScore) => `\`${s.ref.id}\` ${cell(title.get(s.ref.id) ?? '')}`;
  const strategicFloor = { bonus: 0.2, untracedBelowWithin: 0.1 };
  const plain = scorePriorities(plan, { framework: 'rice' });
  const floored = scorePriorities(plan, { framework: 'rice', strategicFloor });
  const rankWithout = new Map(plain.items.map((s) => [s.ref.id, s.rank]));
  const wsjf = scorePriorities(plan, { framework: 'wsjf' });
  const moscow = scorePriorities(plan, { framework: 'moscow' });
  const sprint = 'sprint-24';
  const ranked = rankBy(plan, sprint, wsjf);

  const lines = [
    `RICE with \`strategicFloor: ${JSON.stringify(strategicFloor)}\`, the ten highest-ranked items:`,
    '',
    '| rank | rank without the floor | item | trace | explanation |',
    '| ---: | ---: | --- | --- | --- |',
    ...byRank(floored.items)
      .slice(0, 10)
      .map((s) => `| ${s.rank} | ${rankWithout.get(s.ref.id)} | ${name(s)} | ${s.trace} | ${cell(s.explanation)} |`),
    '',
    `The floor changed the order of ${floored.items.filter((s) => s.floorChangedOrder).length} of the ${
      floored.items.filter((s) => s.score !== null).length
    } scored items.`,
    '',
    'What RICE could not score, or doubts (tasks, which carry no inputs in the sample, left out):',
    '',
    '| item | problems | explanation |',
    '| --- | --- | --- |',
    ...floored.items
      .filter((s) => s.problems.length > 0 && plan.items.find((i) => i.id === s.ref.id)?.kind !== 'task')
      .map(
        (s) =>
          `| ${name(s)} | ${s.problems.map((p) => `\`${p.code}\` ${p.field}`).join(', ')} | ${cell(s.explanation)} |`,
      ),
    '',
    `WSJF (job size from each item's estimate) in \`${sprint}\`, today's order against the score's:`,
    '',
    '| item | WSJF | today | by WSJF | gap |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...placementRows(wsjf, sprint, name),
    '',
    `\`rankBy(plan, '${sprint}', wsjfReport)\` returns the batch that puts the sprint in that order:`,
    '',
    '```json',
    JSON.stringify(ranked.ok ? ranked.change : ranked.error, null, 2),
    '```',
    '',
    'MoSCoW, the share of each backlog’s estimated effort marked "must" (limit 60%):',
    '',
    '| backlog | must | estimated | share | ok | message |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...moscow.moscow.map(
      (c) =>
        `| \`${c.backlogId}\` | ${c.mustEffort} | ${c.totalEffort} | ${Math.round(c.mustShare * 1000) / 10}% | ${c.ok ? 'yes' : '**no**'} | ${cell(c.message)} |`,
    ),
    '',
    'Initiatives by WSJF (job size given on each):',
    '',
    '| rank | initiative | trace | explanation |',
    '| ---: | --- | --- | --- |',
    ...[...byRank(wsjf.initiatives), ...wsjf.initiatives.filter((s) => s.rank === null)].map(
      (s) => `| ${s.rank ?? '—'} | ${name(s)} | ${s.trace} | ${cell(s.explanation)} |`,
    ),
  ];
  return lines.join('\n');
}

function placementRows(report: PriorityReport, backlogId: string, name: (s: PriorityScore) => string): string[] {
  return report.items
    .flatMap((s) => s.placements.filter((p) => p.backlogId === backlogId).map((p) => ({ s, p })))
    .sort((a, b) => a.p.currentIndex - b.p.currentIndex)
    .map(
      ({ s, p }) =>
        `| ${name(s)} | ${s.score === null ? '—' : Math.round(s.score * 100) / 100} | ${p.currentIndex} | ${p.impliedIndex} | ${p.gap > 0 ? `+${p.gap}` : p.gap} |`,
    );
}

/** docs/prioritisation.md with the block between the markers replaced by the generated example. */
export function withWorkedExample(doc: string = readFileSync(prioritisationDoc, 'utf8')): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/prioritisation.md needs the markers ${START} and ${END}`);
  return `${doc.slice(0, start + START.length)}\n${workedExample()}\n${doc.slice(end)}`;
}
