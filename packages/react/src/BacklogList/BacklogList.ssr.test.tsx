// @vitest-environment node
import { backlogPriority, createPlan, scorePriorities } from '@throughline/core';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BacklogList } from './BacklogList.js';

describe('BacklogList on the server', () => {
  // React says on the console what a server render got wrong (an effect it cannot run there, a
  // missing key): a host's server log must stay clean, on React 18 as on 19.
  const consoleError = vi.spyOn(console, 'error');
  beforeEach(() => consoleError.mockClear());
  afterEach(() => expect(consoleError).not.toHaveBeenCalled());

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

  it('renders the same HTML for every request, so the drag instructions a handle names match after hydration', () => {
    const render = () =>
      renderToString(<BacklogList plan={createPlan(samplePlan())} backlogIds={['backlog-product', 'sprint-24']} />);
    const first = render();
    // More requests in the same server process: the drag library's own ids count on across them.
    render();
    const third = render();
    expect(third).toBe(first);
    // The instructions themselves are drawn once the list mounts in the browser, under this id.
    const described = new Set([...first.matchAll(/aria-describedby="([^"]+)"/g)].map((match) => match[1]));
    expect(described.size).toBe(1);
  });

  it('draws a long list previewed in a framework’s order as its first window of rows, in that order', () => {
    const plan = createPlan(generatePlan({ seed: 3, items: 600, priorities: true }));
    const product = plan.backlogs.find((b) => b.kind === 'product');
    if (!product || product.itemIds.length <= 150) throw new Error('the generated product backlog is too short');
    const wsjf = scorePriorities(plan, { framework: 'wsjf' });
    const order = backlogPriority(plan, product.id, wsjf)?.order ?? [];
    const html = renderToString(
      <BacklogList plan={plan} backlogIds={[product.id]} priority={wsjf} defaultPriorityPreview={product.id} />,
    );
    expect(html).toContain('data-virtual');
    expect(html).toContain('aria-pressed="true"');
    const drawn = [...html.matchAll(/data-item-id="([^"]+)"/g)].map((match) => match[1]);
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.length).toBeLessThan(40);
    expect(drawn).toEqual(order.slice(0, drawn.length));
    expect(order.slice(0, drawn.length)).not.toEqual(product.itemIds.slice(0, drawn.length));
  });
});
