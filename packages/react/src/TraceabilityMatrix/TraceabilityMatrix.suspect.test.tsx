import { act, render, renderHook, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type Change, createPlan, type Plan, snapshotPlan } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useBaseline } from '../shared/useBaseline.js';
import { TraceabilityMatrix, type TraceabilityMatrixProps } from './TraceabilityMatrix.js';

const plan = createPlan(samplePlan());
const lastQuarter = sampleBaseline();
const TODAY = '2026-11-25';
const RETENTION = 'Keep teams coming back every week';
const baselineOf = (p: Plan) => renderHook(() => useBaseline(p, lastQuarter)).result.current;
const baseline = baselineOf(plan);

const renderMatrix = (props: Partial<TraceabilityMatrixProps> = {}) =>
  render(<TraceabilityMatrix plan={plan} today={TODAY} locale="en-GB" baseline={baseline} {...props} />);

/** The cell of a piece of work on a row, by the start of its name's part after the link words. */
const cellOf = (itemId: string, row: string) =>
  screen.getByRole('gridcell', { name: new RegExp(`: ${itemId} [^,]*, ${row}$`) });

/** A host that keeps the plan, applies each change, and compares the plan it has with last quarter. */
function Host(props: { readonly onChange?: (change: Change) => void }) {
  const [current, setCurrent] = useState(plan);
  const compared = useBaseline(current, lastQuarter);
  return (
    <TraceabilityMatrix
      plan={current}
      today={TODAY}
      locale="en-GB"
      baseline={compared}
      onChange={(change, next) => {
        props.onChange?.(change);
        setCurrent(next);
      }}
    />
  );
}

const retentionLink = (initiative: string) => ({
  from: { kind: 'initiative', id: initiative },
  to: { kind: 'goal', id: 'goal-retention' },
});

describe('TraceabilityMatrix against a baseline', () => {
  it('marks each suspect cell with a pattern attribute and its reasons in words, and says how many links are suspect', () => {
    renderMatrix();
    const suspect = cellOf('EPIC-13', RETENTION);
    expect(suspect).toHaveAttribute('data-suspect', 'true');
    expect(suspect).toHaveAccessibleName(
      `Direct link, suspect: initiative horizon changed, goal title changed, goal target changed: EPIC-13 Product event pipeline, ${RETENTION}`,
    );
    expect(cellOf('EPIC-5', RETENTION)).toHaveAccessibleName(/suspect: goal title changed, goal target changed:/);
    const marked = screen.getAllByRole('gridcell').filter((cell) => cell.hasAttribute('data-suspect'));
    expect(marked).toHaveLength(6);
    expect(marked.every((cell) => /suspect: /.test(cell.getAttribute('aria-label') ?? ''))).toBe(true);
    expect(screen.getByText(/^10 suspect links: what the link points to changed since the baseline/)).toBeVisible();
  });

  it('shows why a cell is suspect, each reason with the value then and now, when Enter is pressed on it', async () => {
    const user = userEvent.setup();
    renderMatrix();
    cellOf('EPIC-13', RETENTION).focus();
    await user.keyboard('{Enter}');
    const details = screen.getByRole('group', {
      name: `Why the link of EPIC-13 Product event pipeline to ${RETENTION} is suspect`,
    });
    const items = within(details)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('ul') === null)
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Initiative horizon: ‘Next’ → ‘Later’',
      `Goal title: ‘Keep teams coming back’ → ‘${RETENTION}’`,
      'Goal target: 75 → 70',
    ]);
    expect(details).toHaveTextContent('EPIC-13 Product event pipeline → Analytics-ready event platform');
    expect(details).toHaveTextContent(`Analytics-ready event platform → ${RETENTION}`);
    // Without onChange the matrix cannot record a review: the reasons, and no button.
    expect(within(details).queryByRole('button', { name: 'Mark reviewed' })).toBeNull();
    expect(cellOf('EPIC-13', RETENTION)).toHaveFocus();
  });

  it('emits one review-link for a single suspect link, a batch for two, keeps focus on the cell and says so', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderMatrix({ onChange });
    cellOf('EPIC-5', RETENTION).focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Mark reviewed' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const [change, next] = onChange.mock.calls[0] as [Change, Plan];
    expect(change).toEqual({ type: 'review-link', link: retentionLink('init-reporting') });
    expect(next.reviewedLinks).toHaveLength(1);
    expect(cellOf('EPIC-5', RETENTION)).toHaveFocus();
    expect(screen.queryByRole('group', { name: /^Why the link/ })).toBeNull();
    expect(screen.getByText('Link reviewed.')).toBeInTheDocument();

    cellOf('EPIC-13', RETENTION).focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Mark reviewed' }));
    expect(onChange.mock.calls[1]?.[0]).toEqual({
      type: 'batch',
      changes: [
        {
          type: 'review-link',
          link: { from: { kind: 'item', id: 'EPIC-13' }, to: { kind: 'initiative', id: 'init-data-platform' } },
        },
        { type: 'review-link', link: retentionLink('init-data-platform') },
      ],
    });
    expect(screen.getByText('2 links reviewed.')).toBeInTheDocument();
  });

  it('clears a cell only once the host draws the plan that records the review', async () => {
    const user = userEvent.setup();
    const changes: Change[] = [];
    render(<Host onChange={(change) => changes.push(change)} />);
    const cell = cellOf('EPIC-5', RETENTION);
    expect(cell).toHaveAttribute('data-suspect', 'true');
    cell.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Mark reviewed' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(changes).toHaveLength(1);
    expect(cellOf('EPIC-5', RETENTION)).not.toHaveAttribute('data-suspect');
    expect(cellOf('EPIC-5', RETENTION)).toHaveAccessibleName(`Direct link: EPIC-5 Team health dashboard, ${RETENTION}`);
    expect(cellOf('EPIC-5', RETENTION)).toHaveFocus();
    // Other cells of the same goal keep their own initiatives' links, still suspect.
    expect(cellOf('EPIC-7', RETENTION)).toHaveAttribute('data-suspect', 'true');

    // A host that records nothing leaves the cell as it was.
    const ignored = vi.fn();
    const { unmount } = render(
      <TraceabilityMatrix plan={plan} today={TODAY} baseline={baseline} onChange={ignored} rows="initiatives" />,
    );
    const row = screen.getAllByRole('grid')[1] as HTMLElement;
    const other = within(row).getByRole('gridcell', { name: /: EPIC-13 [^,]*, Analytics-ready event platform$/ });
    act(() => other.focus());
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Mark reviewed' }));
    expect(ignored).toHaveBeenCalledTimes(1);
    expect(other).toHaveAttribute('data-suspect', 'true');
    unmount();
  });

  it('shows no Mark reviewed button in a read-only matrix, and says so in its instructions', async () => {
    const user = userEvent.setup();
    renderMatrix({ readOnly: true, onChange: vi.fn() });
    expect(screen.getAllByRole('rowheader')[0]).toHaveAccessibleDescription(
      /On a cell marked suspect, Enter or Space shows below the grid why\.$/,
    );
    cellOf('EPIC-5', RETENTION).focus();
    await user.keyboard('{Enter}');
    const details = screen.getByRole('group', { name: /^Why the link of EPIC-5/ });
    expect(details).toHaveTextContent('Goal target: 75 → 70');
    expect(within(details).queryByRole('button', { name: 'Mark reviewed' })).toBeNull();
  });

  it('draws today’s plan with a notice naming the problem when the baseline cannot be read', () => {
    const newer = { ...snapshotPlan(plan, { label: 'Q3' }), version: 9 };
    renderMatrix({ baseline: renderHook(() => useBaseline(plan, newer as never)).result.current });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /The baseline could not be read, so nothing is compared with it:.*version/,
    );
    expect(screen.getAllByRole('gridcell').some((cell) => cell.hasAttribute('data-suspect'))).toBe(false);
    expect(screen.queryByText(/suspect links?:/)).toBeNull();
  });

  it('steps focus from one suspect cell to the next with the legend’s button, row by row, wrapping round', async () => {
    const user = userEvent.setup();
    renderMatrix();
    const next = screen.getByRole('button', { name: 'Next suspect cell' });
    const order = ['EPIC-5', 'EPIC-6', 'EPIC-7', 'EPIC-10', 'EPIC-12', 'EPIC-13', 'EPIC-5'];
    const reached: string[] = [];
    for (const _ of order) {
      await user.click(next);
      const cell = document.activeElement as HTMLElement;
      expect(cell).toHaveAttribute('data-suspect', 'true');
      reached.push(/: ([A-Z]+-\d+) /.exec(cell.getAttribute('aria-label') ?? '')?.[1] ?? '');
    }
    expect(reached).toEqual(order);
  });

  it('says so when no cell shown holds a suspect link', async () => {
    const user = userEvent.setup();
    renderMatrix({ rows: 'initiatives', columns: ['bug'] });
    await user.click(screen.getByRole('button', { name: 'Next suspect cell' }));
    expect(screen.getByText(/^No cell shown holds a suspect link/)).toBeInTheDocument();
  });

  it('finds the suspect cells with rows and columns swapped', () => {
    renderMatrix({ rows: 'initiatives', defaultTransposed: true });
    const cell = screen.getByRole('gridcell', {
      name: /^Direct link, suspect: initiative horizon changed: Analytics-ready event platform, EPIC-13 /,
    });
    expect(cell).toHaveAttribute('data-suspect', 'true');
  });

  it('unlinks a suspect cell’s own link from its details, and offers no Unlink where the link is a goal’s', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderMatrix({ rows: 'initiatives', onChange });
    const cell = screen.getByRole('gridcell', {
      name: /^Direct link, suspect: initiative horizon changed: EPIC-13 [^,]*, Analytics-ready event platform$/,
    });
    cell.focus();
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Unlink' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).toEqual({ type: 'unlink', itemId: 'EPIC-13' });
    expect(screen.queryByRole('group', { name: /^Why the link/ })).toBeNull();
    expect(screen.getByText(/^Unlinked /)).toBeInTheDocument();

    onChange.mockClear();
    renderMatrix({ onChange });
    const goalCell = screen.getAllByRole('gridcell', { name: new RegExp(`: EPIC-5 [^,]*, ${RETENTION}$`) }).at(-1);
    goalCell?.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Mark reviewed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unlink' })).toBeNull();
  });
});
