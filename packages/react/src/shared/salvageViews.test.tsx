import { render, screen, within } from '@testing-library/react';
import type { SalvageProblem } from '@throughline/core';
import { createPlan } from '@throughline/core';
import { type ReactElement, StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BacklogList } from '../BacklogList/BacklogList.js';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline.js';
import { TraceabilityMatrix } from '../TraceabilityMatrix/TraceabilityMatrix.js';
import { dataFixed, dataWithProblems } from './dataWithProblems.story.js';

// Every view, given raw data with a bad date, an id used twice and a dangling parent: it draws
// what could be kept and says what was set aside; `strict` keeps the all-or-nothing error state.

interface ViewProps {
  readonly plan: unknown;
  readonly strict?: boolean;
  readonly onProblems?: (problems: readonly SalvageProblem[]) => void;
}

const TODAY = '2026-03-02';
const views: [name: string, view: (props: ViewProps) => ReactElement, drawn: () => void][] = [
  [
    'BacklogList',
    (props) => <BacklogList {...props} />,
    () => {
      const rows = within(screen.getByRole('list', { name: 'Product backlog' })).getAllByRole('listitem');
      expect(rows.map((row) => row.querySelector('.tl-backlog-title')?.textContent)).toEqual([
        'Show the checklist',
        'Invite teammates from the checklist',
        'Checklist on the empty dashboard',
        'SAML login',
      ]);
    },
  ],
  [
    'RoadmapTimeline',
    (props) => <RoadmapTimeline {...props} today={TODAY} locale="en-GB" />,
    () => {
      expect(screen.getByRole('button', { name: /^Single sign-on,/ })).toBeInTheDocument();
      // Its end date was dropped: it is listed with the initiatives not yet scheduled.
      expect(screen.getByRole('button', { name: /^Guided first project(,|$)/ })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Guided first project \(copy\),/ })).toBeNull();
    },
  ],
  [
    'TraceabilityMatrix',
    (props) => <TraceabilityMatrix {...props} today={TODAY} locale="en-GB" rows="initiatives" />,
    () => {
      const titles = screen.getAllByRole('rowheader').map((h) => h.querySelector('.tl-matrix-title')?.textContent);
      expect(titles).toEqual(expect.arrayContaining(['Guided first project', 'Single sign-on']));
      expect(titles).not.toContain('Guided first project (copy)');
    },
  ],
];

/** The notice's sentence: the status inside the part marked as the salvage notice. */
const noticeStatus = () =>
  screen.queryAllByRole('status').filter((status) => status.closest('[data-tl-part="salvage-notice"]'));

describe.each(views)('%s given raw data with problems', (_name, view, drawn) => {
  it('draws the salvaged plan and a notice with the right counts, above the view', () => {
    const { container } = render(view({ plan: dataWithProblems() }));
    drawn();
    const [status] = noticeStatus();
    expect(status).toHaveTextContent('3 problems in the data; 1 initiative left out, 1 field dropped, 1 link removed.');
    const notice = container.querySelector('[data-tl-part="salvage-notice"]') as HTMLElement;
    expect(notice).toHaveClass('tl-salvage-notice');
    // First inside the view's root, so it sits above what the view draws.
    expect(notice.parentElement).toBe(container.firstElementChild);
    expect(notice.parentElement?.querySelector(':scope > :not([aria-hidden])')).toBe(notice);
    const problems = within(notice).getAllByRole('listitem');
    expect(problems.map((p) => p.querySelector('.tl-error-code')?.textContent)).toEqual([
      '[invalid-date]',
      '[duplicate-id]',
      '[dangling-reference]',
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when strict, shows the list of errors instead', () => {
    render(view({ plan: dataWithProblems(), strict: true }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('items[2].parentId');
    expect(alert).toHaveTextContent('[duplicate-id]');
    expect(document.querySelector('[data-tl-part="salvage-notice"]')).toBeNull();
  });

  it('shows no notice for a plan from createPlan', () => {
    const plan = createPlan(dataFixed());
    const onProblems = vi.fn();
    render(view({ plan, onProblems }));
    expect(document.querySelector('[data-tl-part="salvage-notice"]')).toBeNull();
    expect(noticeStatus()).toEqual([]);
    expect(onProblems).not.toHaveBeenCalled();
  });

  it('reports the problems to onProblems once per input, after render', () => {
    const onProblems = vi.fn<(problems: readonly SalvageProblem[]) => void>();
    const input = dataWithProblems();
    const { rerender } = render(view({ plan: input, onProblems }));
    expect(onProblems).toHaveBeenCalledTimes(1);
    expect(onProblems.mock.calls[0]?.[0].map((p) => p.setAside.kind)).toEqual(['field', 'entity', 'reference']);
    // The same input again, with a new callback: not reported again. A new input is.
    rerender(view({ plan: input, onProblems: (problems) => onProblems(problems) }));
    expect(onProblems).toHaveBeenCalledTimes(1);
    rerender(view({ plan: dataWithProblems(), onProblems }));
    expect(onProblems).toHaveBeenCalledTimes(2);
  });

  it('reports once under StrictMode too, where effects run twice', () => {
    const onProblems = vi.fn();
    render(<StrictMode>{view({ plan: dataWithProblems(), onProblems })}</StrictMode>);
    expect(onProblems).toHaveBeenCalledTimes(1);
  });
});
