import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PlanInput } from '@throughline/core';
import { type ImportResult, importGitHubIssues, importJiraCsv, importLinearCsv } from '@throughline/import';
import { generateJiraCsv } from '../../../import/src/fixtures/generate.js';
import githubIssues from '../../../import/src/fixtures/github-issues.json?raw';
import jiraCsv from '../../../import/src/fixtures/jira-export.csv?raw';
import linearCsv from '../../../import/src/fixtures/linear-export.csv?raw';
import { BacklogList } from '../BacklogList/BacklogList.js';
import { usePlanHistory } from '../history/usePlanHistory.js';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline.js';
import { LastChange, storyPlan, storyPlanProp } from '../shared/PlanHost.story.js';
import { TraceabilityMatrix } from '../TraceabilityMatrix/TraceabilityMatrix.js';
import { ImportReportSummary } from './ImportReportSummary.story.js';

/** The product backlog and the last sprint of an import, the two lists a team looks at first. */
function backlogsOf(input: PlanInput): string[] {
  const backlogs = input.backlogs ?? [];
  const product = backlogs.find((b) => b.kind === 'product');
  const sprint = backlogs.filter((b) => b.kind === 'sprint').at(-1);
  return [product, sprint].flatMap((b) => (b ? [b.id] : []));
}

/**
 * A host page fed straight from a tracker export: the importer's output goes to every view as raw
 * data (salvaged there if it has problems), with the import report above it.
 */
function ImportedPlan({ name, result }: { name: string; result: ImportResult }) {
  const history = usePlanHistory(() => storyPlan(result.input));
  const plan = storyPlanProp(history, result.input);
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <ImportReportSummary name={name} report={result.report} />
      <h2>Roadmap</h2>
      <RoadmapTimeline plan={plan} onChange={history.apply} today="2026-12-01" />
      <h2>Backlog</h2>
      <BacklogList plan={plan} onChange={history.apply} backlogIds={backlogsOf(result.input)} />
      <h2>Traceability</h2>
      <TraceabilityMatrix plan={plan} onChange={history.apply} />
      <LastChange history={history} />
    </div>
  );
}

const meta = {
  title: 'Imported/From trackers',
  component: ImportedPlan,
  parameters: {
    docs: {
      description: {
        component:
          'Exports in the layouts Jira, Linear and GitHub write them, through `@throughline/import`, drawn by every view.',
      },
    },
  },
} satisfies Meta<typeof ImportedPlan>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A Jira Cloud CSV export: repeated Sprint, Labels and Fix Version/s columns, `14/Jul/25 3:42 PM` dates. */
export const ImportedFromJira: Story = {
  args: { name: 'Jira CSV', result: importJiraCsv(jiraCsv, { baseUrl: 'https://acme.atlassian.net' }) },
};

/** The same layout, 2,000 generated rows, with each Epic as an initiative on the roadmap. */
export const ImportedFromJiraEpicsAsInitiatives: Story = {
  args: {
    name: 'Jira CSV, 2,000 rows',
    result: importJiraCsv(generateJiraCsv({ rows: 2000, seed: 4 }), { initiativesFrom: 'epics' }),
  },
  tags: ['!autodocs'],
};

/** A Linear CSV export: projects become initiatives, Linear initiatives goals, cycles sprints. */
export const ImportedFromLinear: Story = {
  args: { name: 'Linear CSV', result: importLinearCsv(linearCsv) },
};

/** GitHub's REST issues: milestones become release horizons, labels kinds, pull requests skipped. */
export const ImportedFromGitHub: Story = {
  args: { name: 'GitHub issues', result: importGitHubIssues(githubIssues) },
};
