import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan, type PlanInput } from '@throughline/core';
import { generatePlan, sampleBaseline, samplePlan } from '@throughline/core/sample';
import { usePlanHistory } from '../history/usePlanHistory.js';
import { trackerExportWithProblems } from '../shared/dataWithProblems.story.js';
import { LastChange, storyPlan, storyPlanProp } from '../shared/PlanHost.story.js';
import { useBaseline } from '../shared/useBaseline.js';
import { TraceabilityMatrix, type TraceabilityMatrixProps } from './TraceabilityMatrix.js';

/** Large plans and the odd shapes stay off the docs page (each is its own story): the page draws every story at once. */
const OWN_PAGE = ['!autodocs'];
const TODAY = '2026-11-25';
const sample = createPlan(samplePlan());

/** The component as a host embeds it: changes kept in a plan history, the last one printed. */
function Host(props: TraceabilityMatrixProps) {
  const history = usePlanHistory(() => storyPlan(props.plan));
  return (
    <>
      <TraceabilityMatrix
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

const lastQuarter = sampleBaseline();

/** A host comparing its plan with last quarter's: a review it applies is in its plan, so the cell clears. */
function BaselineHost(props: TraceabilityMatrixProps) {
  const history = usePlanHistory(() => storyPlan(props.plan));
  const baseline = useBaseline(history.plan, lastQuarter);
  return (
    <>
      <TraceabilityMatrix
        {...props}
        plan={history.plan}
        baseline={baseline}
        onChange={(change) => history.apply(change)}
      />
      <LastChange history={history} />
    </>
  );
}

const meta = {
  title: 'Views/TraceabilityMatrix',
  component: TraceabilityMatrix,
  render: (args) => <Host {...args} />,
  args: { plan: sample, today: TODAY },
  argTypes: {
    plan: { control: false },
    messages: { control: false },
    classNames: { control: false },
    // Storybook's object editor draws list items outside a list; these are set by the stories.
    defaultExpanded: { control: false },
    columns: { control: 'inline-radio', options: ['epics', 'items'] },
    rows: { control: 'inline-radio', options: ['goals', 'initiatives'] },
    heatmap: { control: 'inline-radio', options: ['off', 'effort', 'count'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every goal and initiative against the work that serves it, on the built-in sample plan. Arrow keys move; Enter or Space on a cell links or unlinks.',
      },
    },
  },
} satisfies Meta<typeof TraceabilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Goals against epics; expand a goal (Enter on its header) to link work to its initiatives. */
export const ByGoal: Story = { args: { defaultExpanded: ['goal-activation'] } };

/**
 * The sample plan against its review last quarter: the retention goal was rewritten and the data
 * platform moved a horizon later, so the links through them are suspect (hatched, marked "!").
 * Enter on one shows why; "Mark reviewed" records the review and the cell clears.
 */
export const SuspectLinksSinceLastQuarter: Story = {
  name: 'Suspect links since last quarter',
  render: (args) => <BaselineHost {...args} />,
};

/** Initiatives against epics: toggle a cell to link or unlink. */
export const ByInitiative: Story = { args: { rows: 'initiatives' } };

export const EpicsOnly: Story = { args: { rows: 'initiatives', columns: 'epics' } };

export const AllItems: Story = { args: { rows: 'initiatives', columns: 'items' } };

export const Transposed: Story = { args: { rows: 'initiatives', defaultTransposed: true } };

/** Cells shaded by effort on a sequential scale, with a legend; values are in each cell's text. */
export const Heatmap: Story = {
  args: { rows: 'initiatives', columns: 'items', defaultHeatmap: 'effort' },
  tags: OWN_PAGE,
};

/** Only the work that serves no goal. */
export const OrphansOnly: Story = {
  args: { rows: 'initiatives', columns: 'items', defaultFilters: { orphansOnly: true } },
};

export const ReadOnly: Story = { args: { rows: 'initiatives', readOnly: true } };

export const Empty: Story = { args: { plan: createPlan({}) } };

/** The sample without epics, as a tracker with flat issues sends it: each item keeps its epic's link. */
function withoutEpics(input: PlanInput): PlanInput {
  const items = input.items ?? [];
  const epics = new Map(items.filter((item) => item.kind === 'epic').map((epic) => [epic.id, epic]));
  return {
    ...input,
    items: items.flatMap((item) => {
      if (epics.has(item.id)) return [];
      const epic = item.parentId === undefined ? undefined : epics.get(item.parentId);
      if (!epic) return [item];
      const { parentId: _, ...rest } = item;
      return [
        { ...rest, initiativeId: item.initiativeId ?? epic.initiativeId, featureId: item.featureId ?? epic.featureId },
      ];
    }),
    backlogs: input.backlogs?.map((backlog) => ({
      ...backlog,
      itemIds: backlog.itemIds.filter((id) => !epics.has(id)),
    })),
  };
}

/** Columns by epic (the default) on a plan with none: the matrix says so and offers every item instead. */
export const NoEpics: Story = {
  args: { plan: createPlan(withoutEpics(samplePlan())), rows: 'initiatives' },
  tags: OWN_PAGE,
};

const generated = generatePlan({ seed: 11, initiatives: 40, items: 300 });

/**
 * Rows by goal (the default) on a plan with no goals: the matrix offers initiatives, and the
 * scorer's findings come grouped (forty "serves no goal" findings are one entry).
 */
export const NoGoals: Story = {
  args: {
    plan: createPlan({
      ...generated,
      goals: [],
      themes: generated.themes?.map((theme) => ({ ...theme, goalIds: [] })),
      initiatives: generated.initiatives?.map((initiative) => ({ ...initiative, goalIds: [] })),
    }),
    columns: 'items',
  },
  tags: OWN_PAGE,
};

/** Goals and initiatives but no backlog work yet: nothing to switch to, and what to do about it. */
export const NoItems: Story = {
  args: { plan: createPlan({ ...samplePlan(), items: [], backlogs: [] }) },
  tags: OWN_PAGE,
};

/**
 * Ids as trackers make them: `::`, `:`, `/`, spaces, quotes and emoji, under goals shown expanded
 * (goal `north/star` → `PROJ::1` and goal `north` → `star/PROJ::1` would share a key if ids were
 * joined with `/`). Toggling a cell emits the exact ids, printed under "Last change".
 */
export const IdsWithSeparators: Story = {
  args: {
    plan: createPlan({
      goals: [
        { id: 'north/star', title: 'Teams activate in a day' },
        { id: 'north', title: 'Teams come back every week' },
      ],
      themes: [{ id: 'theme::onboarding', title: 'Onboarding', goalIds: ['north/star'] }],
      initiatives: [
        { id: 'PROJ::1', title: 'Guided setup', themeId: 'theme::onboarding', source: 'strategy' },
        { id: 'star/PROJ::1', title: 'Import from a spreadsheet', goalIds: ['north'], source: 'strategy' },
        { id: 'milestone:2', title: 'Weekly digest "lite" 📬', goalIds: ['north'], source: 'strategy' },
      ],
      items: [
        { id: 'PROJ::1::epic', title: 'Setup wizard', kind: 'epic', initiativeId: 'PROJ::1', estimate: 8 },
        {
          id: 'ITEM 12 "quoted" 🚀',
          title: 'Wizard step: invite the team',
          kind: 'story',
          parentId: 'PROJ::1::epic',
          estimate: 3,
        },
        { id: "it's: 🧪 spike", title: 'Which spreadsheet formats matter', kind: 'spike', estimate: 2 },
        { id: 'milestone:2:task', title: 'Digest email', kind: 'task', initiativeId: 'milestone:2', estimate: 1 },
      ],
    }),
    defaultExpanded: ['north/star', 'north'],
    columns: 'items',
  },
  tags: OWN_PAGE,
};

/** Invalid host data shows its problems instead of breaking the page. */
export const InvalidPlan: Story = {
  args: { strict: true, plan: { items: [{ id: 'EPIC-1', title: 'Signup', kind: 'saga', initiativeId: 'init-9' }] } },
};

/**
 * A tracker export with the problems real ones have (dates like `2025-10-9`, an initiative
 * imported twice under one id, a dependency cycle, a story whose epic was deleted): everything
 * valid is drawn, and a notice above says what was set aside. `strict` shows the problems instead.
 */
export const DataWithProblemsSalvaged: Story = {
  name: 'Data With Problems (Salvaged)',
  args: { plan: trackerExportWithProblems(), rows: 'initiatives' },
  tags: OWN_PAGE,
};

const big = createPlan(generatePlan({ seed: 7, items: 2000, initiatives: 200 }));

/** 200 initiatives × 2,000 items (400,000 cells): both axes virtualised. */
export const TwoHundredByTwoThousand: Story = {
  args: { plan: big, rows: 'initiatives', columns: 'items' },
  tags: OWN_PAGE,
};

/** Right to left, on the 400,000 cells: row headers on the right, ArrowLeft moves on. */
export const RightToLeft: Story = {
  args: { plan: big, rows: 'initiatives', columns: 'items', dir: 'rtl', locale: 'he-IL' },
};

export const DarkTheme: Story = { args: { rows: 'initiatives' }, globals: { theme: 'dark' } };

export const Compact: Story = { args: { rows: 'initiatives' }, globals: { density: 'compact' } };
