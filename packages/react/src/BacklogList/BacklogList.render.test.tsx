import { fireEvent, render, screen } from '@testing-library/react';
import { createPlan, type PlanRef, scorePriorities } from '@throughline/core';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BacklogList, type BacklogListProps } from './BacklogList.js';
import { type RenderProbe, RenderProbeContext } from './boardContext.js';

const plan = createPlan(samplePlan());
const product = plan.backlogs.find((b) => b.id === 'backlog-product')?.itemIds ?? [];
const title = (id: string) => plan.items.find((i) => i.id === id)?.title ?? '';

/** Renders counted per part and item, from the moment it is reset. */
function counter() {
  const counts = new Map<string, number>();
  const probe: RenderProbe = (part, itemId) => {
    const key = JSON.stringify([part, itemId]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const of = (part: 'row' | 'facts', itemId: string) => counts.get(JSON.stringify([part, itemId])) ?? 0;
  const rendered = (part: 'row' | 'facts') =>
    [...counts.keys()]
      .map((key) => JSON.parse(key) as [string, string])
      .filter(([p]) => p === part)
      .map(([, id]) => id);
  return { probe, of, rendered, reset: () => counts.clear() };
}

function Counted({ probe, ...props }: BacklogListProps & { probe: RenderProbe }) {
  return (
    <RenderProbeContext.Provider value={probe}>
      <BacklogList {...props} />
    </RenderProbeContext.Provider>
  );
}

describe('BacklogList renders', () => {
  it('re-renders only the row whose selection changed, and no row’s facts', () => {
    const count = counter();
    render(
      <Counted probe={count.probe} plan={plan} backlogIds={['backlog-product', 'sprint-24']} onChange={() => {}} />,
    );
    const [a, b] = [product[2], product[5]] as [string, string];
    count.reset();
    fireEvent.click(screen.getByLabelText(`Select ${title(a)}`));
    expect(count.rendered('row')).toEqual([a]);
    expect(count.rendered('facts')).toEqual([]);
    count.reset();
    fireEvent.click(screen.getByLabelText(`Select ${title(b)}`));
    expect(count.rendered('row')).toEqual([b]);
    expect(count.of('row', a)).toBe(0);
    expect(count.rendered('facts')).toEqual([]);
  });

  it('re-renders no row when the host re-renders with the same plan and new inline props', () => {
    const count = counter();
    const { rerender } = render(
      <Counted
        probe={count.probe}
        plan={plan}
        classNames={{ row: 'ds-row' }}
        onChange={() => {}}
        onSelect={() => {}}
      />,
    );
    count.reset();
    rerender(
      <Counted
        probe={count.probe}
        plan={plan}
        classNames={{ row: 'ds-row' }}
        onChange={() => {}}
        onSelect={() => {}}
      />,
    );
    expect(count.rendered('row')).toEqual([]);
    expect(count.rendered('facts')).toEqual([]);
  });

  it('re-renders no row when the host renders again with the same priority report', () => {
    const count = counter();
    const props = { plan, onChange: () => {}, priority: scorePriorities(plan, { framework: 'rice' }) };
    const { rerender } = render(<Counted probe={count.probe} {...props} />);
    count.reset();
    rerender(<Counted probe={count.probe} {...props} />);
    expect(count.rendered('row')).toEqual([]);
    expect(count.rendered('facts')).toEqual([]);
  });

  it('re-renders no row of the other backlogs when a preview starts and ends', () => {
    const count = counter();
    const scored = createPlan(generatePlan({ seed: 4, items: 120, priorities: true }));
    const [product, sprint] = [
      scored.backlogs.find((b) => b.kind === 'product'),
      scored.backlogs.find((b) => b.kind === 'sprint' && b.itemIds.length > 0),
    ];
    if (!product || !sprint) throw new Error('the generated plan has no product backlog or sprint');
    render(
      <Counted
        probe={count.probe}
        plan={scored}
        backlogIds={[product.id, sprint.id]}
        priority={scorePriorities(scored, { framework: 'rice' })}
        onChange={() => {}}
      />,
    );
    const preview = screen.getAllByRole('button', { name: 'Preview RICE order' })[0] as HTMLElement;
    count.reset();
    fireEvent.click(preview);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(count.rendered('row').length).toBeGreaterThan(0);
    expect(count.rendered('row').filter((id) => sprint.itemIds.includes(id))).toEqual([]);
    expect(count.rendered('facts').filter((id) => sprint.itemIds.includes(id))).toEqual([]);
  });

  it('re-renders only the rows a controlled selection changes', () => {
    const count = counter();
    const [a, b, c] = product as [string, string, string];
    const { rerender } = render(<Counted probe={count.probe} plan={plan} selection={[a, b]} />);
    count.reset();
    rerender(<Counted probe={count.probe} plan={plan} selection={[b, c]} />);
    expect(count.rendered('row').sort()).toEqual([a, c].sort());
    expect(count.rendered('facts')).toEqual([]);
  });
});

/** A host that owns the plan and the selection. */
function Host({ initial }: { initial: readonly string[] }) {
  const [current, setCurrent] = useState(plan);
  const [selection, setSelection] = useState(initial);
  return (
    <BacklogList
      plan={current}
      backlogIds={['backlog-product', 'sprint-23']}
      selection={selection}
      onSelectionChange={setSelection}
      onChange={(_, next) => setCurrent(next)}
    />
  );
}

describe('BacklogList controlled state', () => {
  it('draws a controlled selection and tells the host of each change, with item ids', () => {
    const onSelectionChange = vi.fn();
    const [a, b] = product as [string, string];
    render(<BacklogList plan={plan} selection={[a]} onSelectionChange={onSelectionChange} onChange={() => {}} />);
    expect(screen.getByLabelText(`Select ${title(a)}`)).toBeChecked();
    fireEvent.click(screen.getByLabelText(`Select ${title(b)}`));
    expect(onSelectionChange).toHaveBeenLastCalledWith([a, b]);
    // The host kept its selection: the list draws it, not its own.
    expect(screen.getByLabelText(`Select ${title(b)}`)).not.toBeChecked();
  });

  it('starts from defaultSelection, and keeps selecting on its own', () => {
    const [a, b] = product as [string, string];
    render(<BacklogList plan={plan} defaultSelection={[a]} onChange={() => {}} />);
    fireEvent.click(screen.getByLabelText(`Select ${title(b)}`));
    expect(document.querySelectorAll('input:checked')).toHaveLength(2);
  });

  it('takes filter and groupBy from the host or from their defaults', () => {
    const { unmount } = render(<BacklogList plan={plan} defaultGroupBy="kind" readOnly />);
    expect(document.querySelectorAll('h3').length).toBeGreaterThan(1);
    unmount();
    // A default is where the list starts; the host's value wins over it.
    render(
      <BacklogList plan={plan} groupBy="none" defaultGroupBy="kind" defaultFilter={{ trace: ['orphan'] }} readOnly />,
    );
    expect(document.querySelectorAll('h3')).toHaveLength(0);
    for (const row of document.querySelectorAll('li')) expect(row).toHaveAttribute('data-trace', 'orphan');
  });

  it('hands onSelect a plan ref, and sets dir on the root', () => {
    const onSelect = vi.fn<(ref: PlanRef) => void>();
    const { container } = render(<BacklogList plan={plan} onSelect={onSelect} dir="rtl" />);
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    fireEvent.click(screen.getByText(title(product[0] as string)));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'item', id: product[0] });
  });

  it('keeps a host-owned selection across a move it accepts, and clears it', () => {
    const [a, b] = [product[2], product[5]] as [string, string];
    render(<Host initial={[a, b]} />);
    fireEvent.click(screen.getByLabelText(`Move ${title(b)}`));
    fireEvent.click(screen.getByText('Move to Sprint 23'));
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
    const sprint = screen.getByText('Sprint 23', { selector: 'h2' }).closest('[data-backlog-kind]') as HTMLElement;
    expect(sprint).toHaveTextContent(title(a));
    expect(sprint).toHaveTextContent(title(b));
  });
});
