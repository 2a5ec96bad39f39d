import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan, type Plan, type PlanInput, type PlanOrSnapshot, type PriorityFramework } from '@throughline/core';
import { generatePlan, sampleBaseline, samplePlan } from '@throughline/core/sample';
import { usePlanHistory } from '../history/usePlanHistory.js';
import { trackerExportWithProblems } from '../shared/dataWithProblems.story.js';
import { LastChange, storyPlan, storyPlanProp } from '../shared/PlanHost.story.js';
import { useBaseline } from '../shared/useBaseline.js';
import { usePriorities } from '../shared/usePriorities.js';
import { BacklogList, type BacklogListProps } from './BacklogList.js';

const sample = createPlan(samplePlan());
/** Large plans and the odd shapes stay off the docs page (each is its own story): the page draws every story at once. */
const OWN_PAGE = ['!autodocs'];

/** A generated plan whose product backlog holds exactly 10,000 items. */
function tenThousand(): Plan {
  const input = generatePlan({ seed: 10, items: 16_000 });
  const product = input.backlogs?.find((b) => b.kind === 'product');
  if (product) product.itemIds = product.itemIds.slice(0, 10_000);
  return createPlan(input);
}

/**
 * A story's arguments: the list's props, with `undo` for an Undo button, `framework` for a host
 * scoring by it and `against` for a host comparing its plan with a baseline.
 */
type HostProps = BacklogListProps & {
  readonly undo?: boolean;
  readonly framework?: PriorityFramework;
  readonly against?: PlanOrSnapshot;
};

/**
 * The component as a host embeds it: changes kept in a plan history, the last one printed; with
 * `undo`, a button takes the last back; with `framework`, the plan it keeps scored by it
 * (`usePriorities`) for the priority column; with `against`, that plan compared with it (`useBaseline`).
 */
function Host({ undo = false, framework, against, ...props }: HostProps) {
  const history = usePlanHistory(() => storyPlan(props.plan));
  const priority = usePriorities(history.plan, framework ? { framework } : undefined);
  const baseline = useBaseline(history.plan, against);
  return (
    <>
      <BacklogList
        {...props}
        priority={priority ?? props.priority}
        baseline={baseline ?? props.baseline}
        plan={storyPlanProp(history, props.plan)}
        onChange={(change, next) => {
          history.apply(change);
          props.onChange?.(change, next);
        }}
      />
      {undo ? (
        <button type="button" className="tl-story-undo" disabled={!history.canUndo} onClick={() => history.undo()}>
          Undo
        </button>
      ) : null}
      <LastChange history={history} />
    </>
  );
}

const meta = {
  title: 'Views/BacklogList',
  component: BacklogList,
  render: (args) => <Host {...args} />,
  args: { plan: sample, backlogIds: ['backlog-product'] },
  argTypes: {
    plan: { control: false },
    backlogIds: { control: false },
    filter: { control: false },
    messages: { control: false },
    classNames: { control: false },
    groupBy: { control: 'inline-radio', options: ['none', 'epic', 'initiative', 'goal', 'kind'] },
    priority: { control: false },
    baseline: { control: false },
    against: { control: false },
    framework: { control: 'inline-radio', options: ['rice', 'wsjf', 'ice', 'value-effort', 'moscow'] },
  },
  parameters: {
    docs: { description: { component: 'The backlog with its trace to the roadmap, on the built-in sample plan.' } },
  },
} satisfies Meta<HostProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample plan's product backlog: drag a handle, or focus it and press Space, arrows, Space. */
export const ProductBacklog: Story = {};

/** Product backlog and the next sprint side by side: drag work across, or use a row's menu. */
export const ProductAndSprint: Story = { args: { backlogIds: ['backlog-product', 'sprint-24'] } };

export const GroupedByEpic: Story = { args: { groupBy: 'epic' } };

export const GroupedByGoal: Story = { args: { groupBy: 'goal' } };

/** Only work with no strategic link: what needs a reason before it gets a rank. */
export const OrphansHighlighted: Story = { args: { filter: { trace: ['orphan'] } } };

/** Filtered to open bugs that are ready. */
export const Filtered: Story = { args: { filter: { kinds: ['bug'], statuses: ['todo', 'in-progress'], text: '' } } };

/** 10,000 items: only the rows in view are rendered; keyboard moves still reach the whole list. */
export const TenThousandItems: Story = {
  args: { plan: tenThousand(), backlogIds: ['backlog-product', 'sprint-1'] },
  tags: OWN_PAGE,
};

export const ReadOnly: Story = { args: { readOnly: true, backlogIds: ['backlog-product', 'sprint-23'] } };

/** An empty backlog says what to do next. */
export const EmptyBacklog: Story = {
  args: {
    plan: createPlan({
      backlogs: [{ id: 'sprint-25', title: 'Sprint 25', kind: 'sprint', itemIds: [], capacity: 30 }],
    }),
    backlogIds: ['sprint-25'],
  },
};

/** With `strict`, invalid host data shows its problems instead of a salvaged plan. */
export const InvalidPlan: Story = {
  args: {
    strict: true,
    plan: {
      items: [
        { id: 'STORY-1', title: 'Redesign the signup flow', kind: 'feature' },
        { id: 'TASK-1', title: '', kind: 'task', parentId: 'STORY-9' },
      ],
      backlogs: [{ id: 'backlog-product', title: 'Product backlog', kind: 'product', itemIds: ['STORY-1', 'STORY-1'] }],
    },
  },
};

/** Ids as trackers make them: separators, colons, spaces, quotes and emoji, in backlogs and items. */
const PRODUCT = 'PROJ::backlog';
const SPRINT = 'PROJ::backlog::sprint 24 "blue"';
const LAUNCH = '🚀 launch: sprint 25';
const separatorIds = createPlan({
  goals: [{ id: 'goal::activation 🚀', title: 'Lift activation to 40%' }],
  themes: [{ id: 'theme: "onboarding"', title: 'Onboarding', goalIds: ['goal::activation 🚀'] }],
  initiatives: [
    {
      id: 'milestone:2 "growth"',
      title: 'Guided first project',
      themeId: 'theme: "onboarding"',
      goalIds: ['goal::activation 🚀'],
    },
  ],
  items: [
    { id: 'PROJ::1', title: 'Checklist on the empty dashboard', kind: 'story', initiativeId: 'milestone:2 "growth"' },
    { id: 'milestone:2', title: 'Sample project on sign-up', kind: 'story', initiativeId: 'milestone:2 "growth"' },
    { id: 'story "three"', title: 'Invite teammates from the checklist', kind: 'story' },
    { id: '🚀 launch', title: 'Launch email for new workspaces', kind: 'task' },
    { id: 'PROJ::backlog::5', title: 'Slow first load on the dashboard', kind: 'bug' },
    { id: 'sprint 24 "blue"::task 1', title: 'Track checklist completion', kind: 'task' },
    { id: ':leading colon', title: 'Empty state copy review', kind: 'improvement' },
  ],
  backlogs: [
    {
      id: PRODUCT,
      title: 'Product backlog (PROJ)',
      kind: 'product',
      itemIds: ['PROJ::1', 'milestone:2', 'story "three"', '🚀 launch', 'PROJ::backlog::5'],
    },
    { id: SPRINT, title: 'Sprint 24 "blue"', kind: 'sprint', itemIds: ['sprint 24 "blue"::task 1', ':leading colon'] },
    { id: LAUNCH, title: 'Sprint 25 (launch)', kind: 'sprint', itemIds: [] },
  ],
});

/**
 * Ids holding `::`, `:`, spaces, quotes and emoji, in backlogs and items: every gesture emits
 * changes naming exactly these ids (the host prints the last one).
 */
export const IdsWithSeparators: Story = { args: { plan: separatorIds, backlogIds: [PRODUCT, SPRINT] }, tags: OWN_PAGE };

/**
 * A tracker export with the problems real ones have (dates like `2025-10-9`, an initiative
 * imported twice under one id, a dependency cycle, a story whose epic was deleted): everything
 * valid is drawn, and a notice above says what was set aside. `strict` shows the problems instead.
 */
export const DataWithProblemsSalvaged: Story = {
  name: 'Data With Problems (Salvaged)',
  args: { plan: trackerExportWithProblems(), backlogIds: ['backlog-product', 'sprint-24'] },
  tags: OWN_PAGE,
};

/**
 * The sample plan as a half-filled tracker has it: every third scored item has lost its RICE reach
 * or effort (the sample's own gaps stay too).
 */
function halfScored(): PlanInput {
  const input = samplePlan();
  const items = (input.items ?? []).map((item, at) => {
    const rice = item.priority?.rice;
    if (!rice || at % 3 !== 0) return item;
    const { [at % 2 === 0 ? 'reach' : 'effort']: _left, ...kept } = rice;
    return { ...item, priority: { ...item.priority, rice: kept } };
  });
  return { ...input, items };
}

/** A host that keeps a history, with an Undo button: an applied order is one step back. */
const withUndo = (args: HostProps) => <Host {...args} undo />;

/**
 * Each row's RICE score and how far RICE's order would move it (↑ up, ↓ down, = in place). "Preview
 * RICE order" draws the backlog in that order without changing it; "Apply this order" emits one
 * batch, which Undo takes back.
 */
export const PriorityColumn: Story = { args: { framework: 'rice' }, render: withUndo };

/** WSJF's order previewed in the product backlog: nothing changes until "Apply this order"; Cancel goes back. */
export const PriorityPreview: Story = {
  args: {
    backlogIds: ['backlog-product', 'sprint-24'],
    framework: 'wsjf',
    defaultPriorityPreview: 'backlog-product',
  },
  render: withUndo,
  tags: OWN_PAGE,
};

/** Items with an input missing say what they lack instead of a score, and go after the scored ones. */
export const PriorityMissingInputs: Story = {
  args: { plan: createPlan(halfScored()), framework: 'rice' },
  tags: OWN_PAGE,
};

export const PriorityDarkTheme: Story = {
  args: { ...PriorityPreview.args, backlogIds: ['backlog-product'] },
  render: withUndo,
  globals: { theme: 'dark' },
  tags: OWN_PAGE,
};

/**
 * The sample plan against its last quarterly review ("Q3 review"): a story moved up 79 places (▲ 79),
 * two stories new since, counted in the header. The 87 rows are drawn as a window, as a long list is;
 * move a row and its mark follows the new order.
 */
export const MovesSinceLastQuarter: Story = {
  args: { against: sampleBaseline(), virtualizeAbove: 50 },
  tags: OWN_PAGE,
};

/** Right to left, numbers in Hebrew's format: the score, the gap and the preview bar mirror. */
export const PriorityRightToLeft: Story = {
  args: { framework: 'rice', dir: 'rtl', locale: 'he-IL' },
  tags: OWN_PAGE,
};

export const DarkTheme: Story = { args: { backlogIds: ['backlog-product', 'sprint-24'] }, globals: { theme: 'dark' } };

export const Compact: Story = { globals: { density: 'compact' } };

/** A design system's look, through the --tl- variables alone, with its own light and dark values. */
export const CustomTheme: Story = {
  decorators: [
    (Story) => (
      <div className="acme-planning">
        <style>{`
          .acme-planning {
            --tl-color-accent: #5b21b6;
            --tl-color-accent-subtle: #ede9fe;
            --tl-color-surface: #faf5ff;
            --tl-radius-md: 0px;
            --tl-radius-lg: 0px;
            --tl-radius-pill: 2px;
            --tl-font-family: Georgia, serif;
          }
          [data-tl-theme="dark"] .acme-planning {
            --tl-color-accent: #c4b5fd;
            --tl-color-accent-subtle: #2e1065;
            --tl-color-surface: #1e1530;
          }
        `}</style>
        <Story />
      </div>
    ),
  ],
};
