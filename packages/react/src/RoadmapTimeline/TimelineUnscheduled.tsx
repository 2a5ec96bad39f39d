'use client';
import type { Initiative, UnscheduledGroup } from '@throughline/core';
import { memo } from 'react';
import type { RoadmapTimelineMessages } from './messages.js';
import { refAttributes, sameRef, type TimelineRef } from './refs.js';

/** Up to this many unscheduled initiatives are listed whole; more are grouped by horizon and folded. */
export const UNSCHEDULED_LIST = 12;
/** A folded group lists its first few. */
export const UNSCHEDULED_PREVIEW = 6;

/** The key a group is opened by: its horizon's id, or null for those with none. */
export const groupKey = (group: UnscheduledGroup): string | null => group.horizon?.id ?? null;

/**
 * The unscheduled initiatives that are listed (and so in the keyboard's order): all of a short
 * list; of a long one, each group's first few unless the group is open.
 */
export function listedUnscheduled(
  groups: readonly UnscheduledGroup[],
  open: ReadonlySet<string | null>,
): readonly Initiative[] {
  const total = groups.reduce((n, g) => n + g.initiatives.length, 0);
  if (total <= UNSCHEDULED_LIST) return groups.flatMap((g) => g.initiatives);
  return groups.flatMap((g) => (open.has(groupKey(g)) ? g.initiatives : g.initiatives.slice(0, UNSCHEDULED_PREVIEW)));
}

export interface TimelineUnscheduledProps {
  readonly groups: readonly UnscheduledGroup[];
  readonly open: ReadonlySet<string | null>;
  readonly onToggle: (key: string | null) => void;
  /** Offered when some of them have a horizon: the Now / Next / Later layout places them. */
  readonly onShowHorizons: (() => void) | undefined;
  readonly active: TimelineRef | null;
  readonly describedBy: string;
  readonly messages: RoadmapTimelineMessages;
  readonly className?: string | undefined;
}

/**
 * Initiatives with neither dates nor a dated horizon. A few are listed whole; hundreds come in
 * groups by horizon, each with its count and its first few, opened one group at a time.
 */
export const TimelineUnscheduled = memo(function TimelineUnscheduled(props: TimelineUnscheduledProps) {
  const { groups, messages } = props;
  const total = groups.reduce((n, g) => n + g.initiatives.length, 0);
  if (total === 0) return null;
  const item = (initiative: Initiative) => {
    const ref: TimelineRef = { kind: 'initiative', id: initiative.id };
    return (
      <li key={initiative.id}>
        <button
          type="button"
          className="tl-link-button"
          {...refAttributes(ref)}
          tabIndex={sameRef(props.active, ref) ? 0 : -1}
          aria-describedby={props.describedBy}
        >
          {initiative.title}
        </button>
      </li>
    );
  };
  const folded = total > UNSCHEDULED_LIST;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls.
    <div role="group" className={props.className} aria-label={messages.unscheduled}>
      <p className="tl-timeline-lane-title">
        {messages.unscheduled}
        {folded ? <span className="tl-muted"> · {messages.unscheduledCount(total)}</span> : null}
      </p>
      <p className="tl-muted">{messages.unscheduledHint}</p>
      {props.onShowHorizons ? (
        <button type="button" className="tl-timeline-action" onClick={props.onShowHorizons}>
          {messages.showInHorizons}
        </button>
      ) : null}
      {folded ? (
        groups.map((group) => {
          const key = groupKey(group);
          const open = props.open.has(key);
          const count = group.initiatives.length;
          const title = messages.unscheduledGroup(group.horizon?.title ?? null, count);
          return (
            // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls.
            <div role="group" key={key ?? ''} className="tl-timeline-unscheduled-group" aria-label={title}>
              <p className="tl-timeline-unscheduled-title">{title}</p>
              <ul>{(open ? group.initiatives : group.initiatives.slice(0, UNSCHEDULED_PREVIEW)).map(item)}</ul>
              {count > UNSCHEDULED_PREVIEW ? (
                <button
                  type="button"
                  className="tl-timeline-more"
                  aria-expanded={open}
                  onClick={() => props.onToggle(key)}
                >
                  {open ? messages.showFewer : messages.showAll(count)}
                </button>
              ) : null}
            </div>
          );
        })
      ) : (
        <ul>{groups.flatMap((g) => g.initiatives).map(item)}</ul>
      )}
    </div>
  );
});
