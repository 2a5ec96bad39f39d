import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import {
  applyChange,
  createPlan,
  movePriorityPoint,
  type Plan,
  priorityMatrixView,
  rankBy,
  scorePriorities,
} from '@throughline/core';
import { describe, expect, it, vi } from 'vitest';
import { samplePriorities } from './PriorityHost.story.js';
import { PriorityMatrix, type PriorityMatrixProps } from './PriorityMatrix.js';

const plan = createPlan(samplePriorities());
const report = scorePriorities(plan, { framework: 'rice' });
const view = priorityMatrixView(plan, report);

const renderMatrix = (props: Partial<PriorityMatrixProps> = {}) =>
  render(<PriorityMatrix plan={plan} locale="en-GB" {...props} />);

const chart = () => screen.getByRole('group', { name: 'RICE: value against effort' });
const points = () => within(chart()).getAllByRole('button');
const said = () => document.querySelector('[data-part="announcer"]')?.textContent?.replace(/\u00a0$/, '');
/** The point of rank `rank` (0 = top). */
const pointAt = (rank: number) => {
  const point = chart().querySelector(`[data-rank="${rank}"]`);
  if (!(point instanceof SVGElement)) throw new Error(`no point of rank ${rank}`);
  return point;
};

describe('PriorityMatrix', () => {
  it('draws a point per scored item, each named by its title, rank, value, effort and quadrant', () => {
    renderMatrix();
    expect(view.points.length).toBeGreaterThan(40);
    expect(points()).toHaveLength(view.points.length);
    const top = view.points[0];
    expect(pointAt(0)).toHaveAccessibleName(
      new RegExp(
        `^${top?.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, rank 1: value .+, effort .+, (quick win|big bet|filler|money pit); `,
      ),
    );
    for (const point of view.points) {
      expect(pointAt(point.rank)).toHaveAttribute('data-quadrant', point.quadrant);
      // Work that reaches no goal is a diamond, not only another colour.
      expect(pointAt(point.rank).tagName).toBe(point.untraced ? 'path' : 'circle');
    }
  });

  it('lists the framework’s order beside the chart, twenty at a time, with each item’s score and gap', async () => {
    renderMatrix();
    const ranked = screen.getByRole('group', { name: 'RICE order' });
    const entries = () => within(ranked).getAllByRole('listitem');
    expect(entries()).toHaveLength(20);
    expect(entries()[0]).toHaveTextContent(view.points[0]?.title ?? '');
    const gapped = view.points.slice(0, 20).find((point) => (point.gap ?? 0) > 0);
    const entry = entries()[gapped?.rank ?? -1];
    expect(entry).toHaveTextContent(`${gapped?.gap} up`);
    await userEvent.click(within(ranked).getByRole('button', { name: 'Show 20 more' }));
    expect(entries()).toHaveLength(Math.min(40, view.points.length));
  });

  it('walks the points in rank order with the arrows, and tabs in at the top one', async () => {
    renderMatrix({ onChange: () => {} });
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(pointAt(0)).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(pointAt(2)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(pointAt(1)).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(pointAt(view.points.length - 1)).toHaveFocus();
    expect(pointAt(view.points.length - 1)).toHaveAttribute('tabindex', '0');
    expect(pointAt(0)).toHaveAttribute('tabindex', '-1');
  });

  it('picks a point up with Enter, steps its impact with ↑ and its effort with →, and drops it as one set-priority change', async () => {
    const onChange = vi.fn();
    renderMatrix({ onChange });
    const point = view.points[3];
    if (!point) throw new Error('no point');
    pointAt(3).focus();
    await userEvent.keyboard('{Enter}');
    expect(said()).toMatch(new RegExp(`^Picked up ${point.title}`));
    await userEvent.keyboard('{ArrowUp}{ArrowRight}');
    expect(pointAt(3)).toHaveAttribute('aria-pressed', 'true');
    expect(said()).toMatch(/impact \d/);
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    const expected = movePriorityPoint(plan, point.ref, { value: 1, effort: 1 }, { framework: 'rice' });
    expect(expected).not.toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);
    const [change, next] = onChange.mock.calls[0] as [unknown, Plan];
    expect(change).toEqual(expected);
    const applied = applyChange(plan, expected as never);
    expect(applied.ok && next.items.find((i) => i.id === point.ref.id)?.priority).toEqual(
      applied.ok ? applied.plan.items.find((i) => i.id === point.ref.id)?.priority : undefined,
    );
    expect(said()).toMatch(new RegExp(`^Dropped ${point.title}`));
  });

  it('puts a point back on Escape, and when focus leaves it, with no change', async () => {
    const onChange = vi.fn();
    renderMatrix({ onChange });
    pointAt(0).focus();
    await userEvent.keyboard('{Enter}{ArrowUp}{Escape}');
    expect(said()).toMatch(/put back where it was/);
    await userEvent.keyboard('{Enter}{ArrowRight}');
    await userEvent.tab();
    expect(pointAt(0)).not.toHaveAttribute('aria-pressed');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('mirrors the effort keys right to left: ← is a step more effort', async () => {
    const onChange = vi.fn();
    renderMatrix({ onChange, dir: 'rtl' });
    const point = view.points[0];
    if (!point) throw new Error('no point');
    pointAt(0).focus();
    await userEvent.keyboard('{Enter}{ArrowLeft}{Enter}');
    expect(onChange.mock.calls[0]?.[0]).toEqual(
      movePriorityPoint(plan, point.ref, { effort: 1 }, { framework: 'rice' }),
    );
  });

  it('applies the framework’s order to the product backlog as rankBy’s batch', async () => {
    const onChange = vi.fn();
    renderMatrix({ onChange });
    await userEvent.click(screen.getByRole('button', { name: 'Apply this order' }));
    const ranked = rankBy(plan, plan.backlogs.find((b) => b.kind === 'product')?.id ?? '', report);
    if (!ranked.ok) throw new Error(ranked.error.message);
    expect(ranked.change.changes.length).toBeGreaterThan(0);
    expect(onChange).toHaveBeenCalledWith(ranked.change, expect.anything());
    expect(said()).toBe(`Put Relay product backlog in RICE order: ${ranked.change.changes.length} items moved.`);
  });

  it('says why the order cannot be applied: read only, initiatives, already in order', () => {
    const { unmount } = renderMatrix({ readOnly: true, onChange: () => {} });
    expect(screen.getByRole('button', { name: 'Apply this order' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Apply this order' })).toHaveAccessibleDescription(
      'This view cannot change the plan.',
    );
    unmount();
    const ranked = rankBy(plan, plan.backlogs.find((b) => b.kind === 'product')?.id ?? '', report);
    if (!ranked.ok) throw new Error(ranked.error.message);
    const ordered = applyChange(plan, ranked.change);
    if (!ordered.ok) throw new Error(ordered.error.message);
    const { unmount: unmountOrdered } = render(<PriorityMatrix plan={ordered.plan} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Apply this order' })).toHaveAccessibleDescription(
      'The backlog is already in this order.',
    );
    unmountOrdered();
    renderMatrix({ onChange: () => {}, defaultEntities: 'initiatives' });
    expect(screen.getByRole('button', { name: 'Apply this order' })).toHaveAccessibleDescription(
      'Initiatives have no backlog order: show items to apply it.',
    );
  });

  it('selects a point on Enter when read only, and from the ranked list', async () => {
    const onSelect = vi.fn();
    renderMatrix({ readOnly: true, onSelect });
    pointAt(1).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(view.points[1]?.ref);
    await userEvent.click(screen.getByRole('button', { name: view.points[2]?.title ?? '' }));
    expect(onSelect).toHaveBeenLastCalledWith(view.points[2]?.ref);
    await userEvent.click(pointAt(4));
    expect(onSelect).toHaveBeenLastCalledWith(view.points[4]?.ref);
    expect(pointAt(4)).toHaveFocus();
    expect(pointAt(1)).not.toHaveAttribute('aria-pressed');
  });

  it('switches framework through its control, and follows a host that owns it', async () => {
    const onFrameworkChange = vi.fn();
    const { rerender } = renderMatrix({ onFrameworkChange });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Framework' }), 'wsjf');
    expect(onFrameworkChange).toHaveBeenCalledWith('wsjf');
    expect(screen.getByRole('group', { name: 'WSJF: value against effort' })).toBeInTheDocument();
    rerender(<PriorityMatrix plan={plan} framework="ice" onFrameworkChange={onFrameworkChange} />);
    expect(screen.getByRole('group', { name: 'ICE: value against effort' })).toBeInTheDocument();
  });

  it('says MoSCoW has no axes, and offers the frameworks the items carry', async () => {
    renderMatrix({ defaultFramework: 'moscow' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'MoSCoW sorts work into must, should, could and won’t'.replace('’', "'"),
    );
    expect(screen.queryByRole('group', { name: /value against effort/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show RICE instead' }));
    expect(chart()).toBeInTheDocument();
  });

  it('lists the items it cannot plot by what they lack', () => {
    const missing = createPlan(samplePriorities({ missing: true }));
    const missingView = priorityMatrixView(missing, scorePriorities(missing, { framework: 'rice' }));
    render(<PriorityMatrix plan={missing} />);
    const aside = screen.getByRole('group', { name: `Not on the chart (${missingView.unplottedCount})` });
    const reach = missingView.missing.find((input) => input.field === 'rice.reach');
    expect(aside).toHaveTextContent(`${reach?.refs.length} items have no reach`);
    expect(aside).toHaveTextContent(/items? (has|have) no RICE inputs/);
    expect(within(chart()).getAllByRole('button')).toHaveLength(missingView.points.length);
  });

  it('says a plan has no items yet', () => {
    render(<PriorityMatrix plan={{}} />);
    expect(screen.getByRole('status')).toHaveTextContent('This plan has no backlog items yet.');
  });

  it('emits ids with any characters exactly', async () => {
    const onChange = vi.fn();
    const odd = 'PROJ::1 "quoted" 🚀';
    render(
      <PriorityMatrix
        plan={createPlan({
          items: [
            {
              id: odd,
              title: 'Odd',
              kind: 'story',
              priority: { rice: { reach: 10, impact: 1, confidence: 1, effort: 1 } },
            },
            {
              id: 'PROJ',
              title: 'Plain',
              kind: 'story',
              priority: { rice: { reach: 5, impact: 1, confidence: 1, effort: 1 } },
            },
          ],
        })}
        onChange={onChange}
      />,
    );
    pointAt(0).focus();
    await userEvent.keyboard('{Enter}{ArrowUp}{Enter}');
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ type: 'set-priority', target: { kind: 'item', id: odd } });
  });

  it('shows the problems of invalid data when strict, and salvages it otherwise', () => {
    const bad = { items: [{ id: 'S1', title: 'Signup', kind: 'saga' }] };
    const { unmount } = render(<PriorityMatrix plan={bad} strict />);
    expect(screen.getByRole('alert')).toHaveTextContent('This chart cannot be shown');
    unmount();
    render(<PriorityMatrix plan={bad} />);
    expect(screen.getByText(/1 problem in the data/)).toBeInTheDocument();
  });

  it('takes classes per part, and none of its own when unstyled', () => {
    const { container } = renderMatrix({ unstyled: true, classNames: { point: 'dot' } });
    expect(container.querySelector('.tl-pmatrix-chart')).toBeNull();
    expect(pointAt(0)).toHaveAttribute('class', 'dot');
  });
});
