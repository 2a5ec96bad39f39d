// @vitest-environment node
import { createPlan } from '@throughline/core';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoadmapTimeline } from './RoadmapTimeline.js';

describe('RoadmapTimeline on the server', () => {
  // React says on the console what a server render got wrong (an effect it cannot run there, a
  // missing key): a host's server log must stay clean, on React 18 as on 19.
  const consoleError = vi.spyOn(console, 'error');
  beforeEach(() => consoleError.mockClear());
  afterEach(() => expect(consoleError).not.toHaveBeenCalled());

  it('renders the lanes, bars and milestones without a DOM', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<RoadmapTimeline plan={createPlan(samplePlan())} today="2026-11-25" locale="en-GB" />);
    expect(html).toContain('aria-label="Improve onboarding activation, 29% done, Now, committed, in progress, 1 Oct');
    expect(html).toContain('Relay 3.0, release, 17 Dec 2026');
    expect(html).toContain('data-layout="time"');
    expect(html).toContain('Onboarding &amp; activation');
  });

  it('renders a generated roadmap of 1,000 initiatives with its first lanes only', () => {
    const plan = createPlan(generatePlan({ seed: 6, items: 2000, initiatives: 1000, themes: 50 }));
    const html = renderToString(<RoadmapTimeline plan={plan} today="2026-11-25" details={false} />);
    const lanes = html.match(/class="tl-timeline-lane"/g)?.length ?? 0;
    expect(lanes).toBeGreaterThan(0);
    expect(lanes).toBeLessThan(50);
  });
});
