import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { applyChange, type Change, createPlan, type Plan, scorePriorities } from '@throughline/core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { usePriorities } from '../shared/usePriorities.js';
import { BacklogList, type BacklogListProps } from './BacklogList.js';

const PRODUCT = 'PROJ::backlog "main"';
const ODD = 'PROJ::6 "x" 🚀';
const rice = (reach: number | undefined, effort: number) => ({
  rice: { ...(reach === undefined ? {} : { reach }), impact: 1, confidence: 1, effort },
});

/**
 * RICE by hand: B 1,000, D 800, F 200, A 100, E 5; C has no reach. Today's order A B C D E F, so
 * the framework's is B D F A E C: five items move, E stays.
 */
const plan = createPlan({
  items: [
    { id: 'A', title: 'Audit log export', kind: 'story', priority: rice(100, 1) },
    {
      id: 'B',
      title: 'Bulk invite',
      kind: 'story',
      priority: { rice: { reach: 1000, impact: 2, confidence: 0.5, effort: 1 } },
    },
    { id: 'C', title: 'Calendar sync', kind: 'story', priority: rice(undefined, 1) },
    { id: 'D', title: 'Dashboard filters', kind: 'story', priority: rice(4000, 5) },
    { id: 'E', title: 'Email digest', kind: 'story', priority: rice(10, 2) },
    { id: ODD, title: 'Faster search', kind: 'story', priority: rice(200, 1) },
    { id: 'G', title: 'Guest access', kind: 'task', priority: rice(50, 1) },
    { id: 'H', title: 'Help centre links', kind: 'task', priority: rice(10, 1) },
    { id: 'I', title: 'Import from CSV', kind: 'task' },
  ],
  backlogs: [
    { id: PRODUCT, title: 'Product backlog', kind: 'product', itemIds: ['A', 'B', 'C', 'D', 'E', ODD] },
    { id: 'sprint', title: 'Sprint 7', kind: 'sprint', itemIds: ['G', 'H'] },
    { id: 'unscored', title: 'Sprint 8', kind: 'sprint', itemIds: ['I'] },
  ],
});
const TODAY = [
  'Audit log export',
  'Bulk invite',
  'Calendar sync',
  'Dashboard filters',
  'Email digest',
  'Faster search',
];
const RICE = ['Bulk invite', 'Dashboard filters', 'Faster search', 'Audit log export', 'Email digest', 'Calendar sync'];

const base: BacklogListProps = {
  plan,
  backlogIds: [PRODUCT, 'sprint', 'unscored'],
  priority: scorePriorities(plan, { framework: 'rice' }),
};

const list = (name: string) => screen.getByRole('list', { name });
const titles = (name: string) =>
  within(list(name))
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.tl-backlog-title')?.textContent ?? '');
const row = (title: string) => screen.getByText(title, { selector: '.tl-backlog-title' }).closest('li') as HTMLElement;
const toggle = (name = 'Preview RICE order') => screen.getByRole('button', { name });
const announced = () => document.querySelector('[data-part="announcer"]')?.textContent?.trim();

/** A host that keeps every change it is given, and scores the plan it shows. */
function Host() {
  const [current, setCurrent] = useState(plan);
  const priority = usePriorities(current, { framework: 'rice' });
  return <BacklogList {...base} plan={current} priority={priority} onChange={(_, next) => setCurrent(next)} />;
}

describe('BacklogList priority column', () => {
  it('shows each row’s score and rank gap, drawn short and read whole', () => {
    render(<BacklogList {...base} />);
    const dashboard = row('Dashboard filters');
    expect(dashboard).toHaveTextContent(/800\s*↑ 2/);
    expect(within(dashboard).getByText('RICE 800; framework order: up 2 places')).toHaveClass('tl-visually-hidden');
    expect(dashboard.querySelector('.tl-priority')).toHaveAttribute('data-gap', 'up');
    expect(within(row('Audit log export')).getByText('RICE 100; framework order: down 3 places')).toBeInTheDocument();
    expect(row('Audit log export').querySelector('.tl-priority')).toHaveAttribute('data-gap', 'down');
    expect(within(row('Bulk invite')).getByText('RICE 1,000; framework order: up 1 place')).toBeInTheDocument();
    const email = row('Email digest');
    expect(email).toHaveTextContent(/5\s*=/);
    expect(within(email).getByText('RICE 5; framework order: in place')).toBeInTheDocument();
    expect(email.querySelector('.tl-priority')).toHaveAttribute('data-gap', 'none');
  });

  it('shows what an unscored row lacks, in words and to a screen reader', () => {
    render(<BacklogList {...base} />);
    const calendar = row('Calendar sync');
    const cell = calendar.querySelector('.tl-priority') as HTMLElement;
    expect(cell).toHaveAttribute('data-unscored');
    expect(within(cell).getByText('no reach')).toBeInTheDocument();
    expect(within(cell).getByText('RICE not scored: no reach; framework order: down 3 places')).toBeInTheDocument();
    expect(within(row('Import from CSV')).getByText(/^RICE not scored: no reach, no impact/)).toBeInTheDocument();
  });

  it('formats scores for the locale and takes its words from messages', () => {
    const plain = createPlan({
      items: [
        {
          id: 'X',
          title: 'Exports',
          kind: 'story',
          priority: { rice: { reach: 4000, impact: 1, confidence: 1, effort: 3 } },
        },
        {
          id: 'Y',
          title: 'Yearly report',
          kind: 'story',
          priority: { rice: { reach: 1, impact: 1, confidence: 1, effort: 1 } },
        },
      ],
      backlogs: [{ id: 'b', title: 'Rückstand', kind: 'product', itemIds: ['Y', 'X'] }],
    });
    render(
      <BacklogList
        plan={plain}
        priority={scorePriorities(plain, { framework: 'rice' })}
        locale="de-DE"
        messages={{ priorityScored: (score, gap) => `${score} – Rang: ${gap}`, priorityUpLabel: (p) => `${p} höher` }}
      />,
    );
    expect(screen.getByText('RICE 1.333,33 – Rang: 1 höher')).toBeInTheDocument();
  });

  it('is not drawn without a priority, and the toggle not when read-only', () => {
    const { unmount, container } = render(<BacklogList plan={plan} backlogIds={[PRODUCT]} />);
    expect(container.querySelector('.tl-priority')).toBeNull();
    expect(screen.queryByRole('button', { name: /RICE/ })).not.toBeInTheDocument();
    unmount();
    render(<BacklogList {...base} readOnly />);
    expect(within(row('Dashboard filters')).getByText('RICE 800; framework order: up 2 places')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /RICE/ })).not.toBeInTheDocument();
  });
});

describe('BacklogList "sort by framework" preview', () => {
  it('draws the backlog in the framework’s order without emitting, with moves off and what would move said', async () => {
    const onChange = vi.fn<(change: Change, next: Plan) => void>();
    const onPriorityPreviewChange = vi.fn();
    render(<BacklogList {...base} onChange={onChange} onPriorityPreviewChange={onPriorityPreviewChange} />);
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle());
    expect(onChange).not.toHaveBeenCalled();
    expect(onPriorityPreviewChange).toHaveBeenCalledWith(PRODUCT);
    expect(titles('Product backlog')).toEqual(RICE);
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('5 items would move')).toBeInTheDocument();
    expect(announced()).toBe(
      'Product backlog in RICE order: 5 items would move. Moves are off until you apply this order or cancel.',
    );
    const product = list('Product backlog');
    expect(within(product).queryByRole('button', { name: /^(Reorder|Move) / })).not.toBeInTheDocument();
    expect(within(product).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(product.closest('[data-backlog-kind]')).toHaveAttribute('data-previewing');
    // The backlog beside it keeps its handles and menus.
    expect(within(list('Sprint 7')).getByRole('button', { name: 'Move Guest access' })).toBeInTheDocument();
    // Each row still says how far it is from today's place.
    expect(within(row('Faster search')).getByText('RICE 200; framework order: up 3 places')).toBeInTheDocument();
  });

  it('applies the previewed order as one batch that core accepts, then announces it and returns focus', async () => {
    const onChange = vi.fn<(change: Change, next: Plan) => void>();
    render(<BacklogList {...base} onChange={onChange} />);
    await userEvent.click(toggle());
    await userEvent.click(screen.getByRole('button', { name: 'Apply this order' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const [change, next] = onChange.mock.calls[0] ?? [];
    expect(change?.type).toBe('batch');
    const result = applyChange(plan, change as Change);
    if (!result.ok) throw new Error(result.error.message);
    const order = result.plan.backlogs.find((b) => b.id === PRODUCT)?.itemIds;
    expect(order).toEqual(['B', 'D', ODD, 'A', 'E', 'C']);
    expect(next?.backlogs.find((b) => b.id === PRODUCT)?.itemIds).toEqual(order);
    expect(announced()).toBe('Applied RICE order to Product backlog: 5 items moved.');
    // The host did not pass the plan back: today's order, and the preview is over.
    expect(titles('Product backlog')).toEqual(TODAY);
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(toggle()).toHaveFocus();
  });

  it('once the host keeps the applied plan, says the backlog is already in order and does nothing', async () => {
    render(<Host />);
    await userEvent.click(toggle());
    await userEvent.click(screen.getByRole('button', { name: 'Apply this order' }));
    expect(titles('Product backlog')).toEqual(RICE);
    const done = within(list('Product backlog').closest('[data-backlog-kind]') as HTMLElement).getByRole('button', {
      name: 'Already in RICE order',
    });
    expect(done).toHaveFocus();
    expect(done).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(done);
    expect(done).toHaveAttribute('aria-pressed', 'false');
    expect(titles('Product backlog')).toEqual(RICE);
  });

  it('cancels back to today’s order, emitting nothing, with focus back on the toggle', async () => {
    const onChange = vi.fn();
    render(<BacklogList {...base} onChange={onChange} />);
    await userEvent.click(toggle());
    expect(titles('Product backlog')).toEqual(RICE);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(titles('Product backlog')).toEqual(TODAY);
    expect(toggle()).toHaveFocus();
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(announced()).toBe('Product backlog is back in today’s order.');
    expect(within(list('Product backlog')).getByRole('button', { name: 'Move Audit log export' })).toBeInTheDocument();
    // The toggle pressed again ends a preview too.
    await userEvent.click(toggle());
    await userEvent.click(toggle());
    expect(titles('Product backlog')).toEqual(TODAY);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says why a backlog has nothing to preview, and keeps that reason focusable', async () => {
    const onPriorityPreviewChange = vi.fn();
    render(<BacklogList {...base} onPriorityPreviewChange={onPriorityPreviewChange} />);
    const inOrder = toggle('Already in RICE order');
    const noScores = toggle('No RICE scores to order by');
    for (const button of [inOrder, noScores]) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).not.toBeDisabled();
      await userEvent.click(button);
    }
    expect(onPriorityPreviewChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Apply this order' })).not.toBeInTheDocument();
  });

  it('follows a host-owned preview, telling the host of each gesture', async () => {
    const onPriorityPreviewChange = vi.fn();
    const { rerender } = render(
      <BacklogList {...base} priorityPreview={PRODUCT} onPriorityPreviewChange={onPriorityPreviewChange} />,
    );
    expect(titles('Product backlog')).toEqual(RICE);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onPriorityPreviewChange).toHaveBeenCalledWith(null);
    // The host kept its preview: the list draws it.
    expect(titles('Product backlog')).toEqual(RICE);
    rerender(<BacklogList {...base} priorityPreview={null} onPriorityPreviewChange={onPriorityPreviewChange} />);
    expect(titles('Product backlog')).toEqual(TODAY);
    // A preview of a backlog not shown, or without a priority, is ignored.
    rerender(<BacklogList {...base} priorityPreview="nope" />);
    expect(titles('Product backlog')).toEqual(TODAY);
    rerender(<BacklogList {...base} priority={undefined} priorityPreview={PRODUCT} />);
    expect(titles('Product backlog')).toEqual(TODAY);
    rerender(<BacklogList {...base} readOnly defaultPriorityPreview={PRODUCT} />);
    expect(titles('Product backlog')).toEqual(TODAY);
  });

  it('previews a grouped list group by group', () => {
    render(<BacklogList {...base} groupBy="kind" defaultPriorityPreview={PRODUCT} />);
    expect(titles('Story (6 items)')).toEqual(RICE);
  });
});
