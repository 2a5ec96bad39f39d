import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { PriorityHost, samplePriorities } from './PriorityHost.story.js';
import { PriorityMatrix } from './PriorityMatrix.js';

/**
 * Only RICE and WSJF are on the docs page: it draws every story on it at once, and each chart is
 * a hundred focusable points for the checks that walk it. The others are each a page of their own.
 */
const OWN_PAGE = ['!autodocs'];
const sample = createPlan(samplePriorities());

const meta = {
  title: 'Views/PriorityMatrix',
  component: PriorityMatrix,
  render: (args) => <PriorityHost {...args} />,
  args: { plan: sample },
  argTypes: {
    plan: { control: false },
    messages: { control: false },
    classNames: { control: false },
    scoreOptions: { control: false },
    split: { control: false },
    framework: { control: 'inline-radio', options: ['rice', 'wsjf', 'ice', 'value-effort', 'moscow'] },
    entities: { control: 'inline-radio', options: ['items', 'initiatives'] },
    colorBy: { control: 'inline-radio', options: ['goal', 'theme'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The product backlog of the built-in sample plan as points of value against effort. Arrow keys walk the points in rank order; Enter picks one up, arrows move it a step, Enter drops it. "Apply this order" puts the backlog in the framework’s order; Undo takes it back.',
      },
    },
  },
} satisfies Meta<typeof PriorityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** RICE: value is reach × impact × confidence; ↑/↓ step impact along 0.25, 0.5, 1, 2, 3, ←/→ effort by half a person-month. */
export const Rice: Story = { args: { defaultFramework: 'rice' } };

/** WSJF: cost of delay against job size; ↑/↓ step business value, ←/→ job size, along 1, 2, 3, 5, 8, 13, 20. */
export const Wsjf: Story = { args: { defaultFramework: 'wsjf' } };

/** ICE: impact × confidence against 11 − ease; ↑/↓ step impact, ←/→ ease (more effort is less ease), 1 to 10. */
export const Ice: Story = { args: { defaultFramework: 'ice', colorBy: 'theme' }, tags: OWN_PAGE };

/** Value / effort on the default criteria (one each, 0–5): each axis steps its heaviest criterion. */
export const ValueEffort: Story = { args: { defaultFramework: 'value-effort' }, tags: OWN_PAGE };

/** Initiatives instead of items: no backlog order to apply. */
export const Initiatives: Story = {
  args: { defaultEntities: 'initiatives', defaultFramework: 'wsjf' },
  tags: OWN_PAGE,
};

/** Real data lacks inputs: the items without them are listed beside the chart by what they lack. */
export const MissingInputs: Story = {
  args: { plan: createPlan(samplePriorities({ missing: true })) },
  tags: OWN_PAGE,
};

/** MoSCoW sorts work into four categories: no axes to plot, so the view says so and offers the frameworks with data. */
export const MoscowHasNoAxes: Story = {
  name: 'MoSCoW Has No Axes',
  args: { defaultFramework: 'moscow' },
  tags: OWN_PAGE,
};

const big = createPlan(generatePlan({ seed: 7, items: 2000, initiatives: 200, priorities: true }));

/** Two thousand generated items: every one a point, focusable and movable. */
export const TwoThousandPoints: Story = {
  name: 'Two Thousand Points',
  args: { plan: big, valueScale: 'linear' },
  tags: OWN_PAGE,
};

/** Right to left: the value axis on the right, effort growing to the left, ← a step more effort. */
export const RightToLeft: Story = { args: { dir: 'rtl', locale: 'he-IL' }, tags: OWN_PAGE };

export const DarkTheme: Story = { args: { defaultFramework: 'wsjf' }, globals: { theme: 'dark' }, tags: OWN_PAGE };
