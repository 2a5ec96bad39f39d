// @vitest-environment node
import { createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TraceabilityMatrix } from './TraceabilityMatrix.js';

describe('TraceabilityMatrix on the server', () => {
  // React says on the console what a server render got wrong (an effect it cannot run there, a
  // missing key): a host's server log must stay clean, on React 18 as on 19.
  const consoleError = vi.spyOn(console, 'error');
  beforeEach(() => consoleError.mockClear());
  afterEach(() => expect(consoleError).not.toHaveBeenCalled());

  it('renders the grid with its headers and cells without a DOM', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <TraceabilityMatrix plan={createPlan(samplePlan())} rows="initiatives" today="2026-11-25" locale="en-GB" />,
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('Improve onboarding activation');
    expect(html).toContain('Direct link');
    expect(html.match(/role="gridcell"/g)?.length).toBeGreaterThan(100);
  });
});
