import type { PlanInput } from '../validate/schema.js';

/**
 * A small valid plan for tests: one goal → theme → initiative, an epic with a story and a task,
 * a bug linked directly, an orphan, and a product backlog with two sprints and a release.
 */
export function smallPlan(): PlanInput & Required<Pick<PlanInput, 'items' | 'backlogs' | 'initiatives'>> {
  return {
    vision: { title: 'Teams reach their first win in minutes.' },
    goals: [
      { id: 'G1', title: 'Activation', metric: { name: 'Activation rate', unit: '%', baseline: 25, target: 40 } },
      { id: 'G2', title: 'Retention', metric: { name: 'Weekly retained teams', baseline: 100, target: 150 } },
    ],
    themes: [{ id: 'T1', title: 'Onboarding', goalIds: ['G1'] }],
    horizons: [
      { id: 'H-now', title: 'Now', kind: 'now', start: '2026-10-01', end: '2026-12-31', order: 0 },
      { id: 'H-next', title: 'Next', kind: 'next', start: '2027-01-01', end: '2027-03-31', order: 1 },
    ],
    initiatives: [
      { id: 'I1', title: 'Improve onboarding activation', themeId: 'T1', goalIds: [], horizonId: 'H-now' },
      { id: 'I2', title: 'Retention loops', goalIds: ['G2'], horizonId: 'H-next', dependsOn: ['I1'] },
      { id: 'I3', title: 'Partner request', horizonId: 'H-next' },
    ],
    features: [{ id: 'F1', title: 'Checklist', initiativeId: 'I2' }],
    milestones: [{ id: 'M1', title: 'Release 3.0', date: '2026-12-15', kind: 'release', initiativeIds: ['I1'] }],
    items: [
      { id: 'E1', title: 'Onboarding epic', kind: 'epic', initiativeId: 'I1' },
      { id: 'S1', title: 'Redesign the signup flow', kind: 'story', parentId: 'E1', estimate: 5 },
      { id: 'K1', title: 'Drop the company-size field', kind: 'task', parentId: 'S1', estimate: 1 },
      { id: 'B1', title: 'Invite email bounces', kind: 'bug', initiativeId: 'I2', severity: 'major' },
      { id: 'O1', title: 'Dark mode for the admin', kind: 'improvement' },
      { id: 'P1', title: 'Checklist spike', kind: 'spike', featureId: 'F1', timebox: 3 },
      { id: 'X1', title: 'Partner export', kind: 'story', initiativeId: 'I3' },
    ],
    backlogs: [
      { id: 'BL', title: 'Product backlog', kind: 'product', itemIds: ['O1', 'B1', 'P1', 'X1'] },
      {
        id: 'SP1',
        title: 'Sprint 1',
        kind: 'sprint',
        itemIds: ['S1'],
        start: '2026-11-16',
        end: '2026-11-27',
        capacity: 20,
      },
      {
        id: 'SP2',
        title: 'Sprint 2',
        kind: 'sprint',
        itemIds: ['E1'],
        start: '2026-11-30',
        end: '2026-12-11',
        capacity: 20,
      },
      { id: 'RL', title: 'Release 3.0', kind: 'release', itemIds: ['S1', 'B1'] },
    ],
  };
}
