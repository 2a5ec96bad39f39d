import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createPlan, type PlanInput } from '@throughline/core';
import { describe, expect, it, vi } from 'vitest';
import { TraceabilityMatrix } from './TraceabilityMatrix.js';

// The degenerate shapes real plans come in: the chosen rows or columns are empty, and the matrix
// says so and offers the shape that has data instead of drawing an empty grid.

const TODAY = '2026-11-25';

/** Goal G1 ← initiative I1 ← story S1 and bug B1 (no epics); `initiatives` more with no goal. */
function flatPlan(options: { goals?: boolean; items?: boolean; initiatives?: number } = {}): PlanInput {
  const goals = options.goals ?? true;
  return {
    goals: goals ? [{ id: 'G1', title: 'Activation' }] : [],
    initiatives: [
      { id: 'I1', title: 'Onboarding', goalIds: goals ? ['G1'] : [], source: 'tech' },
      ...Array.from({ length: options.initiatives ?? 0 }, (_, i) => ({
        id: `N${i}`,
        title: `Request ${i}`,
        source: 'tech' as const,
      })),
    ],
    items:
      options.items === false
        ? []
        : [
            { id: 'S1', title: 'Signup flow', kind: 'story', initiativeId: 'I1', estimate: 3 },
            { id: 'B1', title: 'Invite bounce', kind: 'bug', initiativeId: 'I1', estimate: 1 },
          ],
  };
}

const renderMatrix = (props: Partial<Parameters<typeof TraceabilityMatrix>[0]>) =>
  render(<TraceabilityMatrix plan={createPlan(flatPlan())} today={TODAY} locale="en-GB" {...props} />);

describe('TraceabilityMatrix on empty axes', () => {
  it('no epics: says so, offers items as columns, and switches to them', async () => {
    const onColsChange = vi.fn();
    renderMatrix({ rows: 'initiatives', onColsChange });
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('This plan has no epics. Show items as columns instead?');
    await userEvent.click(screen.getByRole('button', { name: 'Show items as columns' }));
    expect(onColsChange).toHaveBeenCalledWith('items');
    const grid = screen.getByRole('grid', { name: 'Traceability' });
    const headers = within(grid).getAllByRole('columnheader').slice(1);
    expect(headers.map((h) => h.querySelector('.tl-matrix-id')?.textContent)).toEqual(['S1 · Story', 'B1 · Bug']);
    expect(
      within(grid)
        .getAllByRole('gridcell')
        .filter((c) => c.dataset.link === 'direct'),
    ).toHaveLength(2);
  });

  it('keeps to the controlled contract: a controlled axis switches only when the host passes the new value', async () => {
    const onColsChange = vi.fn();
    const plan = createPlan(flatPlan());
    const { rerender } = render(
      <TraceabilityMatrix plan={plan} rows="initiatives" cols="epics" onColsChange={onColsChange} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show items as columns' }));
    expect(onColsChange).toHaveBeenCalledWith('items');
    expect(screen.queryByRole('grid')).toBeNull();
    rerender(<TraceabilityMatrix plan={plan} rows="initiatives" cols="items" onColsChange={onColsChange} />);
    expect(screen.getByRole('grid')).toBeInTheDocument();
    // Controlled with no one listening, a switch could not take effect: the reason stands alone.
    rerender(<TraceabilityMatrix plan={plan} rows="initiatives" cols="epics" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^This plan has no epics\.$/);
    expect(screen.queryByRole('button', { name: 'Show items as columns' })).toBeNull();
  });

  it('starts from defaultCols and defaultRows', () => {
    renderMatrix({ defaultRows: 'initiatives', defaultCols: 'items' });
    expect(screen.getByRole('grid')).toHaveAttribute('aria-colcount', '3');
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Onboarding');
  });

  it('no goals: rows by goal offer initiatives, and the plan’s findings come grouped', async () => {
    const onRowsChange = vi.fn();
    renderMatrix({ plan: createPlan(flatPlan({ goals: false, initiatives: 9 })), cols: 'items', onRowsChange });
    expect(screen.getByRole('status')).toHaveTextContent(
      'This plan has no goals, so no work can trace to one. Show initiatives as rows instead?',
    );
    // Ten initiatives serve no goal: one group, three shown, the rest behind "…and 7 more".
    const findings = screen.getByRole('group', { name: 'What the scorer found in this plan' });
    const group = findings.querySelector('li[data-rule="initiative-without-goal"]') as HTMLElement;
    expect(group).toHaveTextContent('Warning: 10 findings (initiative-without-goal)');
    expect(within(group).getAllByRole('listitem')).toHaveLength(3);
    const more = within(group).getByRole('button', { name: '…and 7 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(within(group).getAllByRole('listitem')).toHaveLength(10);
    expect(within(group).getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    // The fix is said once for the ten.
    expect(group.textContent?.match(/Tie it to the goal/g)).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Show initiatives as rows' }));
    expect(onRowsChange).toHaveBeenCalledWith('initiatives');
    expect(screen.getAllByRole('rowheader')).toHaveLength(10);
    // With the grid drawn, the corner header shows the plan's findings, still grouped.
    expect(screen.queryByRole('group', { name: 'What the scorer found in this plan' })).toBeNull();
    await userEvent.click(screen.getByRole('columnheader', { name: 'Goal or initiative' }));
    const plan = screen.getByRole('group', { name: 'What the scorer found in this plan' });
    expect(plan.querySelector('li[data-rule="initiative-without-goal"]')).toHaveTextContent(
      /^Warning: 10 findings .*…and 7 more$/,
    );
  });

  it('no initiatives: rows by initiative offer goals', async () => {
    renderMatrix({
      plan: createPlan({
        goals: [{ id: 'G1', title: 'Activation' }],
        items: [{ id: 'S1', title: 'x', kind: 'story' }],
      }),
      rows: undefined,
      defaultRows: 'initiatives',
      cols: 'items',
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'This plan has no initiatives, or only dropped ones. Show goals as rows instead?',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show goals as rows' }));
    expect(within(screen.getByRole('grid')).getAllByRole('rowheader')[0]).toHaveTextContent('Activation');
  });

  it('no items: says so with nothing to switch to', () => {
    renderMatrix({ plan: createPlan(flatPlan({ items: false })), rows: 'initiatives' });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('This plan has no backlog items yet.');
    expect(status).toHaveTextContent(
      'Add epics and stories in your planning tool, and link them to the initiatives they serve.',
    );
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
  });

  it('filters that hide everything say so and clear', async () => {
    renderMatrix({ rows: 'initiatives', cols: 'items', defaultOrphansOnly: true });
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches these filters.');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('checkbox', { name: 'Only work that serves no goal' })).not.toBeChecked();
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });
});

describe('TraceabilityMatrix with ids holding separators', () => {
  const odd = createPlan({
    goals: [{ id: 'goal: "north" ⭐', title: 'North star' }],
    initiatives: [
      { id: 'PROJ::1', title: 'Colons', goalIds: ['goal: "north" ⭐'] },
      { id: 'milestone:2', title: 'Prefix', goalIds: ['goal: "north" ⭐'] },
    ],
    items: [
      { id: 'ITEM 1 "quoted" 🚀', title: 'Rocket', kind: 'story', initiativeId: 'PROJ::1' },
      { id: 'PROJ::1::a', title: 'Nested', kind: 'story' },
    ],
  });

  it('links and unlinks the exact item and initiative ids', async () => {
    const onChange = vi.fn();
    render(<TraceabilityMatrix plan={odd} rows="initiatives" cols="items" onChange={onChange} />);
    const rows = screen.getAllByRole('row').slice(1);
    const prefix = rows.find((r) => r.textContent?.includes('Prefix')) as HTMLElement;
    const colons = rows.find((r) => r.textContent?.includes('Colons')) as HTMLElement;
    const [rocketAtPrefix, nestedAtPrefix] = within(prefix).getAllByRole('gridcell');
    await userEvent.click(nestedAtPrefix as HTMLElement);
    expect(onChange).toHaveBeenLastCalledWith(
      { type: 'link', itemId: 'PROJ::1::a', initiativeId: 'milestone:2' },
      expect.anything(),
    );
    await userEvent.click(rocketAtPrefix as HTMLElement);
    expect(onChange).toHaveBeenLastCalledWith(
      { type: 'link', itemId: 'ITEM 1 "quoted" 🚀', initiativeId: 'milestone:2' },
      expect.anything(),
    );
    const [rocketAtColons] = within(colons).getAllByRole('gridcell');
    (rocketAtColons as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'unlink', itemId: 'ITEM 1 "quoted" 🚀' }, expect.anything());
  });

  it('expands a goal whose id holds quotes and emoji into its initiatives', async () => {
    render(<TraceabilityMatrix plan={odd} cols="items" />);
    await userEvent.click(screen.getByRole('rowheader', { name: /North star/ }));
    expect(screen.getAllByRole('rowheader').map((h) => h.querySelector('.tl-matrix-title')?.textContent)).toEqual([
      'North star',
      'Colons',
      'Prefix',
    ]);
  });
});
