type Loose = Record<string, unknown> & { id: string };

/** Plan input that tests can edit freely: the shape of `PlanInput` with plain mutable lists. */
export interface EditablePlan {
  goals: Loose[];
  themes: (Loose & { goalIds: string[] })[];
  horizons: Loose[];
  initiatives: Loose[];
  features: Loose[];
  milestones: Loose[];
  items: Loose[];
  backlogs: (Loose & { itemIds: string[] })[];
}

const story = (id: string, title: string, parentId: string, estimate = 3) => ({
  id,
  title,
  kind: 'story' as const,
  parentId,
  estimate,
  description: `${title}, as agreed in refinement.`,
  acceptanceCriteria: [{ text: `${title} works for a new workspace`, done: false }],
  createdAt: '2026-10-01',
  updatedAt: '2026-11-10',
});

/**
 * A plan with no findings on 2026-11-25: every backlog item traces to a goal, the top is ready,
 * sprints fit, dependencies run forward. Scoring tests add one mistake at a time to it.
 */
export function alignedPlan(): EditablePlan {
  return {
    goals: [
      { id: 'G1', title: 'Lift activation', metric: { name: 'Activation rate', unit: '%', baseline: 25, target: 40 } },
      { id: 'G2', title: 'Keep teams', metric: { name: 'Weekly retained teams', baseline: 100, target: 150 } },
    ],
    themes: [{ id: 'T1', title: 'Onboarding', goalIds: ['G1'] }],
    horizons: [
      { id: 'H-now', title: 'Now', kind: 'now', start: '2026-10-01', end: '2026-12-31', order: 0 },
      { id: 'H-next', title: 'Next', kind: 'next', start: '2027-01-01', end: '2027-03-31', order: 1 },
      { id: 'H-later', title: 'Later', kind: 'later', start: '2027-04-01', end: '2027-09-30', order: 2 },
    ],
    initiatives: [
      {
        id: 'I1',
        title: 'Improve onboarding activation',
        themeId: 'T1',
        goalIds: [],
        horizonId: 'H-now',
        start: '2026-10-01',
        end: '2026-12-15',
        status: 'in-progress',
        confidence: 'committed',
        source: 'strategy',
        dependsOn: [],
      },
      {
        id: 'I2',
        title: 'Bring teams back every week',
        goalIds: ['G2'],
        horizonId: 'H-next',
        status: 'planned',
        confidence: 'likely',
        source: 'strategy',
        dependsOn: ['I1'],
      },
    ],
    features: [],
    milestones: [],
    items: [
      {
        id: 'E1',
        title: 'Onboarding',
        kind: 'epic',
        initiativeId: 'I1',
        description: 'First-week experience.',
        acceptanceCriteria: [],
        labels: [],
      },
      story('S1', 'Redesign the signup flow', 'E1', 5),
      story('S2', 'Introduce an onboarding checklist', 'E1'),
      story('S3', 'Improve empty states', 'E1'),
      story('S4', 'Instrument activation tracking', 'E1'),
      story('S5', 'Invite teammates from the checklist', 'E1'),
      {
        id: 'E2',
        title: 'Weekly digest',
        kind: 'epic',
        initiativeId: 'I2',
        description: 'A reason to come back.',
        acceptanceCriteria: [],
        labels: [],
      },
      story('S6', 'Send a weekly digest email', 'E2'),
    ],
    backlogs: [
      { id: 'BL', title: 'Product backlog', kind: 'product', itemIds: ['S2', 'S3', 'S4', 'S5', 'S6', 'E2'] },
      {
        id: 'SP1',
        title: 'Sprint 1',
        kind: 'sprint',
        itemIds: ['S1'],
        capacity: 20,
        start: '2026-11-16',
        end: '2026-11-27',
      },
    ],
  };
}
