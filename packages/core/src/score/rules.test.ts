import { describe, expect, it } from 'vitest';
import { suspectLinks } from '../suspect/suspectLinks.js';
import { alignedPlan, type EditablePlan } from '../test-support/alignedPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import type { RuleId } from './rules/index.js';
import { RULES } from './rules/index.js';
import { type ScoreOptions, scoreAlignment } from './scoreAlignment.js';

const today = '2026-11-25';

function findings(edit: (plan: EditablePlan) => void = () => {}, options: ScoreOptions = {}, againstBaseline = false) {
  const input = alignedPlan();
  edit(input);
  const plan = createPlan(input);
  // suspect-links judges against a baseline: the aligned plan before the edit.
  const suspects = againstBaseline ? { suspects: suspectLinks(plan, createPlan(alignedPlan())) } : {};
  return scoreAlignment(plan, { today, ...suspects, ...options }).findings;
}

const fired = (rule: RuleId, edit: (plan: EditablePlan) => void, options?: ScoreOptions) =>
  findings(edit, options, rule === 'suspect-links').filter((f) => f.rule === rule);

const bare = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  kind: 'story',
  acceptanceCriteria: [],
  labels: [],
  ...extra,
});

describe('the aligned plan', () => {
  it('has no findings at all', () => {
    expect(findings()).toEqual([]);
  });
});

type Case = {
  rule: RuleId;
  mistake: (p: EditablePlan) => void;
  ids: string[];
  severity: 'warn' | 'error';
  /** A near miss the rule must stay quiet on. */
  nearMiss: (p: EditablePlan) => void;
};

const cases: Case[] = [
  {
    rule: 'unaligned-priority',
    mistake: (p) => {
      p.items.push(bare('O1', 'Emoji reactions for Acme', { estimate: 2, description: 'Asked by Acme.' }));
      p.backlogs[0]?.itemIds.unshift('O1');
    },
    ids: ['O1'],
    severity: 'error',
    nearMiss: (p) => {
      p.items.push(bare('O1', 'Login fails for SSO users', { kind: 'bug', severity: 'critical', estimate: 2 }));
      p.backlogs[0]?.itemIds.unshift('O1');
      p.items.push(bare('O2', 'Emoji reactions', { estimate: 2, description: 'Low priority idea.' }));
      p.backlogs[0]?.itemIds.push('O2');
    },
  },
  {
    rule: 'strategy-sized-item',
    mistake: (p) => {
      p.items.push(bare('X1', 'Improve activation', { initiativeId: 'I1' }));
      p.backlogs[0]?.itemIds.push('X1');
    },
    ids: ['X1'],
    severity: 'warn',
    nearMiss: (p) => {
      p.items.push(
        bare('X1', 'Improve activation', { initiativeId: 'I1', description: 'Shorten signup to two steps.' }),
      );
      p.backlogs[0]?.itemIds.push('X1');
    },
  },
  {
    rule: 'implementation-on-roadmap',
    mistake: (p) => {
      Object.assign(p.initiatives[1] as object, { title: 'Upgrade Postgres to 17' });
    },
    ids: ['I2'],
    severity: 'warn',
    nearMiss: (p) => {
      Object.assign(p.initiatives[1] as object, { title: 'Faster reports for large workspaces' });
      for (let f = 1; f <= 6; f++) p.features.push({ id: `F${f}`, title: `Capability ${f}`, initiativeId: 'I2' });
    },
  },
  {
    rule: 'initiative-without-goal',
    mistake: (p) => {
      p.initiatives.push({
        id: 'I3',
        title: 'Gantt view for Northwind',
        source: 'customer-request',
        horizonId: 'H-later',
        goalIds: [],
        dependsOn: [],
      } as never);
    },
    ids: ['I3'],
    severity: 'error',
    nearMiss: (p) => {
      p.initiatives.push({
        id: 'I3',
        title: 'Gantt view',
        source: 'customer-request',
        horizonId: 'H-later',
        status: 'dropped',
        goalIds: [],
        dependsOn: [],
      } as never);
    },
  },
  {
    rule: 'current-initiative-without-work',
    mistake: (p) => {
      p.initiatives.push({
        id: 'I3',
        title: 'Smarter notifications',
        goalIds: ['G2'],
        horizonId: 'H-now',
        dependsOn: [],
      } as never);
    },
    ids: ['I3'],
    severity: 'error',
    nearMiss: (p) => {
      p.initiatives.push({
        id: 'I3',
        title: 'Smarter notifications',
        goalIds: ['G2'],
        horizonId: 'H-next',
        dependsOn: [],
      } as never);
    },
  },
  {
    rule: 'unserved-goal',
    mistake: (p) => {
      p.goals.push({ id: 'G3', title: 'Cut time to value' } as never);
    },
    ids: ['G3'],
    severity: 'warn',
    nearMiss: (p) => {
      p.goals.push({ id: 'G3', title: 'Cut time to value' } as never);
      (p.themes[0] as { goalIds: string[] }).goalIds.push('G3');
    },
  },
  {
    rule: 'refinement-shape',
    mistake: (p) => {
      for (const id of ['S2', 'S3'])
        Object.assign(p.items.find((i) => i.id === id) as object, { acceptanceCriteria: [] });
    },
    ids: ['S2', 'S3'],
    severity: 'warn',
    nearMiss: (p) => {
      for (const id of ['S5', 'S6'])
        Object.assign(p.items.find((i) => i.id === id) as object, { acceptanceCriteria: [], description: undefined });
    },
  },
  {
    rule: 'stale-items',
    mistake: (p) => {
      Object.assign(p.items.find((i) => i.id === 'S6') as object, { updatedAt: '2026-05-01' });
    },
    ids: ['S6'],
    severity: 'warn',
    nearMiss: (p) => {
      Object.assign(p.items.find((i) => i.id === 'S6') as object, { updatedAt: '2026-08-01' });
    },
  },
  {
    rule: 'context-free-items',
    mistake: (p) => {
      p.items.push(bare('Z1', 'Dark mode?'));
      p.backlogs[0]?.itemIds.push('Z1');
    },
    ids: ['Z1'],
    severity: 'warn',
    nearMiss: (p) => {
      p.items.push(bare('Z1', 'Dark mode', { parentId: 'E2' }));
      p.backlogs[0]?.itemIds.push('Z1');
    },
  },
  {
    rule: 'oversized-backlog',
    mistake: (p) => {
      Object.assign(p.items.find((i) => i.id === 'S1') as object, { status: 'done', updatedAt: '2026-11-20' });
    },
    ids: ['BL'],
    severity: 'warn',
    nearMiss: (p) => {
      for (const id of ['S1', 'S4'])
        Object.assign(p.items.find((i) => i.id === id) as object, { status: 'done', updatedAt: '2026-11-20' });
    },
  },
  {
    rule: 'far-horizon-commitment',
    mistake: (p) => {
      Object.assign(p.initiatives[1] as object, {
        horizonId: 'H-later',
        start: '2027-05-01',
        end: '2027-06-30',
        confidence: 'committed',
      });
    },
    ids: ['I2'],
    severity: 'warn',
    nearMiss: (p) => {
      Object.assign(p.initiatives[1] as object, {
        horizonId: 'H-later',
        start: '2027-05-01',
        end: '2027-06-30',
        confidence: 'likely',
      });
    },
  },
  {
    rule: 'sprint-over-capacity',
    mistake: (p) => {
      Object.assign(p.backlogs[1] as object, { capacity: 4 });
    },
    ids: ['SP1'],
    severity: 'error',
    nearMiss: (p) => {
      Object.assign(p.backlogs[1] as object, { capacity: 5 });
    },
  },
  {
    rule: 'sprint-item-without-criteria',
    mistake: (p) => {
      Object.assign(p.items.find((i) => i.id === 'S1') as object, { acceptanceCriteria: [] });
    },
    ids: ['S1', 'SP1'],
    severity: 'warn',
    nearMiss: (p) => {
      Object.assign(p.items.find((i) => i.id === 'S1') as object, { acceptanceCriteria: [], status: 'done' });
    },
  },
  {
    rule: 'dependency-scheduled-later',
    mistake: (p) => {
      Object.assign(p.initiatives[1] as object, { dependsOn: [] });
      Object.assign(p.initiatives[0] as object, { dependsOn: ['I2'] });
    },
    ids: ['I1', 'I2'],
    severity: 'error',
    nearMiss: (p) => {
      Object.assign(p.initiatives[1] as object, { start: '2027-01-05' });
    },
  },
  {
    rule: 'suspect-links',
    mistake: (p) => {
      Object.assign(p.goals[1] as object, { title: 'Keep big teams' });
    },
    ids: ['I2', 'G2'],
    severity: 'warn',
    nearMiss: (p) => {
      Object.assign(p.goals[1]?.metric as object, { current: 120 });
    },
  },
];

describe.each(cases)('rule $rule', ({ rule, mistake, ids, severity, nearMiss }) => {
  it('fires on a plan with the mistake, naming the ids and a fix', () => {
    const found = fired(rule, mistake);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule, severity, ids });
    expect(found[0]?.message.length).toBeGreaterThan(20);
    expect(found[0]?.hint.length).toBeGreaterThan(20);
  });

  it('stays quiet on a near miss', () => {
    expect(fired(rule, nearMiss)).toEqual([]);
  });

  it('is silenced by off, and capped by warn', () => {
    expect(fired(rule, mistake, { rules: { [rule]: 'off' } })).toEqual([]);
    expect(fired(rule, mistake, { rules: { [rule]: 'warn' } })[0]?.severity).toBe('warn');
  });
});

describe('rule settings', () => {
  it('covers every rule with a case', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('takes thresholds like a linter: [level, options]', () => {
    const edit = (p: EditablePlan) =>
      Object.assign(p.items.find((i) => i.id === 'S6') as object, { updatedAt: '2026-08-01' });
    expect(fired('stale-items', edit)).toEqual([]);
    expect(fired('stale-items', edit, { rules: { 'stale-items': ['error', { staleDays: 90 }] } })).toMatchObject([
      { severity: 'error', ids: ['S6'] },
    ]);
  });

  it('weighs a promoted feature request above other goal-less entries', () => {
    const severity = (source: string) =>
      fired('initiative-without-goal', (p) => {
        p.initiatives.push({
          id: 'I3',
          title: 'Entry',
          source,
          horizonId: 'H-later',
          goalIds: [],
          dependsOn: [],
        } as never);
      })[0]?.severity;
    expect(severity('customer-request')).toBe('error');
    expect(severity('sales')).toBe('error');
    expect(severity('tech')).toBe('warn');
  });

  it('reports suspect links only for the reasons it is given, and only when given them', () => {
    const edit = (p: EditablePlan) => {
      Object.assign(p.goals[1] as object, { title: 'Keep big teams' });
    };
    expect(fired('suspect-links', edit)[0]?.message).toBe(
      'The link from initiative I2 to goal G2 is suspect: the goal\'s title went from "Keep teams" to "Keep big teams".',
    );
    expect(
      fired('suspect-links', edit, { rules: { 'suspect-links': ['warn', { reasons: ['goal-target'] }] } }),
    ).toEqual([]);
    expect(findings(edit).filter((f) => f.rule === 'suspect-links')).toEqual([]);
  });

  it('judges staleness against the today it is given', () => {
    const edit = (p: EditablePlan) =>
      Object.assign(p.items.find((i) => i.id === 'S6') as object, { updatedAt: '2026-05-01' });
    expect(fired('stale-items', edit, { today: '2026-06-01' })).toEqual([]);
    expect(fired('stale-items', edit, { today: '2026-11-25' })).toHaveLength(1);
  });
});
