import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type Finding, groupFindings } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { FindingList } from './FindingList.js';

const noGoal = (id: string): Finding => ({
  rule: 'initiative-without-goal',
  severity: 'warn',
  message: `"${id}" serves no goal.`,
  ids: [id],
  hint: 'Tie it to a goal.',
});
const stale: Finding = {
  rule: 'stale-items',
  severity: 'error',
  message: '12 items are stale.',
  ids: ['BL'],
  hint: 'Groom them.',
};

describe('FindingList', () => {
  it('shows a finding alone as its message, then its fix', () => {
    render(<FindingList findings={[stale]} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('12 items are stale. Groom them.');
    expect(item).toHaveAttribute('data-severity', 'error');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('groups findings of one rule: count, severity and fix once, the first few, then “…and N more”', async () => {
    const findings = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6'].map(noGoal);
    const { container } = render(<FindingList findings={[...findings, stale]} />);
    const [first, second] = Array.from(container.querySelectorAll(':scope > ul > li')) as HTMLElement[];
    // Errors first.
    expect(first).toHaveTextContent('12 items are stale.');
    const group = second as HTMLElement;
    expect(group).toHaveAttribute('data-count', '6');
    expect(group).toHaveTextContent(/^Warning: 6 findings \(initiative-without-goal\) Fix: Tie it to a goal\./);
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['"I1" serves no goal.', '"I2" serves no goal.', '"I3" serves no goal.']);
    await userEvent.click(within(group).getByRole('button', { name: '…and 3 more' }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(6);
    await userEvent.click(within(group).getByRole('button', { name: 'Show fewer' }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(3);
  });

  it('lists a small group whole, and speaks the host language', () => {
    render(
      <FindingList
        findings={['I1', 'I2'].map(noGoal)}
        messages={{
          group: (severity, count) => `${count} × ${severity}`,
          severity: { error: 'Fehler', warn: 'Warnung' },
        }}
      />,
    );
    expect(screen.getByText('2 × Warnung')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('makes each group a disclosure when collapsible: heading, count, severity and fix in view, findings on request', async () => {
    const findings = [stale, ...['I1', 'I2'].map(noGoal)];
    render(
      <FindingList
        findings={findings}
        collapsible
        headingLevel={4}
        renderDetail={(finding) => <span>about {finding.ids.join(', ')}</span>}
      />,
    );
    const toggles = screen.getAllByRole('button');
    expect(toggles.map((b) => b.textContent)).toEqual([
      'Error: 1 finding (stale-items)',
      'Warning: 2 findings (initiative-without-goal)',
    ]);
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(2);
    expect(screen.getByText('Fix: Groom them.')).toBeVisible();
    // Closed: the findings are not drawn, and the button says so.
    const [first, second] = toggles as [HTMLElement, HTMLElement];
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('12 items are stale.')).toBeNull();
    await userEvent.click(second);
    expect(second).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(second.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['"I1" serves no goal. about I1', '"I2" serves no goal. about I2']);
    await userEvent.click(second);
    expect(within(panel).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('draws groups made elsewhere as they are', () => {
    const groups = groupFindings([noGoal('I1'), stale]);
    render(<FindingList groups={groups.slice(1)} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '"I1" serves no goal. Tie it to a goal.',
    ]);
  });
});
