import { render, screen, within } from '@testing-library/react';
import { createPlan, type Plan, type PlanOrSnapshot, snapshotPlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { useBaseline } from '../shared/useBaseline.js';
import { BacklogList, type BacklogListProps } from './BacklogList.js';

const PRODUCT = 'PROJ::backlog "main" 🚀';
const SPRINT = 'sprint 7, "next"';
const story = (id: string, title: string) => ({ id, title, kind: 'story' as const });
const items = [
  story('A', 'Audit log export'),
  story('B', 'Bulk invite'),
  story('C', 'Calendar sync'),
  story('D::1 "x"', 'Dashboard filters'),
  story('E', 'Email digest'),
  story('F', 'Faster search'),
  story('G', 'Guest access'),
  story('H', 'Help centre links'),
  story('I', 'Import from CSV'),
  story('J', 'Join by link'),
];

/** Last quarter: the product backlog A–F, the sprint G–J. */
const then = createPlan({
  items,
  backlogs: [
    { id: PRODUCT, title: 'Product backlog', kind: 'product', itemIds: ['A', 'B', 'C', 'D::1 "x"', 'E', 'F'] },
    { id: SPRINT, title: 'Sprint 7', kind: 'sprint', itemIds: ['G', 'H', 'I', 'J'] },
  ],
});
/**
 * Today: Dashboard filters moved up 3 places, a new story (N) and one from the sprint (J) entered
 * the product backlog; in the sprint, Guest access moved down 2.
 */
const now = createPlan({
  items: [...items, story('N', 'New onboarding checklist')],
  backlogs: [
    {
      id: PRODUCT,
      title: 'Product backlog',
      kind: 'product',
      itemIds: ['D::1 "x"', 'A', 'B', 'C', 'E', 'F', 'N', 'J'],
    },
    { id: SPRINT, title: 'Sprint 7', kind: 'sprint', itemIds: ['H', 'I', 'G'] },
  ],
});
const lastQuarter = snapshotPlan(then, { label: 'Q3 review', takenAt: '2026-09-30' });

/** A host comparing the plan it shows with a baseline, as the docs show. */
function Host({ against, ...props }: Omit<BacklogListProps, 'plan'> & { plan?: Plan; against: PlanOrSnapshot }) {
  const plan = props.plan ?? now;
  return <BacklogList backlogIds={[PRODUCT, SPRINT]} {...props} plan={plan} baseline={useBaseline(plan, against)} />;
}

const row = (title: string) => screen.getByText(title, { selector: '.tl-backlog-title' }).closest('li') as HTMLElement;
const header = (backlog: string) =>
  screen.getByRole('heading', { level: 2, name: backlog }).closest('.tl-backlog-header') as HTMLElement;

describe('BacklogList against a baseline', () => {
  it('marks a row that moved with its count, drawn short and read whole, and describes its controls with it', () => {
    render(<Host against={lastQuarter} />);
    const dashboard = row('Dashboard filters');
    expect(dashboard).toHaveAttribute('data-moved', 'up');
    const mark = within(dashboard).getByText('Moved up 3 places since Q3 review');
    expect(mark).toHaveClass('tl-visually-hidden');
    expect(dashboard.querySelector('[data-since="up"] [aria-hidden="true"]')).toHaveTextContent('▲ 3');
    // Every control a reader reaches the row by says it: handle, checkbox, menu.
    expect(screen.getByRole('checkbox', { name: 'Select Dashboard filters' })).toHaveAccessibleDescription(
      'Moved up 3 places since Q3 review',
    );
    expect(screen.getByRole('button', { name: 'Move Dashboard filters' })).toHaveAccessibleDescription(
      'Moved up 3 places since Q3 review',
    );
    const handle = screen.getByRole('button', { name: 'Reorder Dashboard filters' });
    expect(handle).toHaveAccessibleDescription(/To reorder, press Space.*Moved up 3 places since Q3 review$/);

    const guest = row('Guest access');
    expect(guest).toHaveAttribute('data-moved', 'down');
    expect(guest).toHaveTextContent('▼ 2');
    expect(within(guest).getByText('Moved down 2 places since Q3 review')).toBeInTheDocument();
  });

  it('marks items new to a backlog, whether new to the plan or moved in from another backlog', () => {
    render(<Host against={lastQuarter} />);
    for (const title of ['New onboarding checklist', 'Join by link']) {
      const added = row(title);
      expect(added).toHaveAttribute('data-new', '');
      expect(added).not.toHaveAttribute('data-moved');
      expect(within(added).getByText('New since Q3 review')).toHaveClass('tl-visually-hidden');
    }
    // Rows that only shifted, or stayed, carry nothing.
    for (const title of ['Audit log export', 'Email digest', 'Help centre links']) {
      const kept = row(title);
      expect(kept).not.toHaveAttribute('data-moved');
      expect(kept).not.toHaveAttribute('data-new');
      expect(kept.querySelector('.tl-backlog-since')).toBeNull();
      expect(within(kept).getByRole('checkbox')).not.toHaveAttribute('aria-describedby');
    }
  });

  it('counts the moves and new items of each backlog in its header, plural-safe', () => {
    render(<Host against={lastQuarter} />);
    expect(header('Product backlog')).toHaveTextContent('8 items · 1 item moved, 2 new since Q3 review');
    expect(header('Sprint 7')).toHaveTextContent('3 items · 1 item moved since Q3 review');
  });

  it('says "the baseline" for one without a label, and that nothing changed against the plan itself', () => {
    render(<Host against={now} backlogIds={[PRODUCT]} />);
    expect(header('Product backlog')).toHaveTextContent('No moves and no new items since the baseline');
    expect(document.querySelector('[data-moved], [data-new], .tl-backlog-since')).toBeNull();
  });

  // A long list's window is drawn in Chromium (tests/storybook/baselineMoves.test.ts).
  it('marks the rows of a read-only list, describing the title link a reader reaches', () => {
    const linked = createPlan({
      ...now,
      items: now.items.map((item) => (item.id === 'A' ? item : { ...item, url: 'https://tracker.example/x' })),
    });
    render(<Host against={lastQuarter} plan={linked} backlogIds={[PRODUCT]} readOnly />);
    const dashboard = screen.getByRole('link', { name: 'Dashboard filters' });
    expect(dashboard.closest('li')).toHaveAttribute('data-moved', 'up');
    expect(dashboard).toHaveAccessibleDescription('Moved up 3 places since Q3 review');
    expect(screen.getByRole('link', { name: 'Email digest' })).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows an unreadable baseline’s problems with their paths and draws today’s plan unmarked', () => {
    const newer = { ...lastQuarter, version: 9 } as unknown as PlanOrSnapshot;
    render(<Host against={newer} />);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(/The baseline could not be read, so nothing is compared with it:.*version/);
    expect(row('Dashboard filters')).not.toHaveAttribute('data-moved');
    expect(header('Product backlog')).toHaveTextContent(/^Product backlog8 items$/);
  });

  it('adds nothing without a baseline: no marks, no summary, no descriptions of its own', () => {
    render(<BacklogList plan={now} backlogIds={[PRODUCT, SPRINT]} />);
    expect(document.querySelector('[data-moved], [data-new], .tl-backlog-since, .tl-backlog-since-summary')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(header('Product backlog')).toHaveTextContent(/^Product backlog8 items$/);
    for (const checkbox of screen.getAllByRole('checkbox')) expect(checkbox).not.toHaveAttribute('aria-describedby');
    // The handle keeps dnd-kit's instructions, and only them.
    const described = screen
      .getByRole('button', { name: 'Reorder Dashboard filters' })
      .getAttribute('aria-describedby');
    expect(described?.split(' ')).toHaveLength(1);
  });
});
