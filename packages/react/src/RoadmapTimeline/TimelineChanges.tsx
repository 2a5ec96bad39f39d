'use client';
import {
  type BaselineFilter,
  type BaselineView,
  type InitiativeStatus,
  type Plan,
  type TimelineOrder,
  timelineOrderIndex,
} from '@throughline/core';
import { memo, useId, useMemo, useState } from 'react';
import { changeLines } from './changeText.js';
import type { RoadmapTimelineMessages } from './messages.js';

const FILTERS: readonly BaselineFilter[] = ['all', 'slipped', 'added', 'dropped'];
/** A long list (a re-planned quarter, an imported backlog) shows this many until asked for all. */
export const CHANGES_SHOWN = 50;

export interface TimelineChangesProps {
  readonly plan: Plan;
  readonly baseline: BaselineView;
  /** What the baseline is called: its snapshot's label, else the messages' fallback. */
  readonly label: string;
  readonly filter: BaselineFilter;
  readonly onFilter: (filter: BaselineFilter) => void;
  /** The timeline's reading order: a change names a bar to go to when its initiative is in it. */
  readonly order: TimelineOrder;
  /** Selects the initiative's bar, scrolls it into view and focuses it. */
  readonly onGo: (initiativeId: string) => void;
  readonly messages: RoadmapTimelineMessages;
  readonly className?: string | undefined;
}

/**
 * "Changes since <label>": the diff against the baseline in words, filtered to all, slipped, added
 * or dropped by a radio group (arrow keys move within it, as in any radio group); each change to
 * an initiative on the timeline is a button that selects and focuses its bar. A long list shows
 * its first `CHANGES_SHOWN` until "Show all" is pressed.
 */
export const TimelineChanges = memo(function TimelineChanges(props: TimelineChangesProps) {
  const { plan, baseline, label, filter, messages } = props;
  const uid = useId();
  const headingId = `${uid}-heading`;
  const [whole, setWhole] = useState(false);
  const counts = useMemo(() => FILTERS.map((f) => baseline.changes(f).length), [baseline]);
  const lines = useMemo(
    () =>
      changeLines(baseline.changes(filter), {
        plan,
        before: baseline.before,
        messages,
        status: (s) => messages.status[s as InitiativeStatus] ?? s,
      }),
    [baseline, filter, plan, messages],
  );
  return (
    <section className={props.className} aria-labelledby={headingId}>
      <h3 id={headingId} className="tl-timeline-changes-title">
        {messages.changesTitle(label)}
      </h3>
      <fieldset className="tl-timeline-changes-filter">
        <legend>{messages.changeFilterLabel}</legend>
        {FILTERS.map((f, i) => (
          <label key={f} data-checked={f === filter || undefined}>
            <input
              type="radio"
              name={`${uid}-filter`}
              value={f}
              checked={f === filter}
              onChange={() => props.onFilter(f)}
            />
            {messages.changeFilterOption(messages.changeFilters[f], counts[i] ?? 0)}
          </label>
        ))}
      </fieldset>
      {lines.length === 0 ? (
        <p className="tl-muted">{messages.noChanges(filter, label)}</p>
      ) : (
        <ul className="tl-timeline-changes-list">
          {(whole ? lines : lines.slice(0, CHANGES_SHOWN)).map((line) => (
            <li key={line.key}>
              {line.initiativeId !== undefined &&
              timelineOrderIndex(props.order, { kind: 'initiative', id: line.initiativeId }) >= 0 ? (
                <button
                  type="button"
                  className="tl-link-button"
                  onClick={() => props.onGo(line.initiativeId as string)}
                >
                  {line.text}
                </button>
              ) : (
                line.text
              )}
            </li>
          ))}
        </ul>
      )}
      {lines.length > CHANGES_SHOWN ? (
        <button type="button" className="tl-timeline-more" aria-expanded={whole} onClick={() => setWhole(!whole)}>
          {whole ? messages.showFewer : messages.showAll(lines.length)}
        </button>
      ) : null}
    </section>
  );
});
