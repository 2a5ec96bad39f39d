import type { PlanInput } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';

/**
 * Raw host data with three problems, for the views' salvage tests: a bad date, an id used twice
 * and a dangling parent. Salvage drops the date, leaves the second initiative out and unlinks the
 * parent; everything else is drawn.
 */
export function dataWithProblems() {
  return {
    goals: [{ id: 'goal-activation', title: 'Lift activation to 40%' }],
    themes: [{ id: 'theme-onboarding', title: 'Onboarding', goalIds: ['goal-activation'] }],
    initiatives: [
      {
        id: 'init-guided',
        title: 'Guided first project',
        themeId: 'theme-onboarding',
        goalIds: ['goal-activation'],
        start: '2026-01-05',
        end: '2026-10-9',
      },
      { id: 'init-guided', title: 'Guided first project (copy)', themeId: 'theme-onboarding' },
      {
        id: 'init-sso',
        title: 'Single sign-on',
        themeId: 'theme-onboarding',
        goalIds: ['goal-activation'],
        start: '2026-02-02',
        end: '2026-05-29',
      },
    ],
    items: [
      { id: 'EPIC-1', title: 'Checklist on the empty dashboard', kind: 'epic', initiativeId: 'init-guided' },
      { id: 'STORY-1', title: 'Show the checklist', kind: 'story', parentId: 'EPIC-1' },
      { id: 'STORY-2', title: 'Invite teammates from the checklist', kind: 'story', parentId: 'EPIC-404' },
      { id: 'EPIC-2', title: 'SAML login', kind: 'epic', initiativeId: 'init-sso' },
    ],
    backlogs: [
      {
        id: 'backlog-product',
        title: 'Product backlog',
        kind: 'product',
        itemIds: ['STORY-1', 'STORY-2', 'EPIC-1', 'EPIC-2'],
      },
    ],
  };
}

/** The same data with its three problems fixed: valid, for `createPlan`. */
export function dataFixed() {
  const data = dataWithProblems();
  return {
    ...data,
    initiatives: data.initiatives
      .filter((_, at) => at !== 1)
      .map((initiative) => (initiative.end === '2026-10-9' ? { ...initiative, end: '2026-10-09' } : initiative)),
    items: data.items.map((item) => (item.parentId === 'EPIC-404' ? { ...item, parentId: 'EPIC-1' } : item)),
  };
}

/**
 * The built-in sample plan as a tracker export with the problems real exports have: a date
 * written `2025-10-9`, another written `2026-12-9`, an initiative imported twice under one id,
 * two initiatives that depend on each other, and a story whose epic was deleted. Views draw it
 * salvaged, with a notice of the five problems.
 */
export function trackerExportWithProblems(): PlanInput {
  const data = samplePlan();
  const initiatives = (data.initiatives ?? []).map((initiative) => {
    if (initiative.id === 'init-postgres') return { ...initiative, end: '2026-12-9' };
    // The insights work already depends on the event platform: this closes a cycle.
    if (initiative.id === 'init-data-platform') return { ...initiative, dependsOn: ['init-insights'] };
    return initiative;
  });
  const gantt = initiatives.find((initiative) => initiative.id === 'init-gantt');
  const items = (data.items ?? []).map((item) => {
    if (item.id === 'STORY-6') return { ...item, parentId: 'EPIC-404' };
    if (item.id === 'STORY-1') return { ...item, updatedAt: '2025-10-9' };
    return item;
  });
  return {
    ...data,
    initiatives: [...initiatives, { ...gantt, id: 'init-gantt', title: 'Gantt chart view (imported twice)' }],
    items,
  };
}
