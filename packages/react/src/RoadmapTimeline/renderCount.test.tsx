import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { createElement, memo } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RoadmapTimeline } from './RoadmapTimeline.js';
import type { TimelineBarViewProps } from './TimelineBarView.js';

// Every bar's render, counted by the bar's id: the memoised bar is wrapped in a counting one
// with the same props comparison, so a render the real bar would skip is skipped here too.
const renders = new Map<string, number>();
vi.mock('./TimelineBarView.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./TimelineBarView.js')>();
  const Inner = (original.TimelineBarView as unknown as { type: (props: TimelineBarViewProps) => unknown }).type;
  return {
    ...original,
    TimelineBarView: memo(function CountedBar(props: TimelineBarViewProps) {
      renders.set(props.bar.id, (renders.get(props.bar.id) ?? 0) + 1);
      return createElement(Inner as never, props);
    }),
  };
});

const plan = createPlan(samplePlan());
const bar = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title},`) });

beforeEach(() => renders.clear());

describe('RoadmapTimeline renders', () => {
  it('re-renders only the bars whose state changed when a bar is selected', async () => {
    const user = userEvent.setup();
    render(<RoadmapTimeline plan={plan} today="2026-11-25" locale="en-GB" onChange={() => undefined} />);
    await user.click(bar('Improve onboarding activation'));
    const before = new Map(renders);
    expect(before.get('init-gantt')).toBeGreaterThan(0);
    await user.click(bar('Enterprise identity and access'));
    const rendered = [...renders].filter(([id, n]) => n !== before.get(id)).map(([id]) => id);
    // The bar selected before and the one selected now: nothing else.
    expect(rendered.sort()).toEqual(['init-onboarding', 'init-sso'].sort());
  });

  it('re-renders no bar for a keyboard step of another bar’s move, but the moving one', async () => {
    const user = userEvent.setup();
    render(<RoadmapTimeline plan={plan} today="2026-11-25" locale="en-GB" onChange={() => undefined} />);
    bar('Improve onboarding activation').focus();
    await user.keyboard('{ArrowRight}');
    const before = new Map(renders);
    await user.keyboard('{ArrowRight}');
    const rendered = [...renders].filter(([id, n]) => n !== before.get(id)).map(([id]) => id);
    expect(rendered).toEqual(['init-onboarding']);
  });

  it('re-renders no bar on a zoom: bars are placed in days, the zoom only rescales them', async () => {
    const user = userEvent.setup();
    render(<RoadmapTimeline plan={plan} today="2026-11-25" locale="en-GB" onChange={() => undefined} />);
    const before = new Map(renders);
    expect(before.size).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Month' }));
    expect(screen.getByRole('button', { name: 'Month' }).getAttribute('aria-pressed')).toBe('true');
    const rendered = [...renders].filter(([id, n]) => before.has(id) && n !== before.get(id)).map(([id]) => id);
    expect(rendered).toEqual([]);
  });
});
