import type { AlignmentReport, Finding } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { annotatedFile, annotation, escapeData, escapeProperty, formatGithub } from './github.js';
import { firstFew, ruleDescription } from './groups.js';
import { escapeMarkdown, formatMarkdown } from './markdown.js';
import { scoreOutput } from './output.js';
import { formatText } from './text.js';

const finding = (rule: string, severity: Finding['severity'], ids: string[], message = `${rule} on ${ids}`) => ({
  rule,
  severity,
  message,
  ids,
  hint: `Fix ${rule}.`,
});

const sub = (name: AlignmentReport['subScores'][number]['name'], numerator: number, denominator: number) => ({
  name,
  value: denominator === 0 ? 0 : numerator / denominator,
  numerator,
  denominator,
  weight: 0.2,
  explanation: `${name} counted`,
});

const report = (findings: Finding[]): AlignmentReport => ({
  score: 62.5,
  subScores: [sub('traceability', 3, 4), sub('coverage', 1, 2), sub('readiness', 0, 0)],
  items: [],
  initiatives: [],
  goals: [],
  findings,
  today: '2026-11-25',
});

const many = Array.from({ length: 300 }, (_, i) => finding('stale-items', 'warn', [`ITEM-${i}`]));

describe('groups', () => {
  it("describe a rule by core's rules table, or by its id when core does not know it", () => {
    expect(ruleDescription('stale-items')).toMatch(/updatedAt/);
    expect(ruleDescription('custom-rule')).toBe('custom-rule');
    expect(ruleDescription('constructor')).toBe('constructor');
  });

  it('show the first few values and how many more', () => {
    expect(firstFew(['a', 'b', 'c'], 2)).toBe('a, b …and 1 more');
    expect(firstFew(['a', 'b'], 2)).toBe('a, b');
  });
});

describe('text', () => {
  it('says when a sub-score measured nothing, and sums 300 findings of one rule in four lines', () => {
    const text = formatText(scoreOutput(report(many), 'plan.json'));
    expect(text).toMatch(/^ {2}readiness +– +not measured +weight 0\.20/m);
    expect(text).toContain('300 findings in 1 rule (300 warnings)');
    expect(text).toContain('ids: ITEM-0, ITEM-1, ITEM-2, ITEM-3, ITEM-4 …and 295 more');
    expect(text.split('\n').length).toBeLessThan(20);
  });
});

describe('markdown', () => {
  it('escapes host text so it cannot format, break a table cell, run HTML or mention anyone', () => {
    expect(escapeMarkdown('a|b <img src=x> *bold* [x](y) @team `c`\nnext & co')).toBe(
      'a\\|b \\<img src=x\\> \\*bold\\* \\[x\\](y) &#64;team \\`c\\` next &amp; co',
    );
  });

  it('draws a sub-score table and one row per rule with count, severity, example and fix', () => {
    const md = formatMarkdown(
      scoreOutput(report([...many, finding('unaligned-priority', 'error', ['X|1'], 'Pipe | here')]), 'p.json', {
        failUnder: 70,
      }),
    );
    expect(md).toMatch(/^### Throughline alignment score: 62\.5 \/ 100\n/);
    expect(md).toContain('> Score 62.5 is under the bar of 70.');
    expect(md).toContain('| traceability | 75.0% | 3 / 4 | 0.2 |');
    expect(md).toContain('| readiness | – | not measured | 0.2 |');
    expect(md).toContain('| `unaligned-priority` | error | 1 | Pipe \\| here | Fix unaligned-priority. |');
    expect(md).toContain('| `stale-items` | warn | 300 |');
    expect(md).toContain('- `stale-items`: ITEM-0, ITEM-1');
    expect(md).toContain('…and 280 more');
    expect(md).toContain('- `unaligned-priority`: X\\|1');
  });

  it('says there are no findings when there are none', () => {
    const md = formatMarkdown(scoreOutput(report([]), 'p.json'));
    expect(md).toContain('**No findings**');
    expect(md).not.toContain('| Rule |');
  });
});

describe('github', () => {
  it('escapes workflow command data and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a: b, c')).toBe('a%3A b%2C c');
    expect(annotation('notice', 'T: x', 'm\nn')).toBe('::notice title=T%3A x::m%0An');
    expect(annotation('error', 'T', 'm', 'plans/a,b.json')).toBe('::error file=plans/a%2Cb.json,title=T::m');
  });

  it('points annotations at a relative plan path only', () => {
    expect(annotatedFile('./plans/../plan.json')).toBe('plan.json');
    expect(annotatedFile('-')).toBeUndefined();
    expect(annotatedFile('/tmp/plan.json')).toBeUndefined();
  });

  it('writes one annotation per rule, not per finding, then the score', () => {
    const out = formatGithub(
      scoreOutput(report([...many, finding('unaligned-priority', 'error', ['X'])]), 'p.json', { failUnder: 70 }),
    );
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      '::error title=unaligned-priority (1)::unaligned-priority on X%0AIds: X%0AFix: Fix unaligned-priority.',
    );
    expect(lines[1]).toMatch(
      /^::warning title=stale-items \(300\)::300 findings\. First: stale-items on ITEM-0%0AIds: ITEM-0, .* …and 290 more%0AFix: /,
    );
    expect(lines[2]).toBe(
      '::notice title=Throughline alignment score::62.5 / 100: traceability 75.0%25, coverage 50.0%25, readiness –; 301 findings in 2 rules (1 error, 300 warnings).',
    );
    expect(lines[3]).toBe('::error title=Throughline alignment score::Score 62.5 is under the bar of 70.');
    expect(lines[4]).toBe('Alignment score 62.5 / 100; 301 findings in 2 rules (1 error, 300 warnings)');
  });
});
