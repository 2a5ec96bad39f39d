import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan, type Plan, type PlanInput } from '@throughline/core';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import { usePlanHistory } from '../history/usePlanHistory.js';
import { trackerExportWithProblems } from '../shared/dataWithProblems.story.js';
import { LastChange, storyPlan, storyPlanProp } from '../shared/PlanHost.story.js';
import { RoadmapTimeline, type RoadmapTimelineProps } from './RoadmapTimeline.js';
import { TimelineBaselineHost } from './TimelineBaselineHost.story.js';
import {
  crowdedLane,
  hundredsUnscheduled,
  idsWithSeparators,
  manyLanes,
  withoutGoals,
  withoutHorizons,
  withoutItems,
  workAround,
} from './timelineStoryPlans.js';

const TODAY = '2026-11-25';
/** Large plans and the odd shapes stay off the docs page (each is its own story): the page draws every story at once. */
const OWN_PAGE = ['!autodocs'];
const sample = createPlan(samplePlan());

/** The component as a host embeds it: changes kept in a plan history, the last one printed. */
function Host(props: RoadmapTimelineProps) {
  const history = usePlanHistory(() => storyPlan(props.plan));
  return (
    <>
      <RoadmapTimeline
        {...props}
        plan={storyPlanProp(history, props.plan)}
        onChange={(change, next) => {
          history.apply(change);
          props.onChange?.(change, next);
        }}
      />
      <LastChange history={history} />
    </>
  );
}

/** A small roadmap built for one point: the given initiatives and milestones over two horizons. */
function smallRoadmap(extra: Partial<PlanInput>): Plan {
  return createPlan({
    vision: { title: 'Teams plan and ship together without leaving Relay.' },
    goals: [
      {
        id: 'goal-activation',
        title: 'More new teams reach their first shared project',
        metric: { name: 'Activation rate', unit: '%', baseline: 25, current: 31, target: 40 },
      },
    ],
    themes: [{ id: 'theme-onboarding', title: 'Onboarding', goalIds: ['goal-activation'] }],
    horizons: [
      { id: 'h-now', title: 'Now', kind: 'now', start: '2026-10-01', end: '2026-12-31' },
      { id: 'h-next', title: 'Next', kind: 'next', start: '2027-01-01', end: '2027-03-31' },
    ],
    ...extra,
  });
}

const meta = {
  title: 'Views/RoadmapTimeline',
  component: RoadmapTimeline,
  render: (args) => <Host {...args} />,
  args: { plan: sample, today: TODAY },
  argTypes: {
    plan: { control: false },
    messages: { control: false },
    classNames: { control: false },
    header: { control: false },
    layout: { control: 'inline-radio', options: ['time', 'horizons'] },
    zoom: { control: 'inline-radio', options: ['year', 'quarter', 'month'] },
    lanesBy: { control: 'inline-radio', options: ['theme', 'goal'] },
    audience: { control: 'inline-radio', options: ['product', 'executive'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The roadmap as stakeholders read it, on the built-in sample plan. Focus a bar and use the arrow keys, or drag it, to reschedule.',
      },
    },
  },
} satisfies Meta<typeof RoadmapTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample plan on quarters, lanes by theme: drag a bar, or focus it and press ←/→ then Enter. */
export const SamplePlan: Story = {};

export const YearZoom: Story = { args: { defaultZoom: 'year' } };

export const MonthZoom: Story = { args: { defaultZoom: 'month' } };

/** Today well into the roadmap: the time axis opens on it, a column of what came before in view. */
export const OpensOnToday: Story = { args: { defaultZoom: 'month', today: '2027-05-12' } };

/** Now / Next / Later: columns by horizon and no dates — a roadmap is a guide, not a delivery calendar. */
export const NowNextLater: Story = { args: { defaultLayout: 'horizons' } };

/** Lanes by goal, each with its metric from baseline through current to target. */
export const LanesByGoal: Story = { args: { lanesBy: 'goal' } };

/** For leadership: outcomes and themes only, one bar per theme and horizon. */
export const Executive: Story = { args: { audience: 'executive' } };

export const ExecutiveNowNextLater: Story = { args: { audience: 'executive', defaultLayout: 'horizons' } };

export const ReadOnly: Story = { args: { readOnly: true } };

/** An initiative with no dates of its own is drawn across its horizon, hatched, and moves a horizon at a time. */
export const InitiativeWithoutDates: Story = {
  args: {
    plan: smallRoadmap({
      initiatives: [
        {
          id: 'init-guided-setup',
          title: 'Guided workspace setup',
          themeId: 'theme-onboarding',
          goalIds: ['goal-activation'],
          horizonId: 'h-now',
          start: '2026-10-05',
          end: '2026-11-27',
          confidence: 'committed',
          status: 'in-progress',
        },
        {
          id: 'init-templates',
          title: 'Starter templates',
          themeId: 'theme-onboarding',
          goalIds: ['goal-activation'],
          horizonId: 'h-next',
          confidence: 'exploratory',
        },
      ],
    }),
  },
};

/** Six milestones within three weeks: their labels stack instead of printing over each other. */
export const CrowdedMilestones: Story = {
  args: {
    plan: smallRoadmap({
      initiatives: [
        {
          id: 'init-guided-setup',
          title: 'Guided workspace setup',
          themeId: 'theme-onboarding',
          horizonId: 'h-now',
          start: '2026-10-05',
          end: '2026-12-18',
        },
      ],
      milestones: [
        { id: 'm1', title: 'Beta opens', date: '2026-11-02', kind: 'release' },
        { id: 'm2', title: 'Pricing change', date: '2026-11-04', kind: 'market-expansion' },
        { id: 'm3', title: 'New API version', date: '2026-11-06', kind: 'platform-shift' },
        { id: 'm4', title: 'Design review', date: '2026-11-09', kind: 'other' },
        { id: 'm5', title: 'General availability', date: '2026-11-16', kind: 'release' },
        { id: 'm6', title: 'EU launch', date: '2026-11-20', kind: 'market-expansion' },
      ],
    }),
  },
};

/** Dependencies as arrows; a dependency that ends after its dependant starts is dashed and flagged. */
export const Dependencies: Story = {
  args: {
    plan: smallRoadmap({
      initiatives: [
        {
          id: 'init-sso',
          title: 'Single sign-on',
          themeId: 'theme-onboarding',
          horizonId: 'h-now',
          start: '2026-10-01',
          end: '2026-11-20',
        },
        {
          id: 'init-invites',
          title: 'Bulk invites from the directory',
          themeId: 'theme-onboarding',
          horizonId: 'h-now',
          start: '2026-11-23',
          end: '2026-12-31',
          dependsOn: ['init-sso'],
        },
        {
          id: 'init-audit',
          title: 'Audit log',
          themeId: 'theme-onboarding',
          horizonId: 'h-next',
          start: '2027-01-04',
          end: '2027-03-12',
        },
        {
          id: 'init-reports',
          title: 'Admin reports',
          themeId: 'theme-onboarding',
          horizonId: 'h-next',
          start: '2027-02-01',
          end: '2027-03-31',
          dependsOn: ['init-audit'],
        },
      ],
    }),
  },
};

/** An empty roadmap says what to do next. */
export const EmptyRoadmap: Story = { args: { plan: createPlan({}) } };

/** With `strict`, invalid host data shows its problems instead of a salvaged plan. */
export const InvalidPlan: Story = {
  args: {
    strict: true,
    plan: {
      initiatives: [
        { id: 'init-1', title: 'Onboarding', horizonId: 'h-9', start: '2026-13-01' },
        { id: 'init-1', title: 'Again', confidence: 'certain' },
      ],
    },
  },
};

/**
 * A tracker export with the problems real ones have (dates like `2025-10-9`, an initiative
 * imported twice under one id, a dependency cycle, a story whose epic was deleted): everything
 * valid is drawn, and a notice above says what was set aside. `strict` shows the problems instead.
 */
export const DataWithProblemsSalvaged: Story = {
  name: 'Data With Problems (Salvaged)',
  args: { plan: trackerExportWithProblems() },
};

/** 1,000 initiatives in 50 lanes: only the lanes in view are rendered. */
export const ThousandInitiatives: Story = {
  args: { plan: createPlan(generatePlan({ seed: 6, items: 5000, initiatives: 1000, themes: 50 })), details: false },
  tags: OWN_PAGE,
};

/** Right to left: time runs from right to left, lane headers on the right. */
export const RightToLeft: Story = { args: { dir: 'rtl', locale: 'he-IL' }, tags: OWN_PAGE };

/**
 * Ids as real trackers send them — `milestone:2`, `PROJ::1`, spaces, quotes, emoji — beside a
 * milestone whose id is `2`: every gesture names the exact initiative.
 */
export const IdsWithSeparators: Story = { args: { plan: idsWithSeparators() }, tags: OWN_PAGE };

/** All the work ended more than a year before today: the axis opens on the latest of it, with "Earlier work" to go back. */
export const WorkInThePast: Story = {
  args: { plan: workAround('2024-09-01'), defaultZoom: 'month' },
  tags: OWN_PAGE,
};

/** All the work starts more than a year after today: the axis opens on the first of it. */
export const WorkInTheFuture: Story = { args: { plan: workAround('2028-03-01') }, tags: OWN_PAGE };

/** 120 initiatives overlapping in one lane: its first rows, and "+N more" to show them all. */
export const CrowdedLane: Story = { args: { plan: crowdedLane(120), details: false }, tags: OWN_PAGE };

/** Thirty themes: lanes are virtualised, their headers stay put as time scrolls. */
export const ManyLanes: Story = { args: { plan: manyLanes(30), details: false }, tags: OWN_PAGE };

/** 300 initiatives with no dates: counted in groups by horizon, a few each, and a way to Now / Next / Later. */
export const HundredsUnscheduled: Story = {
  args: { plan: hundredsUnscheduled(300), details: false },
  tags: OWN_PAGE,
};

/** Lanes by goal in a plan without goals: it says so and offers lanes by theme. */
export const NoGoals: Story = { args: { plan: withoutGoals(), defaultLanesBy: 'goal' }, tags: OWN_PAGE };

/** Now / Next / Later in a plan without horizons: it says so and offers quarters or months. */
export const NoHorizons: Story = { args: { plan: withoutHorizons(), defaultLayout: 'horizons' }, tags: OWN_PAGE };

/** No backlog items at all: bars say "no backlog work" instead of 0% done. */
export const NoBacklogItems: Story = { args: { plan: withoutItems() }, tags: OWN_PAGE };

/**
 * Against last quarter's review: each moved initiative's baseline dates as a dashed ghost with the
 * slip arrow and its days, the removed initiative, and the changes listed by filter.
 */
export const AgainstLastQuarter: Story = { render: (args) => <TimelineBaselineHost {...args} /> };

/** Against last quarter in Now / Next / Later: an initiative that changed horizon says where it was. */
export const AgainstLastQuarterNowNextLater: Story = {
  args: { defaultLayout: 'horizons' },
  render: (args) => <TimelineBaselineHost {...args} />,
  tags: OWN_PAGE,
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const Compact: Story = { globals: { density: 'compact' } };
