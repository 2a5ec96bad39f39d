import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createPlan, type PlanInput } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it, vi } from 'vitest';
import { RoadmapTimeline, type RoadmapTimelineFile } from './RoadmapTimeline.js';
import { idsWithSeparators, withoutItems } from './timelineStoryPlans.js';

const plan = createPlan(samplePlan());
const TODAY = '2026-11-25';
const ONBOARDING =
  'Improve onboarding activation, 29% done, Now, committed, in progress, 1 Oct – 18 Dec 2026, 35 backlog items, serves goal: Activation rate 25% → 31% → 40%';

const renderTimeline = (props: Partial<Parameters<typeof RoadmapTimeline>[0]> = {}) =>
  render(<RoadmapTimeline plan={plan} today={TODAY} locale="en-GB" {...props} />);

/**
 * This name character for character: a string would match one with Intl's thin spaces too, and a
 * server (Node) and a browser (Chromium) write those spaces differently.
 */
const exactly = (text: string) => (name: string) => name === text;
/** jsdom's Blob has no text(); its FileReader reads it. */
const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
/** The sample plan's lanes by theme, in the order drawn. */
const THEME_LANES = [
  'Onboarding & activation',
  'Enterprise readiness',
  'Reporting & insights',
  'Collaboration',
  'Platform health',
  'No theme',
];
const bar = (name: string | RegExp) => screen.getByRole('button', { name });

describe('RoadmapTimeline', () => {
  it('draws each lane with its initiatives, named in one sentence', () => {
    renderTimeline();
    const lanes = screen.getAllByRole('group').filter((g) => g.classList.contains('tl-timeline-lane'));
    expect(lanes.map((l) => document.getElementById(l.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual(
      THEME_LANES,
    );
    expect(within(lanes[0] as HTMLElement).getByRole('button', { name: exactly(ONBOARDING) })).toBeInTheDocument();
    expect(
      within(lanes[5] as HTMLElement).getByRole('button', {
        name: /^Gantt chart view for Northwind Logistics, 0% done, 1 finding, .* serves no goal$/,
      }),
    ).toBeInTheDocument();
    // Dropped initiatives are not on the roadmap.
    const dropped = plan.initiatives.filter((i) => i.status === 'dropped');
    for (const initiative of dropped)
      expect(screen.queryByRole('button', { name: new RegExp(`^${initiative.title},`) })).toBeNull();
  });

  it('gives the vision and each lane a heading, for navigation by headings', () => {
    renderTimeline();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(plan.vision?.title ?? '');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(THEME_LANES);
  });

  it("says today's date in words, where the axis only draws a line", () => {
    renderTimeline();
    expect(screen.getByText('Today is 25 Nov 2026.')).toBeInTheDocument();
  });

  it('tells confidence, dates and late dependencies apart without colour', () => {
    renderTimeline();
    expect(bar(/^Improve onboarding activation,/)).toHaveAttribute('data-confidence', 'committed');
    expect(bar(/^Open Relay to third-party integrations,/)).toHaveAttribute('data-confidence', 'exploratory');
    const undated = bar(
      /^Analytics-ready event platform, 0% done, 1 finding, Later, exploratory, proposed, no fixed dates,/,
    );
    expect(undated).toHaveAttribute('data-dated', 'false');
    const late = bar(/^Self-serve workspace insights,.*late dependency: Analytics-ready event platform$/);
    expect(late).toHaveAttribute('data-late', 'true');
  });

  it('shows goal lanes with their metric from baseline to target', () => {
    renderTimeline({ lanesBy: 'goal' });
    const lane = screen.getByRole('group', { name: 'Lift new-workspace activation' });
    expect(lane).toHaveTextContent('Activation rate 25% → 31% → 40%');
    expect(within(lane).getByRole('button', { name: exactly(ONBOARDING) })).toBeInTheDocument();
  });

  it('puts milestones first in the reading order, named with kind and date', () => {
    renderTimeline();
    const milestones = screen.getByRole('list', { name: 'Milestones' });
    expect(
      within(milestones)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Sync engine v2 on for all workspaces, platform shift, 8 Dec 2026',
      'Production cut-over to Postgres 17, platform shift, 12 Dec 2026',
      'New onboarding generally available, release, 15 Dec 2026',
      'Relay 3.0, release, 17 Dec 2026',
      'Enterprise plan launch, market expansion, 24 Mar 2027',
      'EU region opens for enterprise customers, market expansion, 30 Jun 2027',
    ]);
  });

  it('keeps one tab stop and walks milestones, then lane by lane in time order, with the arrows', async () => {
    const user = userEvent.setup();
    renderTimeline({ readOnly: true });
    await user.tab();
    await user.tab();
    const tabbable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0 && b.closest('.tl-timeline-scroll'));
    expect(tabbable).toHaveLength(1);
    const order: string[] = [];
    tabbable[0]?.focus();
    for (let i = 0; i < 9; i++) {
      order.push(document.activeElement?.getAttribute('aria-label')?.split(',')[0] ?? '');
      await user.keyboard('{ArrowDown}');
    }
    expect(order).toEqual([
      'Sync engine v2 on for all workspaces',
      'Production cut-over to Postgres 17',
      'New onboarding generally available',
      'Relay 3.0',
      'Enterprise plan launch',
      'EU region opens for enterprise customers',
      'Improve onboarding activation',
      'Enterprise identity and access',
      'Governance controls for admins',
    ]);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Gantt chart view for Northwind Logistics,/);
    await user.keyboard('{PageUp}');
    expect(document.activeElement).toHaveAccessibleName(/^Harden real-time sync,/);
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName(/^Sync engine v2/);
  });

  it('reschedules by keyboard: arrows move a step, Enter emits one reschedule change', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTimeline({ onChange });
    bar(/^Improve onboarding activation,/).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(
      screen.getByText(/^Improve onboarding activation: 1 Nov 2026\s–\s18 Jan 2027\. Enter to save/),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    const [change, next] = onChange.mock.calls[0] ?? [];
    expect(change).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2026-11-01',
      end: '2027-01-18',
    });
    expect(next.initiatives.find((i: { id: string }) => i.id === 'init-onboarding')).toMatchObject({
      start: '2026-11-01',
      end: '2027-01-18',
    });
    expect(
      screen.getByText(/^Moved Improve onboarding activation to 1 Nov 2026\s–\s18 Jan 2027\.$/),
    ).toBeInTheDocument();
  });

  it('cancels a keyboard move with Escape and emits nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTimeline({ onChange });
    bar(/^Improve onboarding activation,/).focus();
    await user.keyboard('{ArrowRight}{Escape}');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Move of Improve onboarding activation cancelled.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('moves between horizons in the Now / Next / Later layout, with no dates shown', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTimeline({ onChange, layout: 'horizons' });
    const onboarding = bar(/^Improve onboarding activation,/);
    expect(onboarding).toHaveAccessibleName(
      'Improve onboarding activation, 29% done, Now, committed, in progress, 35 backlog items, serves goal: Activation rate 25% → 31% → 40%',
    );
    onboarding.focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onChange.mock.calls[0]?.[0]).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      horizonId: 'h-next',
    });
  });

  it('moves nothing when read-only: left and right only walk the roadmap', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTimeline({ onChange, readOnly: true });
    bar(/^Improve onboarding activation,/).focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(document.activeElement).toHaveAccessibleName(/^Enterprise identity and access,/);
  });

  it('shows what is behind a bar on Enter and tells the host', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderTimeline({ onSelect });
    bar(/^Gantt chart view for Northwind Logistics,/).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({ kind: 'initiative', id: 'init-gantt' });
    const details = screen.getByRole('group', { name: 'Details' });
    expect(details.querySelector('.tl-details-title')).toHaveTextContent('Gantt chart view for Northwind Logistics');
    expect(details).toHaveTextContent(/serves no goal/);
    expect(details).toHaveTextContent('1 finding');
    expect(details).toHaveTextContent(/goal/i);
  });

  it('marks the selected bar, links it to its details and says the details are shown', async () => {
    const user = userEvent.setup();
    const { container } = renderTimeline();
    const gantt = bar(/^Gantt chart view for Northwind Logistics,/);
    expect(gantt).not.toHaveAttribute('aria-current');
    gantt.focus();
    await user.keyboard('{Enter}');
    expect(gantt).toHaveAttribute('aria-current', 'true');
    const details = screen.getByRole('group', { name: 'Details' });
    expect(gantt).toHaveAttribute('aria-controls', details.id);
    const region = container.querySelector('[data-part="announcer"]');
    expect(region).toHaveTextContent('Showing the details of Gantt chart view for Northwind Logistics.');
    const other = bar(/^Improve onboarding activation,/);
    await user.click(other);
    expect(gantt).not.toHaveAttribute('aria-current');
    expect(gantt).not.toHaveAttribute('aria-controls');
    expect(other).toHaveAttribute('aria-current', 'true');
    expect(region).toHaveTextContent('Showing the details of Improve onboarding activation.');
  });

  it('links no bar to details it does not draw', async () => {
    const user = userEvent.setup();
    renderTimeline({ details: false });
    await user.click(bar(/^Gantt chart view for Northwind Logistics,/));
    expect(bar(/^Gantt chart view for Northwind Logistics,/)).not.toHaveAttribute('aria-controls');
  });

  it('gives executives themes and outcomes only', () => {
    renderTimeline({ audience: 'executive' });
    expect(screen.queryByRole('button', { name: /^Improve onboarding activation,/ })).toBeNull();
    expect(
      bar(
        /^Onboarding & activation, 29% done, Now, 1 initiative, 1 Oct\s–\s18 Dec 2026, 35 backlog items, serves goal: Activation rate/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Lift new-workspace activation' })).toHaveTextContent(
      'Activation rate 25% → 31% → 40%',
    );
    expect(document.querySelector('.tl-bar-findings')).toBeNull();
  });

  it('lists initiatives with neither dates nor a dated horizon under Not scheduled', () => {
    renderTimeline({
      plan: createPlan({
        horizons: [{ id: 'h-later', title: 'Later', kind: 'later' }],
        initiatives: [{ id: 'init-x', title: 'Marketplace', horizonId: 'h-later' }],
      }),
    });
    const section = screen.getByRole('group', { name: 'Not scheduled' });
    expect(within(section).getByRole('button', { name: 'Marketplace' })).toBeInTheDocument();
  });

  it('shows the problems of an invalid plan instead of crashing (strict)', () => {
    renderTimeline({
      strict: true,
      plan: {
        initiatives: [
          { id: 'init-1', title: 'A', start: '2026-13-01' },
          { id: 'init-1', title: 'B' },
        ],
      },
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This roadmap cannot be shown');
    expect(alert).toHaveTextContent('initiatives[0].start');
    expect(alert).toHaveTextContent('[duplicate-id]');
  });

  it('says what to do with an empty roadmap', () => {
    renderTimeline({ plan: createPlan({}) });
    expect(screen.getByRole('status')).toHaveTextContent('This roadmap has no initiatives yet.');
  });

  it('exports CSV and JSON of the initiatives and an SVG drawn from the same view', async () => {
    const user = userEvent.setup();
    const files: RoadmapTimelineFile[] = [];
    renderTimeline({ onExport: (file) => files.push(file) });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await user.click(screen.getByRole('button', { name: 'Download SVG' }));
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['roadmap.csv', 'text/csv;charset=utf-8'],
      ['roadmap.json', 'application/json'],
      ['roadmap.svg', 'image/svg+xml'],
    ]);
    const [csv, json, svg] = await Promise.all(files.map((f) => blobText(f.data)));
    expect(csv?.split('\r\n')[0]).toMatch(/^id,kind,title,lane,horizon,start,end/);
    expect(csv).toContain(
      'init-onboarding,initiative,Improve onboarding activation,Onboarding & activation,Now,2026-10-01,2026-12-18,true',
    );
    expect(JSON.parse(json ?? '[]')).toHaveLength(13 - plan.initiatives.filter((i) => i.status === 'dropped').length);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Improve onboarding activation');
    expect(svg).toContain('Onboarding &amp; activation');
  });

  it('speaks the host language: messages and locale', () => {
    renderTimeline({
      locale: 'de-DE',
      messages: {
        done: (p) => `${p} erledigt`,
        confidence: { committed: 'zugesagt', likely: 'wahrscheinlich', exploratory: 'offen' },
      },
    });
    expect(
      bar(
        /^Improve onboarding activation, 29\s% erledigt, Now, zugesagt, in progress, 1\.\sOkt\.\s–\s18\.\sDez\.\s2026,/,
      ),
    ).toBeInTheDocument();
  });

  it('switches layout and zoom from its toolbar, or leaves them to the host when controlled', async () => {
    const user = userEvent.setup();
    const onZoomChange = vi.fn();
    const { container, rerender } = renderTimeline({ onZoomChange });
    const root = container.querySelector('.tl-timeline');
    await user.click(screen.getByRole('button', { name: 'Month' }));
    expect(onZoomChange).toHaveBeenCalledWith('month');
    expect(root).toHaveAttribute('data-zoom', 'month');
    rerender(<RoadmapTimeline plan={plan} today={TODAY} zoom="year" onZoomChange={onZoomChange} />);
    await user.click(screen.getByRole('button', { name: 'Quarter' }));
    expect(root).toHaveAttribute('data-zoom', 'year');
    await user.click(screen.getByRole('button', { name: 'Now / Next / Later' }));
    expect(root).toHaveAttribute('data-layout', 'horizons');
    expect(screen.queryByRole('group', { name: 'Zoom' })).toBeNull();
  });

  it('renders host text as text', () => {
    const input: PlanInput = {
      initiatives: [{ id: 'init-x', title: '<img src=x onerror=alert(1)>', start: '2026-10-01', end: '2026-11-01' }],
    };
    const { container } = renderTimeline({ plan: createPlan(input) });
    expect(container.querySelector('img')).toBeNull();
    expect(bar(/^<img src=x onerror=alert\(1\)>,/)).toBeInTheDocument();
  });
  it('selects an initiative whose id reads like a milestone as the initiative it is', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<RoadmapTimeline plan={idsWithSeparators()} today={TODAY} locale="en-GB" onSelect={onSelect} />);
    await user.click(bar(/^Sync engine rewrite,/));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'initiative', id: 'milestone:2' });
    expect(within(screen.getByRole('group', { name: 'Details' })).getByText('Sync engine rewrite')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Beta, release,/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'milestone', id: '2' });
  });

  it('says "no backlog work" on a bar nothing in the backlog traces to', () => {
    render(<RoadmapTimeline plan={withoutItems()} today={TODAY} locale="en-GB" />);
    const bars = screen.getAllByRole('button').filter((b) => b.classList.contains('tl-timeline-bar'));
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) expect(b).toHaveAccessibleName(/^[^,]+, no backlog work,/);
  });
});
