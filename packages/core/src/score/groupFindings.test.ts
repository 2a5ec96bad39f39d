import { describe, expect, it } from 'vitest';
import { generatePlan } from '../sample/generatePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { groupFindings } from './groupFindings.js';
import { scoreAlignment } from './scoreAlignment.js';
import type { Finding } from './types.js';

const finding = (rule: string, id: string, over: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'warn',
  message: `${id} breaks ${rule}.`,
  ids: [id],
  hint: `Fix ${rule}.`,
  ...over,
});

describe('groupFindings', () => {
  it('gathers findings of one rule into one group: count, severity and hint once, every id', () => {
    const groups = groupFindings([
      finding('a', 'I1'),
      finding('b', 'X1'),
      finding('a', 'I2'),
      finding('a', 'I3', { ids: ['I3', 'I1'] }),
    ]);
    expect(groups.map((g) => [g.rule, g.findings.length, g.severity, g.hint])).toEqual([
      ['a', 3, 'warn', 'Fix a.'],
      ['b', 1, 'warn', 'Fix b.'],
    ]);
    expect(groups[0]?.findings.map((f) => f.message)).toEqual(['I1 breaks a.', 'I2 breaks a.', 'I3 breaks a.']);
    expect(groups[0]?.ids).toEqual(['I1', 'I2', 'I3']);
  });

  it('puts errors first, otherwise keeps the order of each group’s first finding', () => {
    const groups = groupFindings([finding('a', '1'), finding('b', '2', { severity: 'error' }), finding('c', '3')]);
    expect(groups.map((g) => g.rule)).toEqual(['b', 'a', 'c']);
  });

  it('keeps a rule’s findings apart when their severity or fix differs', () => {
    const groups = groupFindings([
      finding('a', '1'),
      finding('a', '2', { severity: 'error' }),
      finding('a', '3', { hint: 'Another fix.' }),
      finding('a', '4'),
    ]);
    expect(groups.map((g) => [g.severity, g.hint, g.ids])).toEqual([
      ['error', 'Fix a.', ['2']],
      ['warn', 'Fix a.', ['1', '4']],
      ['warn', 'Another fix.', ['3']],
    ]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });

  it('keys groups so that no rule or hint text can make two collide', () => {
    const groups = groupFindings([
      finding('a|b', '1', { hint: 'c' }),
      finding('a', '2', { hint: 'b|c' }),
      finding('a","warn', '3', { hint: 'x' }),
    ]);
    expect(groups).toHaveLength(3);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });

  it('is empty for no findings, and one group a finding when none repeat', () => {
    expect(groupFindings([])).toEqual([]);
    const single = finding('a', '1');
    expect(groupFindings([single])).toEqual([
      {
        key: JSON.stringify(['a', 'warn', 'Fix a.']),
        rule: 'a',
        severity: 'warn',
        hint: 'Fix a.',
        findings: [single],
        ids: ['1'],
      },
    ]);
  });

  it('turns a plan with no goals into one initiative-without-goal group, not one row per initiative', () => {
    const input = generatePlan({ seed: 3, initiatives: 60, items: 200 });
    const plan = createPlan({
      ...input,
      goals: [],
      themes: input.themes?.map((theme) => ({ ...theme, goalIds: [] })),
      initiatives: input.initiatives?.map((initiative) => ({ ...initiative, goalIds: [], source: 'tech' as const })),
    });
    const { findings } = scoreAlignment(plan, { today: '2026-11-25' });
    const noGoal = findings.filter((f) => f.rule === 'initiative-without-goal');
    expect(noGoal.length).toBe(plan.initiatives.filter((i) => i.status !== 'dropped' && i.status !== 'done').length);
    const groups = groupFindings(findings).filter((g) => g.rule === 'initiative-without-goal');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.findings).toHaveLength(noGoal.length);
    // Every finding lands in exactly one group.
    expect(groupFindings(findings).reduce((sum, g) => sum + g.findings.length, 0)).toBe(findings.length);
  });
});
