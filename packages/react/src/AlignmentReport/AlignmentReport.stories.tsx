import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan, type PlanRef, scoreAlignment } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { useState } from 'react';
import { useBaseline } from '../shared/useBaseline.js';
import { AlignmentReport, type AlignmentReportProps } from './AlignmentReport.js';

/** Variants of the sample in another theme, direction or width stay off the docs page (each is its own story). */
const OWN_PAGE = ['!autodocs'];
const TODAY = '2026-11-25';
const input = samplePlan();
const sample = createPlan(input);

/** The component as a host embeds it: the last goal, initiative or item it named printed below. */
function Host(props: AlignmentReportProps) {
  const [selected, setSelected] = useState<PlanRef | null>(null);
  return (
    <>
      <AlignmentReport
        {...props}
        onSelect={(ref) => {
          setSelected(ref);
          props.onSelect?.(ref);
        }}
      />
      <output className="tl-story-output" aria-label="Last selection">
        {selected ? JSON.stringify(selected) : 'Nothing selected yet'}
      </output>
    </>
  );
}

const lastQuarter = sampleBaseline();

/** A host comparing the plan it shows with the sample's last quarterly review (`useBaseline`). */
function BaselineHost(props: AlignmentReportProps) {
  return <Host {...props} baseline={useBaseline(sample, lastQuarter)} />;
}

const meta = {
  title: 'Views/AlignmentReport',
  component: AlignmentReport,
  render: (args) => <Host {...args} />,
  args: { plan: sample, today: TODAY },
  argTypes: {
    plan: { control: false },
    report: { control: false },
    baseline: { control: false },
    scoreOptions: { control: false },
    messages: { control: false },
    classNames: { control: false },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The alignment score explained, on the built-in sample plan: the gauge and its sub-scores, the findings by rule (open a group, then follow a link), the effort by goal and the backlog's 20/30/50 shape.",
      },
    },
  },
} satisfies Meta<typeof AlignmentReport>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample plan scored on 25 November 2026: 81.7, thirteen findings. */
export const SamplePlan: Story = {};

/**
 * A plan whose goals are gone (its themes and initiatives name none): focus and traceability fall,
 * every initiative is a "serves no goal" finding, and the effort by goal says why it is empty.
 */
export const NoGoals: Story = {
  args: {
    plan: createPlan({
      ...input,
      goals: [],
      themes: input.themes?.map((theme) => ({ ...theme, goalIds: [] })),
      initiatives: input.initiatives?.map((initiative) => ({ ...initiative, goalIds: [] })),
    }),
  },
};

/** A plan with sprints but no product backlog: what reads the backlog says it measured nothing. */
export const NoProductBacklog: Story = {
  args: { plan: createPlan({ ...input, backlogs: input.backlogs?.filter((backlog) => backlog.kind !== 'product') }) },
};

const hostOptions = {
  weights: { traceability: 0.5 },
  rules: { 'stale-items': ['warn', { staleDays: 60 }] },
} as const;

/**
 * A report the host computed (on its server, say) with its own options: hygiene judged at 60 days,
 * traceability weighing half. The view draws it as given; `scoreOptions` says how it was scored.
 * Two goals state a weight, so the effort is compared with weighted shares.
 */
export const GivenReport: Story = {
  args: (() => {
    const weighted = createPlan({
      ...input,
      goals: input.goals?.map((goal, at) => (at < 2 ? { ...goal, weight: 3 - at } : goal)),
    });
    return {
      plan: weighted,
      report: scoreAlignment(weighted, { ...hostOptions, today: TODAY }),
      scoreOptions: hostOptions,
    };
  })(),
};

/**
 * The sample plan against its last quarterly review ("Q3 review"): the score then and now by the
 * gauge, each sub-score's change in points, and the links suspect since (the retention goal was
 * rewritten, the data platform moved a horizon) counting half and listed under suspect-links.
 */
export const ThenAndNow: Story = { render: (args) => <BaselineHost {...args} /> };

export const DarkTheme: Story = { globals: { theme: 'dark' }, tags: OWN_PAGE };

/** Right to left: the gauge fills from the right, bars and disclosure marks follow. */
export const RightToLeft: Story = { args: { dir: 'rtl', locale: 'he-IL' }, tags: OWN_PAGE };

/** In a 320 px column, as a side panel: the parts stack, bars and tables keep within it. */
export const Narrow: Story = {
  tags: OWN_PAGE,
  decorators: [
    (Story) => (
      <div className="tl-story-narrow" style={{ inlineSize: 320, maxInlineSize: '100%' }}>
        <Story />
      </div>
    ),
  ],
};
