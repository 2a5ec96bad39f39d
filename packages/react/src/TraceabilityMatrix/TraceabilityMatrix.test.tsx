import { fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createPlan, scoreAlignment, traceItem } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it, vi } from 'vitest';
import { TraceabilityMatrix } from './TraceabilityMatrix.js';

const plan = createPlan(samplePlan());
const TODAY = '2026-11-25';

const renderMatrix = (props: Partial<Parameters<typeof TraceabilityMatrix>[0]> = {}) =>
  render(<TraceabilityMatrix plan={plan} today={TODAY} locale="en-GB" rows="initiatives" {...props} />);

/** The grid's body rows by their row header's first line (the title). */
const rowOf = (title: string) => {
  const header = screen
    .getAllByRole('rowheader')
    .find((h) => h.querySelector('.tl-matrix-title')?.textContent === title);
  if (!header) throw new Error(`no row ${title}`);
  return header.closest('[role="row"]') as HTMLElement;
};
/** The cell of a row under the column whose header starts with the item id. */
const cellOf = (row: HTMLElement, itemId: string) => {
  const headers = screen.getAllByRole('columnheader');
  const header = headers.find((h) => h.querySelector('.tl-matrix-id')?.textContent?.startsWith(`${itemId} `));
  if (!header) throw new Error(`no column ${itemId}`);
  const index = header.getAttribute('aria-colindex');
  const cell = within(row)
    .getAllByRole('gridcell')
    .find((c) => c.getAttribute('aria-colindex') === index);
  if (!cell) throw new Error(`no cell ${itemId}`);
  return cell;
};

const epics = plan.items.filter((i) => i.kind === 'epic');
const directEpic = epics.find((e) => traceItem(plan, e.id)?.initiative?.link === 'direct');
const initiativeOf = (id: string) => traceItem(plan, id)?.initiative?.initiative;

describe('TraceabilityMatrix', () => {
  it('is a grid of initiatives against epics, with the scorer’s coverage on each row', () => {
    renderMatrix();
    const grid = screen.getByRole('grid', { name: 'Traceability' });
    expect(grid).toHaveAttribute('aria-colcount', String(epics.length + 1));
    const report = scoreAlignment(plan, { today: TODAY });
    for (const initiative of plan.initiatives.filter((i) => i.status !== 'dropped')) {
      const numbers = report.initiatives.find((r) => r.initiativeId === initiative.id);
      const header = within(rowOf(initiative.title)).getByRole('rowheader');
      if (!numbers || numbers.itemCount === 0) expect(header).toHaveTextContent('No work serves this');
      else
        expect(header).toHaveTextContent(
          `${numbers.itemCount} ${numbers.itemCount === 1 ? 'item' : 'items'} · ${numbers.estimateSum} ${numbers.estimateSum === 1 ? 'pt' : 'pts'} · ${Math.round(numbers.doneShare * 100)}% done`,
        );
    }
  });

  it('tells direct and inherited links apart in words, not colour alone', () => {
    renderMatrix({ cols: 'items' });
    expect(directEpic).toBeDefined();
    const initiative = initiativeOf(directEpic?.id ?? '');
    const row = rowOf(initiative?.title ?? '');
    const direct = cellOf(row, directEpic?.id ?? '');
    expect(direct).toHaveAttribute('data-link', 'direct');
    expect(direct).toHaveAccessibleName(/^Direct link/);
    expect(direct).toHaveTextContent('●');
    const child = plan.items.find(
      (i) => i.parentId === directEpic?.id && traceItem(plan, i.id)?.initiative?.link === 'inherited',
    );
    const inherited = cellOf(row, child?.id ?? '');
    expect(inherited).toHaveAttribute('data-link', 'inherited');
    expect(inherited).toHaveAccessibleName(/^Inherited link/);
    expect(inherited).toHaveTextContent('○');
  });

  it('links, unlinks, and explains inherited links instead of toggling them', async () => {
    const onChange = vi.fn();
    renderMatrix({ cols: 'items', onChange });
    const initiative = initiativeOf(directEpic?.id ?? '');
    const row = rowOf(initiative?.title ?? '');
    const said = () => document.querySelector('[data-part="announcer"]')?.textContent;
    await userEvent.click(cellOf(row, directEpic?.id ?? ''));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'unlink', itemId: directEpic?.id }, expect.anything());
    expect(said()).toBe(`Unlinked ${directEpic?.title} from ${initiative?.title}.`);
    const other = plan.initiatives.find((i) => i.id !== initiative?.id && i.status !== 'dropped');
    await userEvent.click(cellOf(rowOf(other?.title ?? ''), directEpic?.id ?? ''));
    expect(onChange).toHaveBeenLastCalledWith(
      { type: 'link', itemId: directEpic?.id, initiativeId: other?.id },
      expect.anything(),
    );
    expect(said()).toBe(`Linked ${directEpic?.title} to ${other?.title}.`);
    const child = plan.items.find(
      (i) => i.parentId === directEpic?.id && traceItem(plan, i.id)?.initiative?.link === 'inherited',
    );
    onChange.mockClear();
    await userEvent.click(cellOf(row, child?.id ?? ''));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText(new RegExp(`reaches ${initiative?.title} through ${directEpic?.id}`))).toBeInTheDocument();
  });

  it('edits nothing when read-only', async () => {
    const onChange = vi.fn();
    renderMatrix({ readOnly: true, onChange });
    const initiative = initiativeOf(directEpic?.id ?? '');
    await userEvent.click(cellOf(rowOf(initiative?.title ?? ''), directEpic?.id ?? ''));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('grid')).toHaveAttribute('aria-readonly', 'true');
  });

  it('moves focus like a grid: arrows, Home, End, Ctrl+Home, Ctrl+End', async () => {
    renderMatrix();
    const first = screen.getAllByRole('gridcell').find((c) => c.tabIndex === 0);
    expect(first).toBeDefined();
    first?.focus();
    const at = () => (document.activeElement as HTMLElement).dataset.pos;
    expect(at()).toBe('0:0');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(at()).toBe('0:1');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(at()).toBe('1:1');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(at()).toBe('1:-1');
    expect(document.activeElement).toHaveAttribute('role', 'rowheader');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(at()).toBe(`1:${epics.length - 1}`);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home', ctrlKey: true });
    expect(at()).toBe('-1:-1');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(at()).toBe('-1:-1');
    expect(screen.getAllByRole('grid')[0]?.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('expands a goal into the initiatives that serve it', () => {
    renderMatrix({ rows: 'goals' });
    const goal = plan.goals[0];
    const header = within(rowOf(goal?.title ?? '')).getByRole('rowheader');
    expect(header).toHaveAttribute('aria-expanded', 'false');
    header.focus();
    fireEvent.keyDown(header, { key: 'Enter' });
    expect(within(rowOf(goal?.title ?? '')).getByRole('rowheader')).toHaveAttribute('aria-expanded', 'true');
    const served = plan.initiatives.filter((i) => i.goalIds.includes(goal?.id ?? ''));
    for (const initiative of served) expect(rowOf(initiative.title)).toBeInTheDocument();
  });

  it('shades by effort with a legend, and keeps the values in each cell’s text', () => {
    renderMatrix({ cols: 'items', heatmap: 'effort' });
    expect(screen.getByText(/^Effort: From 0 to \d+/)).toBeInTheDocument();
    const initiative = initiativeOf(directEpic?.id ?? '');
    const cell = cellOf(rowOf(initiative?.title ?? ''), directEpic?.id ?? '');
    expect(cell).toHaveAccessibleName(/^Direct link, \d+ pts?:/);
  });

  it('shows the problems of an invalid plan, and says what to do with an empty one', () => {
    const { unmount } = renderMatrix({ strict: true, plan: { items: [{ id: 'E-1', title: 'x', kind: 'saga' }] } });
    expect(screen.getByRole('alert')).toHaveTextContent('items[0].kind');
    unmount();
    renderMatrix({ plan: createPlan({}) });
    expect(screen.getByRole('status')).toHaveTextContent('There is nothing to trace yet.');
  });

  it('exports the matrix as CSV', async () => {
    const files: { name: string; data: Blob }[] = [];
    renderMatrix({ onExport: (file) => files.push(file) });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(files[0]?.name).toBe('traceability.csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(files[0]?.data as Blob);
    });
    expect(text.split('\r\n')[0]).toMatch(/^Goal \/ initiative,/);
  });

  it('puts the scorer’s findings for a row one click away', async () => {
    renderMatrix();
    const uncovered = plan.initiatives.find((i) => i.id === 'init-notifications');
    const header = within(rowOf(uncovered?.title ?? '')).getByRole('rowheader');
    expect(header).toHaveTextContent('No work serves this');
    await userEvent.click(header);
    const details = screen.getByRole('group', { name: `Findings for ${uncovered?.title}` });
    const report = scoreAlignment(plan, { today: TODAY });
    const finding = report.findings.find((f) => f.ids.includes('init-notifications'));
    expect(details).toHaveTextContent(finding?.message ?? '(none)');
  });

  it('matches the scorer’s goal reports on goal rows', () => {
    renderMatrix({ rows: 'goals' });
    const report = scoreAlignment(plan, { today: TODAY });
    for (const goal of plan.goals) {
      const numbers = report.goals.find((g) => g.goalId === goal.id);
      const header = within(rowOf(goal.title)).getByRole('rowheader');
      if (!numbers || numbers.itemIds.length === 0) expect(header).toHaveTextContent('No work serves this');
      else expect(header).toHaveTextContent(new RegExp(`^▸? ?${goal.title}${numbers.itemIds.length} items`));
    }
  });

  it('sorts rows by name, keeps only orphan work, and swaps the axes', async () => {
    renderMatrix({ cols: 'items' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'name');
    const titles = screen.getAllByRole('rowheader').map((h) => h.querySelector('.tl-matrix-title')?.textContent ?? '');
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only work that serves no goal' }));
    const columns = screen.getAllByRole('columnheader').slice(1);
    expect(columns.length).toBeGreaterThan(0);
    for (const column of columns) expect(column).toHaveTextContent('Serves no goal');
    await userEvent.click(screen.getByRole('button', { name: 'Swap rows and columns' }));
    expect(screen.getByRole('button', { name: 'Swap rows and columns' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent(/^[A-Z]+-\d+ · /);
  });

  it('speaks the host language', () => {
    renderMatrix({ messages: { direct: 'Direkt', none: 'Keine Verknüpfung' } });
    const initiative = initiativeOf(directEpic?.id ?? '');
    expect(cellOf(rowOf(initiative?.title ?? ''), directEpic?.id ?? '')).toHaveAccessibleName(/^Direkt/);
    expect(screen.getAllByRole('gridcell', { name: /^Keine Verknüpfung: / }).length).toBeGreaterThan(0);
  });

  it('says a header opened its findings, as focus stays on the header', async () => {
    renderMatrix();
    const initiative = initiativeOf(directEpic?.id ?? '');
    await userEvent.click(within(rowOf(initiative?.title ?? '')).getByRole('rowheader'));
    expect(document.querySelector('[data-part="announcer"]')).toHaveTextContent(`Findings for ${initiative?.title}`);
  });

  it('names each cell with the column and the row it joins, not only its link', () => {
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    renderMatrix();
    const initiative = initiativeOf(directEpic?.id ?? '');
    const cell = cellOf(rowOf(initiative?.title ?? ''), directEpic?.id ?? '');
    expect(cell).toHaveAccessibleName(
      new RegExp(`^Direct link(, [^:]+)?: ${literal(`${directEpic?.id} ${directEpic?.title}, ${initiative?.title}`)}$`),
    );
  });
});
