// @vitest-environment node
import { createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BacklogList } from './BacklogList.js';

describe('BacklogList on the server', () => {
  it('renders to a string with no window or document', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const html = renderToString(
      <BacklogList plan={createPlan(samplePlan())} backlogIds={['backlog-product', 'sprint-24']} />,
    );
    expect(html).toContain('Relay product backlog');
    expect(html).toContain('Custom emoji reactions for Acme Corp');
    expect(html).toContain('data-trace="orphan"');
  });

  it('renders read-only and error states on the server too', () => {
    expect(renderToString(<BacklogList plan={createPlan(samplePlan())} readOnly />)).toContain('Relay product backlog');
    expect(renderToString(<BacklogList plan={null} />)).toContain('role="alert"');
  });
});
