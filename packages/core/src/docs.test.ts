import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoringDoc, withWorkedExample } from '../scripts/scoring-example.js';
import type { ChangeErrorCode } from './changes/types.js';
import { RULES } from './score/rules/index.js';
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

describe('docs', () => {
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
});
