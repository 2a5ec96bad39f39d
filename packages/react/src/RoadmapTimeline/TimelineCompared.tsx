'use client';
import type { Plan, TimelineOrder } from '@throughline/core';
import type { TimelineFormat } from './format.js';
import type { RoadmapTimelineMessages } from './messages.js';
import { TimelineChanges } from './TimelineChanges.js';
import { TimelineRemoved } from './TimelineRemoved.js';
import type { useTimelineBaseline } from './useTimelineBaseline.js';

/**
 * Under the timeline, when it is compared with a readable baseline: the initiatives removed since,
 * then (unless `showChanges` is false) the "what changed" list. Nothing otherwise.
 */
export function TimelineCompared(props: {
  readonly compared: ReturnType<typeof useTimelineBaseline>;
  readonly plan: Plan;
  readonly showChanges: boolean;
  /** The keyboard's reading order: a change names a bar to go to when its initiative is in it. */
  readonly order: TimelineOrder;
  readonly onGo: (initiativeId: string) => void;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly className?: string | undefined;
}) {
  const { compared, messages } = props;
  if (!compared.baseline) return null;
  return (
    <>
      <TimelineRemoved
        removed={compared.removed}
        label={compared.label}
        horizonTitle={compared.horizonTitle}
        messages={messages}
        format={props.format}
      />
      {props.showChanges ? (
        <TimelineChanges
          plan={props.plan}
          baseline={compared.baseline}
          label={compared.label}
          filter={compared.filter}
          onFilter={compared.setFilter}
          order={props.order}
          onGo={props.onGo}
          messages={messages}
          className={props.className}
        />
      ) : null}
    </>
  );
}
