import { formatIsoDate, utcDate } from '../model/calendar.js';
import type { PlanInput } from '../validate/schema.js';
import { generatedPriority } from './generatePriorities.js';

/** The size and shape of a generated plan; every option has a default, and the same options give the same plan. */
export interface GeneratePlanOptions {
  /** Same seed, same plan. Default 1. */
  readonly seed?: number;
  /** Backlog items in all. Default 1,000. */
  readonly items?: number;
  /** Default: one per 50 items, at least 3. */
  readonly initiatives?: number;
  /** Default 4. */
  readonly goals?: number;
  /** Themes, which are also the timeline's lanes. Default 5. */
  readonly themes?: number;
  /** Share of top-level items with no strategic link, 0–1. Default 0.05. */
  readonly orphanShare?: number;
  /** The date the plan is generated around (the Now horizon contains it). Default 2026-11-25. */
  readonly today?: string;
  /**
   * Fill `priority` inputs on items and initiatives (RICE, WSJF, ICE, value / effort, MoSCoW, a
   * few left incomplete). Default false; the rest of the plan is the same either way.
   */
  readonly priorities?: boolean;
}

/** mulberry32: a small, fast, well-distributed seeded generator, so plans repeat exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = formatIsoDate;

const VERBS = [
  'Add',
  'Improve',
  'Redesign',
  'Instrument',
  'Simplify',
  'Speed up',
  'Document',
  'Localise',
  'Harden',
  'Automate',
];
const OBJECTS = [
  'signup flow',
  'onboarding checklist',
  'empty states',
  'billing page',
  'SSO settings',
  'audit log',
  'CSV export',
  'dashboard filters',
  'notification rules',
  'search results',
  'mobile navigation',
  'API rate limits',
  'team invitations',
  'report builder',
  'permissions model',
];
const POINTS = [1, 2, 3, 5, 8, 13];

/**
 * A deterministic plan of any size, valid by construction, for stories, tests and benchmarks:
 * goals, themes, Now / Next / Later horizons, initiatives with dates and dependencies, features,
 * milestones, and items in epic → story → task trees plus bugs, improvements, tech debt and spikes,
 * with a product backlog, two sprints and a release backlog. Returns plain input data.
 *
 * @example
 * const plan = createPlan(generatePlan({ seed: 7, items: 10_000 }));
 */
export function generatePlan(options: GeneratePlanOptions = {}): PlanInput {
  const rand = random(options.seed ?? 1);
  // Priorities draw from a stream of their own, so turning them on changes nothing else.
  const priorityRand = random((options.seed ?? 1) ^ 0x5bd1e995);
  const priority = options.priorities ? () => ({ priority: generatedPriority(priorityRand) }) : () => ({});
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const itemCount = Math.max(0, Math.floor(options.items ?? 1000));
  const goalCount = Math.max(1, options.goals ?? 4);
  const themeCount = Math.max(1, options.themes ?? 5);
  const initiativeCount = Math.max(1, options.initiatives ?? Math.max(3, Math.round(itemCount / 50)));
  const orphanShare = options.orphanShare ?? 0.05;
  const today = utcDate(options.today ?? '2026-11-25').getTime();
  const quarterStart = new Date(today);
  quarterStart.setUTCMonth(Math.floor(quarterStart.getUTCMonth() / 3) * 3, 1);
  const nowStart = quarterStart.getTime();
  const addMonths = (ms: number, months: number) => {
    const d = new Date(ms);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.getTime();
  };

  const horizons = [
    {
      id: 'h-now',
      title: 'Now',
      kind: 'now' as const,
      start: iso(nowStart),
      end: iso(addMonths(nowStart, 3) - DAY),
      order: 0,
    },
    {
      id: 'h-next',
      title: 'Next',
      kind: 'next' as const,
      start: iso(addMonths(nowStart, 3)),
      end: iso(addMonths(nowStart, 6) - DAY),
      order: 1,
    },
    {
      id: 'h-later',
      title: 'Later',
      kind: 'later' as const,
      start: iso(addMonths(nowStart, 6)),
      end: iso(addMonths(nowStart, 12) - DAY),
      order: 2,
    },
  ];

  const goals = Array.from({ length: goalCount }, (_, g) => {
    const baseline = Math.round(rand() * 40);
    return {
      id: `goal-${g + 1}`,
      title: `Goal ${g + 1}: ${pick(VERBS)} ${pick(OBJECTS)} outcomes`,
      metric: {
        name: `Metric ${g + 1}`,
        unit: '%',
        baseline,
        current: baseline + Math.round(rand() * 5),
        target: baseline + 10 + Math.round(rand() * 30),
      },
    };
  });
  const themes = Array.from({ length: themeCount }, (_, t) => ({
    id: `theme-${t + 1}`,
    title: `Theme ${t + 1}`,
    goalIds: [`goal-${(t % goalCount) + 1}`],
  }));

  const initiatives = Array.from({ length: initiativeCount }, (_, i) => {
    const horizon = horizons[Math.min(2, Math.floor((i / initiativeCount) * 3))] ?? horizons[0];
    const start = utcDate(horizon?.start ?? iso(nowStart)).getTime() + Math.floor(rand() * 40) * DAY;
    const dated = horizon?.kind !== 'later' || rand() < 0.3;
    // Depend only on an earlier initiative, so dependencies never form a cycle.
    const dependsOn = i > 0 && rand() < 0.15 ? [`init-${1 + Math.floor(rand() * i)}`] : [];
    return {
      id: `init-${i + 1}`,
      title: `${pick(VERBS)} ${pick(OBJECTS)} (${i + 1})`,
      themeId: `theme-${(i % themeCount) + 1}`,
      goalIds: rand() < 0.7 ? [`goal-${Math.floor(rand() * goalCount) + 1}`] : [],
      horizonId: horizon?.id,
      ...(dated ? { start: iso(start), end: iso(start + (20 + Math.floor(rand() * 50)) * DAY) } : {}),
      status: horizon?.kind === 'now' ? ('in-progress' as const) : ('planned' as const),
      confidence:
        horizon?.kind === 'now'
          ? ('committed' as const)
          : horizon?.kind === 'next'
            ? ('likely' as const)
            : ('exploratory' as const),
      source: pick(['strategy', 'strategy', 'customer-request', 'tech'] as const),
      dependsOn,
      ...priority(),
    };
  });
  const features = initiatives.map((initiative, i) => ({
    id: `feat-${i + 1}`,
    title: `${initiative.title}: core capability`,
    initiativeId: initiative.id,
  }));
  const milestones = Array.from({ length: Math.max(1, Math.round(initiativeCount / 4)) }, (_, m) => ({
    id: `ms-${m + 1}`,
    title: `Release ${m + 1}.0`,
    date: iso(nowStart + Math.floor(rand() * 330) * DAY),
    kind: pick(['release', 'release', 'platform-shift', 'market-expansion'] as const),
    initiativeIds: [initiatives[Math.floor(rand() * initiativeCount)]?.id ?? 'init-1'],
  }));

  // Items come in trees: an epic (linked to an initiative), stories and other mid-sized work under
  // it, tasks under those; a share of top-level work links directly or not at all.
  const items: NonNullable<PlanInput['items']>[number][] = [];
  const topLevel: string[] = [];
  let epic: string | undefined;
  let story: string | undefined;
  for (let n = 0; n < itemCount; n++) {
    const id = `ITEM-${n + 1}`;
    const roll = rand();
    const initiativeId = initiatives[Math.floor(rand() * initiativeCount)]?.id;
    const created = today - Math.floor(rand() * 300) * DAY;
    const updated = Math.min(today, created + Math.floor(rand() * 120) * DAY);
    const status = pick(['todo', 'todo', 'todo', 'in-progress', 'done', 'blocked'] as const);
    const criteria = Array.from({ length: Math.floor(rand() * 4) }, (_, c) => ({
      text: `Criterion ${c + 1} of ${id}`,
      done: status === 'done' || rand() < 0.3,
    }));
    const base = {
      id,
      title: `${pick(VERBS)} ${pick(OBJECTS)} #${n + 1}`,
      status,
      createdAt: iso(created),
      updatedAt: iso(updated),
      labels: rand() < 0.3 ? [pick(['frontend', 'backend', 'design', 'data'])] : [],
      ...priority(),
    };
    if (n % 25 === 0 || epic === undefined) {
      epic = id;
      story = undefined;
      items.push({ ...base, kind: 'epic', initiativeId, description: `Epic ${n + 1}` });
      topLevel.push(id);
    } else if (roll < 0.45 || story === undefined) {
      story = id;
      const kind = pick(['story', 'story', 'story', 'bug', 'improvement', 'tech-debt', 'spike'] as const);
      items.push({
        ...base,
        kind,
        parentId: epic,
        estimate: pick(POINTS),
        acceptanceCriteria: criteria,
        ...(rand() < 0.8 ? { description: `Details of ${id}` } : {}),
        ...(kind === 'bug' ? { severity: pick(['critical', 'major', 'minor', 'trivial'] as const) } : {}),
        ...(kind === 'spike' ? { timebox: pick([2, 3, 5]) } : {}),
      });
      topLevel.push(id);
    } else if (roll < 0.85) {
      items.push({
        ...base,
        kind: 'task',
        parentId: story,
        estimate: pick([1, 2, 3]),
        acceptanceCriteria: criteria.slice(0, 1),
      });
    } else {
      // Standalone work: linked directly to an initiative, or (orphanShare of the time) to nothing.
      const kind = pick(['bug', 'improvement', 'tech-debt', 'story'] as const);
      const orphan = rand() < orphanShare / 0.15;
      items.push({
        ...base,
        kind,
        ...(orphan ? {} : { initiativeId }),
        estimate: pick(POINTS),
        acceptanceCriteria: criteria,
        ...(kind === 'bug' ? { severity: pick(['critical', 'major', 'minor', 'trivial'] as const) } : {}),
      });
      topLevel.push(id);
    }
  }

  // Backlogs: the first few top-level items go to two sprints, the rest to the product backlog;
  // the release backlog takes every tenth item of the product backlog.
  const sprintSize = Math.min(12, Math.floor(topLevel.length / 10));
  const sprint1 = topLevel.slice(0, sprintSize);
  const sprint2 = topLevel.slice(sprintSize, 2 * sprintSize);
  const product = topLevel.slice(2 * sprintSize);
  const sprintStart = today - ((today / DAY + 3) % 14) * DAY;
  const backlogs = [
    { id: 'backlog-product', title: 'Product backlog', kind: 'product' as const, itemIds: product },
    {
      id: 'sprint-1',
      title: 'Current sprint',
      kind: 'sprint' as const,
      itemIds: sprint1,
      capacity: 40,
      start: iso(sprintStart),
      end: iso(sprintStart + 13 * DAY),
    },
    {
      id: 'sprint-2',
      title: 'Next sprint',
      kind: 'sprint' as const,
      itemIds: sprint2,
      capacity: 40,
      start: iso(sprintStart + 14 * DAY),
      end: iso(sprintStart + 27 * DAY),
    },
    {
      id: 'release-1',
      title: 'Next release',
      kind: 'release' as const,
      itemIds: product.filter((_, i) => i % 10 === 0),
      horizonId: 'h-now',
    },
  ];

  return {
    vision: { title: 'Every team ships the right work, and can say why.' },
    goals,
    themes,
    horizons,
    initiatives,
    features,
    milestones,
    items,
    backlogs,
  };
}
