// @vitest-environment node
import { createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TraceabilityMatrix } from './TraceabilityMatrix.js';

describe('TraceabilityMatrix on the server', () => {
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
