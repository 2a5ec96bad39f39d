import { addDays, createPlan, type Plan, type PlanInput } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';

// Plans of the shapes real data takes, for the timeline's stories and browser tests.

type InitiativeInput = NonNullable<PlanInput['initiatives']>[number];

/** Ids as hosts send them: separators, a kind-like prefix, spaces, quotes and emoji. */
export const SEPARATOR_IDS = {
  milestoneLike: 'milestone:2',
  jira: 'PROJ::1',
  spaced: 'init with spaces',
  quoted: `say "hi" it's`,
  emoji: '🚀 launch',
} as const;

/** Every id with a separator or a character a selector would choke on; a milestone whose id is `2`. */
export function idsWithSeparators(): Plan {
  const theme = 'theme::core "A"';
  const initiative = (id: string, title: string, start: string, end: string, extra: Partial<InitiativeInput> = {}) => ({
    id,
    title,
    themeId: theme,
    goalIds: ['goal: 🎯'],
    horizonId: 'h:now',
    start,
    end,
    confidence: 'committed' as const,
    status: 'in-progress' as const,
    ...extra,
  });
  return createPlan({
    vision: { title: 'Ids are whatever the host’s tracker says they are.' },
    goals: [
      {
        id: 'goal: 🎯',
        title: 'Teams finish setup in one sitting',
        metric: { name: 'Setup completion', unit: '%', baseline: 40, target: 70 },
      },
    ],
    themes: [
      { id: theme, title: 'Core', goalIds: ['goal: 🎯'] },
      { id: 'theme 2', title: 'Reach', goalIds: ['goal: 🎯'] },
    ],
    horizons: [
      { id: 'h:now', title: 'Now', kind: 'now', start: '2026-10-01', end: '2026-12-31', order: 0 },
      { id: 'h::next', title: 'Next', kind: 'next', start: '2027-01-01', end: '2027-03-31', order: 1 },
    ],
    initiatives: [
      initiative(SEPARATOR_IDS.milestoneLike, 'Sync engine rewrite', '2026-10-05', '2026-11-20'),
      initiative(SEPARATOR_IDS.jira, 'Bulk import from Jira', '2026-11-02', '2026-12-18', {
        dependsOn: [SEPARATOR_IDS.milestoneLike],
      }),
      initiative(SEPARATOR_IDS.spaced, 'Guided setup', '2026-12-01', '2027-01-29'),
      initiative(SEPARATOR_IDS.quoted, 'Friendlier empty states', '2026-10-12', '2026-11-06', { themeId: 'theme 2' }),
      initiative(SEPARATOR_IDS.emoji, 'Launch in Japan', '2027-01-11', '2027-03-19', {
        themeId: 'theme 2',
        horizonId: 'h::next',
        confidence: 'likely',
        status: 'planned',
      }),
    ],
    milestones: [
      { id: '2', title: 'Beta', date: '2026-10-20', kind: 'release', initiativeIds: [SEPARATOR_IDS.milestoneLike] },
      { id: 'milestone::GA', title: 'GA', date: '2027-02-15', kind: 'release', initiativeIds: [SEPARATOR_IDS.emoji] },
    ],
    items: [
      { id: 'PROJ::1-1', title: 'Map Jira fields', kind: 'epic', status: 'done', initiativeId: SEPARATOR_IDS.jira },
      { id: 'PROJ::1-2', title: 'Import comments', kind: 'epic', status: 'todo', initiativeId: SEPARATOR_IDS.jira },
    ],
  });
}

/** A generated plan whose work all lies around `around` (its Now horizon holds that date). */
export function workAround(around: string): Plan {
  return createPlan(generatePlan({ seed: 21, items: 240, initiatives: 24, themes: 4, today: around }));
}

/** One lane of `count` initiatives that all overlap, and a quiet lane beside it. */
export function crowdedLane(count: number): Plan {
  const day = (n: number) => addDays('2026-10-01', n);
  return createPlan({
    themes: [
      { id: 'theme-migrations', title: 'Platform migrations' },
      { id: 'theme-quiet', title: 'Quiet lane' },
    ],
    horizons: [{ id: 'h-now', title: 'Now', kind: 'now', start: '2026-10-01', end: '2026-12-31' }],
    initiatives: [
      ...Array.from({ length: count }, (_, i) => ({
        id: `migration-${i + 1}`,
        title: `Migrate service ${i + 1}`,
        themeId: 'theme-migrations',
        horizonId: 'h-now',
        start: day(i % 20),
        end: day(60 + (i % 25)),
      })),
      {
        id: 'quiet-1',
        title: 'Retire the old queue',
        themeId: 'theme-quiet',
        horizonId: 'h-now',
        start: '2026-10-12',
        end: '2026-11-30',
      },
    ],
  });
}

/** A generated plan with `themes` themes: as many lanes. */
export function manyLanes(themes: number): Plan {
  return createPlan(generatePlan({ seed: 8, items: 600, initiatives: themes * 3, themes }));
}

/**
 * A generated plan with `count` more initiatives that have no dates: half in a horizon without
 * dates ("Someday"), half in none.
 */
export function hundredsUnscheduled(count: number): Plan {
  const input = generatePlan({ seed: 5, items: 200, initiatives: 12, themes: 3 });
  return createPlan({
    ...input,
    horizons: [...(input.horizons ?? []), { id: 'h-someday', title: 'Someday', kind: 'custom', order: 3 }],
    initiatives: [
      ...(input.initiatives ?? []),
      ...Array.from({ length: count }, (_, i) => ({
        id: `idea-${i + 1}`,
        title: `Idea ${i + 1} from the feedback board`,
        themeId: `theme-${(i % 3) + 1}`,
        ...(i % 2 === 0 ? { horizonId: 'h-someday' } : {}),
        confidence: 'exploratory' as const,
        status: 'proposed' as const,
      })),
    ],
  });
}

/** A generated plan with its goals taken out: themes remain. */
export function withoutGoals(): Plan {
  const input = generatePlan({ seed: 3, items: 200, initiatives: 12, themes: 4 });
  return createPlan({
    ...input,
    goals: [],
    themes: (input.themes ?? []).map((t) => ({ ...t, goalIds: [] })),
    initiatives: (input.initiatives ?? []).map((i) => ({ ...i, goalIds: [] })),
  });
}

/** A generated plan with its horizons taken out. */
export function withoutHorizons(): Plan {
  const input = generatePlan({ seed: 4, items: 200, initiatives: 12, themes: 3 });
  return createPlan({
    ...input,
    horizons: [],
    initiatives: (input.initiatives ?? []).map(({ horizonId: _, ...initiative }) => initiative),
    backlogs: (input.backlogs ?? []).map(({ horizonId: _, ...backlog }) => backlog),
  });
}

/** A generated plan with no backlog at all: initiatives and no items. */
export function withoutItems(): Plan {
  const input = generatePlan({ seed: 9, items: 0, initiatives: 10, themes: 3 });
  return createPlan({ ...input, items: [], backlogs: [] });
}
