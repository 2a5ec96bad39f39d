import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changesDoc, withWorkedExample as withChangesExample } from '../scripts/changes-example.js';
import {
  prioritisationDoc,
  withWorkedExample as withPrioritisationExample,
} from '../scripts/prioritisation-example.js';
import { scoringDoc, withWorkedExample } from '../scripts/scoring-example.js';
import type { ChangeErrorCode } from './changes/types.js';
import type { PlanDiffKind } from './diff/diff.types.js';
import type { PriorityProblem } from './priority/priority.types.js';
import { RULES } from './score/rules/index.js';
import { SUSPECT_REASONS } from './score/rules/suspectLinksRule.js';
import { PROBLEM_CODES } from './validate/problems.js';

const read = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

const CHANGE_ERROR_CODES: Record<ChangeErrorCode, true> = {
  'invalid-change': true,
  'unknown-item': true,
  'unknown-backlog': true,
  'unknown-initiative': true,
  'unknown-horizon': true,
  'not-in-backlog': true,
  'already-in-backlog': true,
  'index-out-of-range': true,
  'in-another-product-backlog': true,
  'in-concurrent-sprint': true,
  'not-linked': true,
  'parent-cycle': true,
  'parent-kind-inverted': true,
  'invalid-date': true,
  'end-before-start': true,
};

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The guides a reader opens: the README, every page under docs/, and the example portal's. */
const guides = () =>
  [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
    'examples/portal/README.md',
  ].filter((file) => existsSync(join(root, file)));

/** The relative links of a Markdown text outside code blocks (`[text](path#anchor)`), path only. */
const relativeLinks = (markdown: string) =>
  [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((link) => !/^(?:[a-z]+:|#)/.test(link))
    .map((link) => link.split('#')[0] ?? '');

describe('docs', () => {
  it('every relative link in the README and the guides points at a file that exists', () => {
    const broken = guides().flatMap((file) =>
      relativeLinks(readFileSync(join(root, file), 'utf8'))
        .filter((link) => !existsSync(join(root, dirname(file), link)))
        .map((link) => `${file} → ${link}`),
    );
    expect(guides().length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it('data-format.md documents every problem code and change error code', () => {
    const doc = read('data-format.md');
    for (const code of [...Object.keys(PROBLEM_CODES), ...Object.keys(CHANGE_ERROR_CODES)]) {
      expect(doc, code).toContain(`\`${code}\``);
    }
  });

  it('scoring.md documents every rule', () => {
    const doc = read('scoring.md');
    for (const id of Object.keys(RULES)) expect(doc, id).toContain(`\`${id}\``);
  });

  it("scoring.md's worked example matches what the code prints (regenerate: pnpm --filter @throughline/core docs:scoring)", () => {
    const doc = readFileSync(scoringDoc, 'utf8');
    expect(doc).toBe(withWorkedExample(doc));
  });

  it('prioritisation.md documents every framework, option and problem code', () => {
    const doc = read('prioritisation.md');
    const names = ['rice', 'wsjf', 'ice', 'value-effort', 'moscow', 'riceEffort', 'iceCombine', 'criteria'];
    const more = [
      'mustShareLimit',
      'strategicFloor',
      'scope',
      'bonus',
      'untracedBelowWithin',
      'set-priority',
      'rankBy',
    ];
    const codes: PriorityProblem['code'][] = ['missing-input', 'zero-effort', 'out-of-scale', 'too-large'];
    for (const name of [...names, ...more, ...codes]) expect(doc, name).toContain(`\`${name}\``);
  });

  it('changes-over-time.md documents every diff kind, suspect reason and function', () => {
    const doc = read('changes-over-time.md');
    // A Record, so a kind added to the diff fails the type check until it is listed here.
    const kinds: Record<PlanDiffKind, true> = {
      added: true,
      removed: true,
      'field-changed': true,
      rescheduled: true,
      'status-changed': true,
      'link-changed': true,
      'estimate-changed': true,
      'backlog-items-changed': true,
      'order-changed': true,
      'vision-changed': true,
      'review-changed': true,
    };
    const more = [
      'diffPlans',
      'snapshotPlan',
      'suspectLinks',
      'review-link',
      'baselineView',
      'scoreThenAndNow',
      'minMove',
    ];
    for (const name of [...Object.keys(kinds), ...SUSPECT_REASONS, ...more]) expect(doc, name).toContain(`\`${name}\``);
  });

  it("changes-over-time.md's worked example matches what the code prints (regenerate: pnpm --filter @throughline/core docs:changes)", () => {
    const doc = readFileSync(changesDoc, 'utf8');
    expect(doc).toBe(withChangesExample(doc));
  });

  it("prioritisation.md's worked example matches what the code prints (regenerate: pnpm --filter @throughline/core docs:prioritisation)", () => {
    const doc = readFileSync(prioritisationDoc, 'utf8');
    expect(doc).toBe(withPrioritisationExample(doc));
  });
});
