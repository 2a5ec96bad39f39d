import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { baselineView, createPlan, type Plan, type PlanOrSnapshot, scoreAlignment } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { useBaseline } from '../shared/useBaseline.js';
import { AlignmentReport, type AlignmentReportProps } from './AlignmentReport.js';

const TODAY = '2026-11-25';
const input = samplePlan();
const plan = createPlan(input);
const lastQuarter = sampleBaseline();
/** The sample without its product backlog: readiness has no backlog to count. */
const noProduct = createPlan({ ...input, backlogs: input.backlogs?.filter((backlog) => backlog.kind !== 'product') });

/** A host comparing the plan it shows with a baseline, as the docs show. */
function Host({ against, ...props }: Omit<AlignmentReportProps, 'plan'> & { plan?: Plan; against: PlanOrSnapshot }) {
  const shown = props.plan ?? plan;
  return (
    <AlignmentReport today={TODAY} locale="en-US" {...props} plan={shown} baseline={useBaseline(shown, against)} />
  );
}

/** A sub-score's list item, by its name. */
const bar = (name: string) =>
  within(screen.getByRole('list', { name: 'What the score is made of' }))
    .getByText(name, { selector: '.tl-report-bar-name' })
    .closest('li') as HTMLElement;
const drawn = (element: HTMLElement) => element.querySelector('[aria-hidden="true"]')?.textContent;

describe('AlignmentReport against a baseline', () => {
  it('says the score then and now by the gauge, drawn with its glyph and read whole', () => {
    render(<Host against={lastQuarter} />);
    // Today's score counts the suspect links half: 74.2, against the baseline's 82.6.
    expect(screen.getByRole('meter', { name: 'Alignment score' })).toHaveAttribute(
      'aria-valuetext',
      '74.2 out of 100: fair',
    );
    const change = document.querySelector('.tl-report-gauge .tl-report-change') as HTMLElement;
    expect(change).toHaveAttribute('data-change', 'down');
    expect(drawn(change)).toBe('▼ 82.6 → 74.2, −8.4 since Q3 review');
    expect(within(change).getByText('Down 8.4 points since Q3 review, from 82.6 to 74.2')).toHaveClass(
      'tl-visually-hidden',
    );
  });

  it("scores the baseline as it stood even when the host's options carry today's suspects", () => {
    const suspects = baselineView(plan, lastQuarter).suspects;
    render(<Host against={lastQuarter} scoreOptions={{ suspects }} />);
    const change = document.querySelector('.tl-report-gauge .tl-report-change') as HTMLElement;
    expect(drawn(change)).toBe('▼ 82.6 → 74.2, −8.4 since Q3 review');
  });

  it('gives each sub-score its change in percentage points, as its bar shows a percentage', () => {
    render(<Host against={lastQuarter} />);
    const traceability = bar('Traceability');
    const change = traceability.querySelector('.tl-report-bar-change') as HTMLElement;
    expect(change).toHaveAttribute('data-change', 'down');
    expect(drawn(change)).toBe('▼ −22.8 pts');
    expect(traceability).toHaveTextContent('Down 22.8 percentage points since Q3 review, from 89%');
    expect(drawn(bar('Readiness').querySelector('.tl-report-bar-change') as HTMLElement)).toBe('▲ +0.5 pts');
    const coverage = bar('Coverage').querySelector('.tl-report-bar-change') as HTMLElement;
    expect(coverage).toHaveAttribute('data-change', 'none');
    expect(drawn(coverage)).toBe('= ±0.0 pts');
    expect(coverage).toHaveTextContent('Unchanged since Q3 review, at 66.7%');
  });

  it('lists the links suspect since the baseline under the suspect-links rule', async () => {
    render(<Host against={lastQuarter} />);
    const toggle = screen.getByRole('button', { name: 'Warning: 10 findings (suspect-links)' });
    await userEvent.click(toggle);
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(panel).toHaveTextContent(
      'The link from item SPIKE-6 to initiative init-data-platform is suspect: the initiative\'s horizon went from "h-next" to "h-later".',
    );
  });

  it('says a sub-score was not measured then, or what it was when it is not measured now', () => {
    const { unmount } = render(<Host against={noProduct} />);
    const readiness = bar('Readiness').querySelector('.tl-report-bar-change') as HTMLElement;
    expect(readiness).toHaveAttribute('data-change', 'unmeasured');
    expect(readiness).toHaveTextContent(/^not measured then$/);
    unmount();
    // The other way round, against a plan (no label): what it was, at "the baseline".
    render(<Host plan={noProduct} against={plan} />);
    expect(bar('Readiness').querySelector('.tl-report-bar-change')).toHaveTextContent(/^77.3% at the baseline$/);
    expect(document.querySelector('.tl-report-change')).toHaveTextContent(/since the baseline/);
  });

  it('scores only the baseline’s side beside a report the host gives', () => {
    const view = baselineView(plan, lastQuarter);
    const given = scoreAlignment(plan, { today: TODAY, suspects: view.suspects });
    render(<Host against={lastQuarter} report={given} />);
    expect(drawn(document.querySelector('.tl-report-change') as HTMLElement)).toBe(
      '▼ 82.6 → 74.2, −8.4 since Q3 review',
    );
  });

  it('shows an unreadable baseline’s problems with their paths and scores today’s plan as it is', () => {
    const newer = { ...lastQuarter, version: 9 } as unknown as PlanOrSnapshot;
    render(<Host against={newer} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /The baseline could not be read, so nothing is compared with it:.*version/,
    );
    expect(screen.getByRole('meter', { name: 'Alignment score' })).toHaveAttribute(
      'aria-valuetext',
      '81.7 out of 100: good',
    );
    expect(document.querySelector('.tl-report-change, .tl-report-bar-change')).toBeNull();
  });

  it('adds nothing without a baseline: no changes, no suspect links, no notice', () => {
    render(<AlignmentReport plan={plan} today={TODAY} locale="en-US" />);
    expect(document.querySelector('.tl-report-change, .tl-report-bar-change')).toBeNull();
    expect(screen.queryByRole('button', { name: /\(suspect-links\)$/ })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bar('Traceability').querySelector('.tl-report-bar-value')).toHaveTextContent(/^87.5%$/);
  });
});
