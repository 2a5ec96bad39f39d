import { render, renderHook, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type BaselineFilter, baselineView, createPlan, snapshotPlan } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useBaseline } from '../shared/useBaseline.js';
import { RoadmapTimeline, type RoadmapTimelineFile, type RoadmapTimelineProps } from './RoadmapTimeline.js';
import { CHANGES_SHOWN } from './TimelineChanges.js';

// RoadmapTimeline against a baseline: the sample plan compared with its last quarterly review
// (`sampleBaseline`), as `useBaseline` would hand it over.

const plan = createPlan(samplePlan());
const baseline = baselineView(plan, sampleBaseline());
const TODAY = '2026-11-25';

const renderTimeline = (props: Partial<RoadmapTimelineProps> = {}) =>
  render(<RoadmapTimeline plan={plan} today={TODAY} locale="en-GB" baseline={baseline} {...props} />);
const bar = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title},`) });
const changes = () => screen.getByRole('region', { name: /^Changes since / });
const lines = () =>
  within(changes())
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

/** A host that holds the filter and refuses "dropped", telling `told` of every change asked. */
function FilterHost({ told }: { told: BaselineFilter[] }) {
  const [filter, setFilter] = useState<BaselineFilter>('slipped');
  return (
    <RoadmapTimeline
      plan={plan}
      today={TODAY}
      baseline={baseline}
      changeFilter={filter}
      onChangeFilterChange={(next) => {
        told.push(next);
        if (next !== 'dropped') setFilter(next);
      }}
    />
  );
}

describe('RoadmapTimeline against a baseline', () => {
  it('marks each bar against the baseline and describes its slip in words', () => {
    renderTimeline();
    expect(bar('Improve onboarding activation')).toHaveAttribute('data-baseline', 'slipped');
    expect(bar('Improve onboarding activation')).toHaveAccessibleDescription(
      expect.stringMatching(/21 days later than Q3 review$/),
    );
    expect(bar('Strengthen team reporting')).toHaveAccessibleDescription(
      expect.stringMatching(/27 days later than Q3 review$/),
    );
    // Moved a horizon later, no dates: it says where it was.
    expect(bar('Analytics-ready event platform')).toHaveAccessibleDescription(
      expect.stringMatching(/later than Q3 review, was Next$/),
    );
    expect(bar('Harden real-time sync')).toHaveAttribute('data-baseline', 'unchanged');
    // The ghost and the arrow are decoration: the words are the description's.
    const lane = bar('Improve onboarding activation').closest('[role="group"]') as HTMLElement;
    const ghost = lane.querySelector('.tl-timeline-ghost');
    expect(ghost).toHaveAttribute('aria-hidden', 'true');
    expect(lane.querySelector('.tl-timeline-slip')).toHaveAttribute('data-direction', 'later');
    expect(lane.querySelector('.tl-timeline-baseline-mark')).toHaveTextContent('+21 d');
  });

  it('lists the initiative removed since, with where it stood', () => {
    renderTimeline();
    const removed = screen.getByRole('group', { name: 'Removed since Q3 review' });
    expect(within(removed).getByRole('listitem')).toHaveTextContent('Plan on the go from a phone removed, was Next');
  });

  it('marks an initiative added since, as new', () => {
    const sample = samplePlan();
    const added = {
      id: 'init-offline',
      title: 'Work offline',
      horizonId: 'h-now',
      start: '2026-11-02',
      end: '2026-12-11',
    };
    const today = createPlan({ ...sample, initiatives: [...(sample.initiatives ?? []), added] });
    render(
      <RoadmapTimeline
        plan={today}
        today={TODAY}
        baseline={baselineView(today, snapshotPlan(plan, { label: 'March' }))}
      />,
    );
    expect(bar(added.title)).toHaveAttribute('data-baseline', 'added');
    expect(bar(added.title)).toHaveAccessibleDescription(expect.stringMatching(/new since March$/));
    const lane = bar(added.title).closest('[role="group"]') as HTMLElement;
    expect(within(lane).getByText('new')).toHaveAttribute('aria-hidden', 'true');
  });

  it('lists the changes in words under a heading, filtered by a radio group with counts', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const filter = within(changes()).getByRole('group', { name: 'Show' });
    expect(
      within(filter)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['All (11)', 'Slipped (3)', 'Added (2)', 'Dropped (1)']);
    expect(within(changes()).getByRole('heading', { name: 'Changes since Q3 review' })).toBeInTheDocument();
    expect(lines()).toContain('Improve onboarding activation: 21 days later');
    expect(lines()).toContain('Redesign the signup flow: estimate 6 → 8');
    expect(lines()).toContain('Relay product backlog: order changed, 1 item moved');
    await user.click(within(filter).getByRole('radio', { name: 'Slipped (3)' }));
    expect(lines()).toEqual([
      'Improve onboarding activation: 21 days later',
      'Strengthen team reporting: 27 days later',
      'Analytics-ready event platform: moved from Next to Later',
    ]);
    await user.click(within(filter).getByRole('radio', { name: 'Dropped (1)' }));
    expect(lines()).toEqual(['Removed initiative: Plan on the go from a phone']);
  });

  it('says so when a filter has nothing, rather than showing an empty list', async () => {
    const user = userEvent.setup();
    renderTimeline({ baseline: baselineView(plan, snapshotPlan(plan, { label: 'yesterday' })) });
    expect(changes()).toHaveTextContent('Nothing changed since yesterday.');
    await user.click(screen.getByRole('radio', { name: 'Slipped (0)' }));
    expect(within(changes()).queryByRole('list')).toBeNull();
    expect(changes()).toHaveTextContent('No initiative slipped since yesterday.');
  });

  it('shows a long list’s first fifty changes until asked for all', async () => {
    const user = userEvent.setup();
    const sample = samplePlan();
    const kickoff = createPlan({
      ...sample,
      items: [],
      backlogs: sample.backlogs?.map((b) => ({ ...b, itemIds: [] })),
    });
    const compared = baselineView(plan, snapshotPlan(kickoff, { label: 'kickoff' }));
    const total = compared.changes('all').length;
    expect(total).toBeGreaterThan(CHANGES_SHOWN);
    renderTimeline({ baseline: compared });
    expect(lines()).toHaveLength(CHANGES_SHOWN);
    await user.click(within(changes()).getByRole('button', { name: `Show all ${total}` }));
    expect(lines()).toHaveLength(total);
    expect(within(changes()).getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps the filter on the view-state contract: uncontrolled from a default, controlled by the host', async () => {
    const user = userEvent.setup();
    const onChangeFilterChange = vi.fn();
    const { unmount } = renderTimeline({ defaultChangeFilter: 'added', onChangeFilterChange });
    expect(screen.getByRole('radio', { name: 'Added (2)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'All (11)' }));
    expect(screen.getByRole('radio', { name: 'All (11)' })).toBeChecked();
    expect(onChangeFilterChange).toHaveBeenLastCalledWith('all');
    unmount();

    const told: BaselineFilter[] = [];
    render(<FilterHost told={told} />);
    await user.click(screen.getByRole('radio', { name: 'Dropped (1)' }));
    // The host refused: the filter stays where the host holds it.
    expect(told).toEqual(['dropped']);
    expect(screen.getByRole('radio', { name: 'Slipped (3)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Added (2)' }));
    expect(screen.getByRole('radio', { name: 'Added (2)' })).toBeChecked();
  });

  it('goes to the bar a change names: selected, its details shown, focused', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderTimeline({ onSelect });
    await user.click(within(changes()).getByRole('button', { name: 'Strengthen team reporting: 27 days later' }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'initiative', id: 'init-reporting' });
    expect(bar('Strengthen team reporting')).toHaveFocus();
    expect(bar('Strengthen team reporting')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('group', { name: 'Details' })).toHaveTextContent('Strengthen team reporting');
    // A change that names nothing on the timeline is text, not a button.
    expect(within(changes()).queryByRole('button', { name: /Plan on the go from a phone/ })).toBeNull();
  });

  it('hides the list with showChanges={false} and keeps the ghosts', () => {
    renderTimeline({ showChanges: false });
    expect(screen.queryByRole('region')).toBeNull();
    expect(bar('Improve onboarding activation')).toHaveAttribute('data-baseline', 'slipped');
    expect(document.querySelectorAll('.tl-timeline-ghost')).toHaveLength(2);
  });

  it('shows an unreadable baseline’s problems and draws today’s plan as it is', () => {
    // A snapshot of a later version than this reader knows, as stored JSON may hold.
    const newer = { ...snapshotPlan(plan, { label: 'Q3' }), version: 9 };
    const { result } = renderHook(() => useBaseline(plan, newer as never));
    renderTimeline({ baseline: result.current });
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be read, so nothing is compared with it:.*version/);
    expect(bar('Improve onboarding activation')).not.toHaveAttribute('data-baseline');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('draws nothing of a baseline without one', () => {
    renderTimeline({ baseline: undefined });
    expect(document.querySelector('[data-baseline], .tl-timeline-ghost, .tl-timeline-removed')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('exports the SVG as without a baseline', async () => {
    const user = userEvent.setup();
    const files: RoadmapTimelineFile[] = [];
    const exported = async (props: Partial<RoadmapTimelineProps>) => {
      const { unmount } = renderTimeline({ ...props, onExport: (file) => files.push(file) });
      await user.click(screen.getByRole('button', { name: 'Download SVG' }));
      unmount();
      const file = files.at(-1);
      if (!file) throw new Error('nothing was exported');
      return blobText(file.data);
    };
    const compared = await exported({});
    expect(compared).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(compared).toContain('Improve onboarding activation');
    expect(compared).toBe(await exported({ baseline: undefined }));
  });
});
