import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createPlan, groupFindings, type AlignmentReport as ScoreReport, scoreAlignment } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it, vi } from 'vitest';
import { AlignmentReport, type AlignmentReportProps } from './AlignmentReport.js';

const TODAY = '2026-11-25';
const plan = createPlan(samplePlan());
const report = scoreAlignment(plan, { today: TODAY });

const renderReport = (props: Partial<AlignmentReportProps> = {}) =>
  render(<AlignmentReport plan={plan} today={TODAY} locale="en-US" {...props} />);

/** The disclosure button of the findings group of a rule. */
const groupToggle = (rule: string) => screen.getByRole('button', { name: new RegExp(`\\(${rule}\\)$`) });

describe('AlignmentReport', () => {
  it('says the score as a meter and in words, and each sub-score with what it counted out of what', () => {
    renderReport();
    expect(screen.getByRole('heading', { level: 2, name: 'Alignment report' })).toBeInTheDocument();
    expect(
      screen.getByText('Scored on Nov 25, 2026 · Product backlog: Relay product backlog · Now: Now'),
    ).toBeVisible();
    const gauge = screen.getByRole('meter', { name: 'Alignment score' });
    expect(gauge).toHaveAttribute('aria-valuetext', '81.7 out of 100: good');
    expect(gauge).toHaveValue(81.7);
    expect(screen.getByText('81.7 out of 100: good')).toBeVisible();

    const bars = within(screen.getByRole('list', { name: 'What the score is made of' })).getAllByRole('listitem');
    expect(bars).toHaveLength(5);
    const traceability = screen.getByRole('meter', { name: 'Traceability' });
    expect(traceability).toHaveAttribute('aria-valuetext', '87.5%: 16.59 of 18.96');
    expect(bars[0]).toHaveTextContent('Traceability87.5%');
    expect(bars[0]).toHaveTextContent('16.59 of 18.96 · weight 0.35');
    expect(bars[0]).toHaveTextContent(report.subScores[0]?.explanation ?? '?');
    expect(screen.getByRole('meter', { name: 'Coverage' })).toHaveAttribute('aria-valuetext', '66.7%: 4 of 6');
  });

  it('groups the findings by rule, each group a disclosure with its count, severity and fix', async () => {
    renderReport();
    const groups = groupFindings(report.findings);
    expect(screen.getByRole('heading', { name: `${report.findings.length} findings` })).toBeInTheDocument();
    expect(screen.getByText('5 errors, 8 warnings')).toBeVisible();
    const toggles = screen.getAllByRole('button', { expanded: false });
    expect(toggles).toHaveLength(groups.length);
    expect(toggles[0]).toHaveTextContent('Error: 1 finding (unaligned-priority)');
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(groups.length);
    const stale = groupToggle('stale-items');
    expect(stale.closest('li')).toHaveTextContent('Fix: Groom them');
    // Closed groups do not draw their findings.
    expect(screen.queryByText(/9 open items have not been updated/)).toBeNull();
    await userEvent.click(stale);
    expect(stale).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(stale.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(panel).toHaveTextContent('9 open items have not been updated in 120 days or more.');
    const concerns = within(panel).getByRole('list', { name: 'Concerns' });
    expect(within(concerns).getAllByRole('listitem')).toHaveLength(9);
  });

  it('tells onSelect which item or initiative a finding names', async () => {
    const onSelect = vi.fn();
    renderReport({ onSelect });
    await userEvent.click(groupToggle('unaligned-priority'));
    await userEvent.click(screen.getByRole('button', { name: 'Item Custom emoji reactions for Acme Corp IMP-8' }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'item', id: 'IMP-8' });
    await userEvent.click(groupToggle('dependency-scheduled-later'));
    await userEvent.click(screen.getByRole('button', { name: /^Initiative Analytics-ready event platform/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'initiative', id: 'init-data-platform' });
    // Goal rows link too.
    await userEvent.click(screen.getByRole('button', { name: 'Lift new-workspace activation' }));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'goal', id: 'goal-activation' });
  });

  it('writes what a finding names as text when the host does not navigate', async () => {
    renderReport();
    await userEvent.click(groupToggle('unaligned-priority'));
    const concerns = screen.getByRole('list', { name: 'Concerns' });
    expect(concerns).toHaveTextContent('Item Custom emoji reactions for Acme Corp IMP-8');
    expect(within(concerns).queryByRole('button')).toBeNull();
  });

  it('shows the report it is given over the plan’s own, and says which ids the plan does not hold', async () => {
    const given: ScoreReport = {
      ...report,
      score: 42,
      findings: [
        {
          rule: 'stale-items',
          severity: 'warn',
          message: 'Two are stale.',
          ids: ['IMP-8', 'PROJ::1 🧪'],
          hint: 'Groom.',
        },
      ],
    };
    renderReport({ report: given, onSelect: vi.fn() });
    expect(screen.getByRole('meter', { name: 'Alignment score' })).toHaveAttribute(
      'aria-valuetext',
      '42.0 out of 100: poor',
    );
    expect(screen.getByRole('heading', { name: '1 finding' })).toBeInTheDocument();
    await userEvent.click(groupToggle('stale-items'));
    const concerns = within(screen.getByRole('list', { name: 'Concerns' })).getAllByRole('listitem');
    expect(concerns.map((li) => li.textContent)).toEqual([
      'Item Custom emoji reactions for Acme Corp IMP-8',
      'PROJ::1 🧪 (not in this plan)',
    ]);
    expect(within(concerns[1] as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('compares each goal’s share of the effort with an even share, and the share that serves no goal', () => {
    renderReport();
    const table = screen.getByRole('table', { name: 'Effort by goal' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Goal', 'Effort', 'Expected']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(report.goals.length + 1);
    const even = `${Math.round(1000 / report.goals.length) / 10}%`;
    report.goals.forEach((goal, at) => {
      const share = `${Math.round(goal.effortShare * 1000) / 10}%`;
      expect(
        within(rows[at] as HTMLElement)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ).toEqual([share, even]);
    });
    expect(rows.at(-1)).toHaveTextContent(/^Serves no goal\d+(\.\d)?%–$/);
  });

  it('draws the refinement shape band by band against 20/30/50, in words', () => {
    renderReport();
    const bands = within(screen.getByRole('list', { name: 'Refinement shape' })).getAllByRole('listitem');
    expect(bands.map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        /^Top 20% 18 items, should be readyReady: 11 · Partial: \d+ · Rough: \d+ · 11 of 18 meet the bar$/,
      ),
      expect.stringMatching(
        /^Next 30% 26 items, should be at least partialReady: \d+ · Partial: \d+ · Rough: 3 · 23 of 26 meet the bar$/,
      ),
      expect.stringMatching(/^Rest \(50%\) 43 items, may stay roughReady: \d+ · Partial: \d+ · Rough: \d+$/),
    ]);
  });

  it('says why a part is empty: no goals, no product backlog', () => {
    const input = samplePlan();
    const { unmount } = renderReport({
      plan: createPlan({
        ...input,
        goals: [],
        themes: input.themes?.map((theme) => ({ ...theme, goalIds: [] })),
        initiatives: input.initiatives?.map((initiative) => ({ ...initiative, goalIds: [] })),
      }),
    });
    expect(screen.getByText('This plan has no goals, so no effort can serve one.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    unmount();
    renderReport({ plan: createPlan({ ...input, backlogs: input.backlogs?.filter((b) => b.kind !== 'product') }) });
    expect(screen.getAllByText('There is no product backlog to measure.')).toHaveLength(2);
    expect(screen.getByText(/No product backlog · Now: Now$/)).toBeVisible();
    // Traceability, readiness and hygiene read the product backlog: each says it measured nothing.
    expect(screen.queryByRole('meter', { name: 'Readiness' })).toBeNull();
    expect(screen.getAllByText(/^Not measured/)).toHaveLength(3);
  });

  it('shows the problems instead of a report for data it cannot draw', () => {
    const { unmount } = renderReport({ plan: 42 });
    expect(screen.getByRole('alert')).toHaveTextContent('This report cannot be shown: fix these problems in the data.');
    unmount();
    renderReport({ plan: { items: [{ id: 'E1', title: 'Signup', kind: 'saga' }] }, strict: true });
    expect(screen.getByRole('alert')).toHaveTextContent('items[0].kind');
    expect(screen.queryByRole('meter')).toBeNull();
  });

  it('draws data with problems salvaged, under the notice', () => {
    renderReport({
      plan: { ...samplePlan(), items: [...(samplePlan().items ?? []), { id: 'X', title: 'Odd', kind: 'saga' }] },
    });
    expect(screen.getByRole('status')).toHaveTextContent(/1 problem in the data/);
    expect(screen.getByRole('meter', { name: 'Alignment score' })).toBeInTheDocument();
  });

  it('speaks the host’s language', () => {
    renderReport({
      messages: {
        title: 'Ausrichtung',
        scoreHeading: 'Punktzahl',
        band: { good: 'gut', fair: 'mittel', poor: 'schwach', unmeasured: 'nichts gemessen' },
        gauge: (score, band) => `${score} von 100: ${band}`,
        goalsHeading: 'Aufwand je Ziel',
      },
      locale: 'de-DE',
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Ausrichtung' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Punktzahl' })).toHaveAttribute('aria-valuetext', '81,7 von 100: gut');
    expect(screen.getByRole('table', { name: 'Aufwand je Ziel' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Traceability' })).toHaveAttribute(
      'aria-valuetext',
      '87,5 %: 16,59 of 18,96',
    );
  });
});
