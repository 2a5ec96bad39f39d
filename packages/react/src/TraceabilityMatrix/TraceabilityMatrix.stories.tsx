import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan, generatePlan, samplePlan } from '@throughline/core';
import { usePlanHost } from '../shared/PlanHost.story.js';
import { TraceabilityMatrix, type TraceabilityMatrixProps } from './TraceabilityMatrix.js';

const TODAY = '2026-11-25';
const sample = createPlan(samplePlan());

/** The component as a host embeds it: changes taken back, the last one printed. */
function Host(props: TraceabilityMatrixProps) {
  const host = usePlanHost(props.plan, props.onChange);
  return (
    <>
      <TraceabilityMatrix {...props} plan={host.plan} onChange={host.onChange} />
      {host.lastChange}
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
    cols: { control: 'inline-radio', options: ['epics', 'items'] },
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

/** Initiatives against epics: toggle a cell to link or unlink. */
export const ByInitiative: Story = { args: { rows: 'initiatives' } };

export const EpicsOnly: Story = { args: { rows: 'initiatives', cols: 'epics' } };

export const AllItems: Story = { args: { rows: 'initiatives', cols: 'items' } };

export const Transposed: Story = { args: { rows: 'initiatives', defaultTransposed: true } };

/** Cells shaded by effort on a sequential scale, with a legend; values are in each cell's text. */
export const Heatmap: Story = { args: { rows: 'initiatives', cols: 'items', defaultHeatmap: 'effort' } };

/** Only the work that serves no goal. */
export const OrphansOnly: Story = { args: { rows: 'initiatives', cols: 'items', defaultOrphansOnly: true } };

export const ReadOnly: Story = { args: { rows: 'initiatives', readOnly: true } };

export const Empty: Story = { args: { plan: createPlan({}) } };

/** Invalid host data shows its problems instead of breaking the page. */
export const InvalidPlan: Story = {
  args: { plan: { items: [{ id: 'EPIC-1', title: 'Signup', kind: 'saga', initiativeId: 'init-9' }] } },
};

const big = createPlan(generatePlan({ seed: 7, items: 2000, initiatives: 200 }));

/** 200 initiatives × 2,000 items (400,000 cells): both axes virtualised. */
export const TwoHundredByTwoThousand: Story = { args: { plan: big, rows: 'initiatives', cols: 'items' } };

/** Right to left, on the 400,000 cells: row headers on the right, ArrowLeft moves on. */
export const RightToLeft: Story = {
  args: { plan: big, rows: 'initiatives', cols: 'items', dir: 'rtl', locale: 'he-IL' },
};

export const DarkTheme: Story = { args: { rows: 'initiatives' }, globals: { theme: 'dark' } };

export const Compact: Story = { args: { rows: 'initiatives' }, globals: { density: 'compact' } };
