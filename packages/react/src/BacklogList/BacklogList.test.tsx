import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type Change, createPlan, type Plan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it, vi } from 'vitest';
import { BacklogList } from './BacklogList.js';

const plan = createPlan(samplePlan());
const product = plan.backlogs.find((b) => b.id === 'backlog-product');
const title = (id: string) => plan.items.find((i) => i.id === id)?.title ?? '';

/** The titles of the rows of one backlog list, in the order shown. */
function shownTitles(listName: string): string[] {
  const list = screen.getByRole('list', { name: listName });
  return within(list)
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.tl-backlog-title')?.textContent ?? '');
}

describe('BacklogList', () => {
  it('shows the product backlog in priority order, with kind, estimate, readiness, criteria and trace', () => {
    render(<BacklogList plan={plan} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Relay product backlog' })).toBeInTheDocument();
    expect(shownTitles('Relay product backlog')).toEqual(product?.itemIds.map(title));
    const orphan = screen.getByText('Custom emoji reactions for Acme Corp').closest('li') as HTMLElement;
    expect(orphan).toHaveAttribute('data-trace', 'orphan');
    expect(within(orphan).getByText('No strategic link')).toBeInTheDocument();
    expect(within(orphan).getByText('Improvement')).toBeInTheDocument();
    const first = screen.getAllByRole('listitem')[0] as HTMLElement;
    const item = plan.items.find((i) => i.id === product?.itemIds[0]);
    expect(within(first).getByText(`${item?.estimate} ${item?.estimate === 1 ? 'pt' : 'pts'}`)).toBeInTheDocument();
    expect(within(first).getByText(`0/${item?.acceptanceCriteria.length} criteria`)).toBeInTheDocument();
    expect(within(first).getByText(/→/)).toHaveTextContent('Win enterprise accounts');
  });

  it('says what each badge is: status and readiness are read with their names', () => {
    render(<BacklogList plan={plan} />);
    const first = screen.getAllByRole('listitem')[0] as HTMLElement;
    const status = first.querySelector('[data-status]') as HTMLElement;
    const readiness = first.querySelector('[data-readiness]') as HTMLElement;
    expect(status.textContent).toMatch(/^Status: (To do|In progress|Blocked|Done)$/);
    expect(readiness.textContent).toMatch(/^Readiness: (Ready|Partly defined|Rough)$/);
    expect(status.querySelector('.tl-visually-hidden')).toHaveTextContent('Status:');
  });

  it('shows a sprint against its capacity', () => {
    render(<BacklogList plan={plan} backlogIds={['sprint-24']} />);
    expect(screen.getByText(/40 of 30 pts committed/)).toHaveAttribute('data-over-capacity');
    expect(screen.getByText(/Over capacity/)).toBeInTheDocument();
  });

  it('filters and groups from core view-models', () => {
    const { rerender } = render(<BacklogList plan={plan} filter={{ trace: ['orphan'] }} />);
    const orphans = within(screen.getByRole('list', { name: 'Relay product backlog' })).getAllByRole('listitem');
    expect(orphans.length).toBeGreaterThan(0);
    for (const row of orphans) expect(row).toHaveAttribute('data-trace', 'orphan');
    expect(shownTitles('Relay product backlog')[0]).toBe('Custom emoji reactions for Acme Corp');
    rerender(<BacklogList plan={plan} groupBy="kind" />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/\s*\(.*/, ''))).toContain(
      'Bug',
    );
    rerender(<BacklogList plan={plan} groupBy="initiative" />);
    const none = screen.getByRole('heading', { level: 3, name: /No initiative/ });
    expect(
      within(screen.getByRole('list', { name: none.textContent ?? '' })).getByText(
        'Custom emoji reactions for Acme Corp',
      ),
    ).toBeInTheDocument();
    rerender(<BacklogList plan={plan} filter={{ text: 'nothing matches this' }} />);
    expect(screen.getByText('No items match these filters.')).toBeInTheDocument();
  });

  it('names each group list by its heading, whatever its epic id holds (spaces, quotes, emoji)', () => {
    const odd = createPlan({
      items: [
        { id: 'EPIC 1 "blue" 🚀', title: 'Guided setup', kind: 'epic' },
        { id: 'PROJ::2', title: 'Checklist', kind: 'story', parentId: 'EPIC 1 "blue" 🚀' },
      ],
      backlogs: [{ id: 'b', title: 'Backlog', kind: 'product', itemIds: ['PROJ::2'] }],
    });
    render(<BacklogList plan={odd} groupBy="epic" />);
    const list = screen.getByRole('list', { name: /^Guided setup/ });
    expect(within(list).getByText('Checklist')).toBeInTheDocument();
  });

  it('moves a row to the top through its menu, emitting one reorder and the next plan', async () => {
    const onChange = vi.fn<(change: Change, next: Plan) => void>();
    render(<BacklogList plan={plan} onChange={onChange} />);
    const target = product?.itemIds[4] as string;
    await userEvent.click(screen.getByRole('button', { name: `Move ${title(target)}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move to top' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const [change, next] = onChange.mock.calls[0] ?? [];
    expect(change).toEqual({ type: 'reorder', backlogId: 'backlog-product', itemId: target, toIndex: 0 });
    expect(next?.backlogs.find((b) => b.id === 'backlog-product')?.itemIds[0]).toBe(target);
    // The host did not pass the new plan back: the list keeps the order it was given.
    expect(shownTitles('Relay product backlog')[0]).toBe(title(product?.itemIds[0] as string));
    expect(screen.getByRole('button', { name: `Move ${title(target)}` })).toHaveFocus();
  });

  it('moves selected rows together to another backlog as one batch', async () => {
    const onChange = vi.fn<(change: Change, next: Plan) => void>();
    render(<BacklogList plan={plan} backlogIds={['backlog-product', 'sprint-23']} onChange={onChange} />);
    const [a, b] = [product?.itemIds[2], product?.itemIds[5]] as string[];
    await userEvent.click(screen.getByRole('checkbox', { name: `Select ${title(a as string)}` }));
    await userEvent.click(screen.getByRole('checkbox', { name: `Select ${title(b as string)}` }));
    expect(screen.getByText(title(a as string)).closest('li')).toHaveAttribute('data-selected');
    await userEvent.click(screen.getByRole('button', { name: `Move ${title(b as string)}` }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move to Sprint 23' }));
    const [change, next] = onChange.mock.calls[0] ?? [];
    expect(change?.type).toBe('batch');
    expect(next?.backlogs.find((x) => x.id === 'sprint-23')?.itemIds.slice(-2)).toEqual([a, b]);
  });

  it('extends the selection with Shift+arrows from a row checkbox, moving focus along', async () => {
    render(<BacklogList plan={plan} onChange={() => {}} />);
    const ids = product?.itemIds.slice(0, 3) as string[];
    const box = (id: string) => screen.getByRole('checkbox', { name: `Select ${title(id)}` });
    act(() => box(ids[0] as string).focus());
    await userEvent.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    for (const id of ids) expect(box(id)).toBeChecked();
    expect(box(ids[2] as string)).toHaveFocus();
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(3);
  });

  it('moves to a typed position, and Escape in the form returns focus to the menu button', async () => {
    const onChange = vi.fn<(change: Change, next: Plan) => void>();
    render(<BacklogList plan={plan} onChange={onChange} />);
    const first = product?.itemIds[0] as string;
    const menu = screen.getByRole('button', { name: `Move ${title(first)}` });
    await userEvent.click(menu);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move to position…' }));
    const input = screen.getByRole('spinbutton', { name: 'Position (1–87)' });
    expect(input).toHaveFocus();
    await userEvent.clear(input);
    await userEvent.type(input, '5{Enter}');
    expect(onChange.mock.calls[0]?.[0]).toEqual({
      type: 'reorder',
      backlogId: 'backlog-product',
      itemId: first,
      toIndex: 4,
    });
    await userEvent.click(menu);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move to position…' }));
    await userEvent.type(screen.getByRole('spinbutton'), '{Escape}');
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(menu).toHaveFocus();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('menu keys: arrows move between actions, Escape closes and returns focus', async () => {
    render(<BacklogList plan={plan} />);
    const button = screen.getByRole('button', { name: `Move ${title(product?.itemIds[1] as string)}` });
    await userEvent.click(button);
    expect(screen.getByRole('menuitem', { name: 'Move to top' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Move to position…' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getAllByRole('menuitem').at(-1)).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('announces a keyboard pick-up and a cancel in plain words, with titles', async () => {
    render(<BacklogList plan={plan} onChange={() => {}} />);
    const first = title(product?.itemIds[0] as string);
    const handle = screen.getByRole('button', { name: `Reorder ${first}` });
    act(() => handle.focus());
    await userEvent.keyboard(' ');
    expect(
      await screen.findByText(`Picked up ${first}, position 1 of 87 in Relay product backlog.`),
    ).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(
      await screen.findByText(`Cancelled. ${first} stays at position 1 in Relay product backlog.`),
    ).toBeInTheDocument();
  });

  it('in read-only mode offers no way to change anything', () => {
    render(<BacklogList plan={plan} readOnly />);
    expect(screen.queryByRole('button', { name: /^Reorder / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Move / })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(shownTitles('Relay product backlog')).toHaveLength(87);
  });

  it('shows an invalid plan as a readable list of problems when strict', () => {
    render(<BacklogList strict plan={{ items: [{ id: 'A', title: 'A', kind: 'feature' }], backlogs: 'x' }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This plan cannot be shown');
    expect(alert).toHaveTextContent('items[0].kind');
    expect(alert).toHaveTextContent('[unknown-value]');
    expect(alert).toHaveTextContent('backlogs');
  });

  it('says what to do with an empty backlog, and names an unknown one', () => {
    const empty = createPlan({ backlogs: [{ id: 's', title: 'Sprint 25', kind: 'sprint', itemIds: [] }] });
    render(<BacklogList plan={empty} backlogIds={['s', 'nope']} />);
    expect(screen.getByText('This backlog is empty.')).toBeInTheDocument();
    expect(screen.getByText(/move work here from another backlog/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('There is no backlog "nope" in this plan.');
  });

  it('renders host text as text, and links only http(s) urls', () => {
    const hostile = createPlan({
      items: [
        { id: 'X', title: '<img src=x onerror=alert(1)>', kind: 'story', url: 'javascript:alert(1)' },
        { id: 'Y', title: 'Safe link', kind: 'story', url: 'https://tracker.example/Y' },
      ],
      backlogs: [{ id: 'b', title: 'Backlog', kind: 'product', itemIds: ['X', 'Y'] }],
    });
    const { container } = render(<BacklogList plan={hostile} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: '<img src=x onerror=alert(1)>' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Safe link' })).toHaveAttribute('href', 'https://tracker.example/Y');
  });

  it('takes words from messages and numbers from the locale', () => {
    const big = createPlan({
      items: [{ id: 'B', title: 'Big', kind: 'bug', estimate: 1234.5 }],
      backlogs: [{ id: 'b', title: 'Rückstand', kind: 'product', itemIds: ['B'] }],
    });
    render(<BacklogList plan={big} locale="de-DE" messages={{ kind: { ...messagesKind, bug: 'Fehler' } }} />);
    expect(screen.getByText('Fehler')).toBeInTheDocument();
    expect(screen.getByText('1.234,5 pts')).toBeInTheDocument();
  });

  it('says one item and one point in the singular, and hands translations the number for their plural rules', () => {
    const one = createPlan({
      items: [{ id: 'A', title: 'Alone', kind: 'task', estimate: 1 }],
      backlogs: [{ id: 's', title: 'Sprint', kind: 'sprint', itemIds: ['A'], capacity: 1 }],
    });
    const { unmount } = render(<BacklogList plan={one} backlogIds={['s']} />);
    expect(screen.getByText(/^1 item ·/)).toBeInTheDocument();
    expect(screen.getByText('1 pt')).toBeInTheDocument();
    expect(screen.getByText('1 of 1 pt committed')).toBeInTheDocument();
    unmount();
    const itemCount = vi.fn((shown: string, count: number) => `${shown}/${count}`);
    render(<BacklogList plan={one} backlogIds={['s']} locale="ar-EG" messages={{ itemCount }} />);
    expect(itemCount).toHaveBeenCalledWith('١', 1);
  });

  it('exposes state as data attributes and lets a design system replace every class', () => {
    const { container } = render(<BacklogList plan={plan} unstyled classNames={{ row: 'ds-row', root: 'ds-root' }} />);
    expect(container.querySelector('.tl-backlog-row')).toBeNull();
    expect(container.querySelectorAll('.ds-row')).toHaveLength(87);
    expect(container.firstElementChild).toHaveClass('ds-root');
    expect(container.querySelector('[data-kind="epic"][data-readiness]')).not.toBeNull();
  });
});

const messagesKind = {
  epic: 'Epos',
  story: 'Story',
  task: 'Aufgabe',
  bug: 'Fehler',
  improvement: 'Verbesserung',
  'tech-debt': 'Technische Schuld',
  spike: 'Spike',
};
