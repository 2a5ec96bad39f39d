'use client';
import type { Plan, TimelineBar } from '@throughline/core';
import { getPlanIndex } from '@throughline/core';
import { FindingList } from '../shared/FindingList.js';
import { goalText, progressText, type TimelineFormat } from './format.js';
import type { RoadmapTimelineMessages } from './messages.js';

export interface TimelineDetailsProps {
  readonly plan: Plan;
  readonly bar: TimelineBar | undefined;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly className?: string;
  readonly id: string;
}

/** What is behind the selected bar: its dates, confidence, backlog work, goals, dependencies and findings. */
export function TimelineDetails({ plan, bar, messages, format, className, id }: TimelineDetailsProps) {
  if (!bar) {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a group, not a region: several timelines may share a page.
      <div role="group" className={className} aria-label={messages.details} id={id}>
        <p className="tl-muted">{messages.detailsEmpty}</p>
      </div>
    );
  }
  const index = getPlanIndex(plan);
  const initiative = bar.initiative;
  const facts = [
    bar.horizon?.title,
    bar.dated && bar.start !== undefined && bar.end !== undefined ? format.range(bar.start, bar.end) : messages.undated,
    initiative ? messages.confidence[initiative.confidence] : null,
    initiative
      ? messages.status[initiative.status]
      : messages.initiatives(bar.initiativeIds.length, format.number(bar.initiativeIds.length)),
    progressText(bar, messages, format),
    bar.itemCount > 0 ? messages.items(bar.itemCount, format.number(bar.itemCount)) : null,
    bar.itemCount > 0 ? messages.ready(format.percent(bar.readyShare)) : null,
  ].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group, not a region: several timelines may share a page.
    <div role="group" className={className} aria-label={messages.details} id={id}>
      <p className="tl-details-title">{bar.title}</p>
      {initiative?.description ? <p>{initiative.description}</p> : null}
      <p className="tl-muted">{facts.join(' · ')}</p>
      <p>
        {bar.goals.length === 0
          ? messages.servesNoGoal
          : messages.servesGoals(bar.goals.map((g) => goalText(g, messages, format)).join('; '))}
      </p>
      {bar.kind === 'theme' ? (
        <ul>
          {bar.initiativeIds.map((initiativeId) => (
            <li key={initiativeId}>{index.initiatives.get(initiativeId)?.title ?? initiativeId}</li>
          ))}
        </ul>
      ) : null}
      {bar.dependsOn.length > 0 ? (
        <ul className="tl-details-dependencies">
          {bar.dependsOn.map((dep) => (
            <li key={dep.initiative.id} data-late={dep.late || undefined}>
              {dep.late ? messages.lateDependency(dep.initiative.title) : messages.dependsOn(dep.initiative.title)}
            </li>
          ))}
        </ul>
      ) : null}
      {bar.findings.length > 0 ? (
        <>
          <p className="tl-details-subtitle">{messages.findings(bar.findings.length)}</p>
          <FindingList findings={bar.findings} className="tl-details-findings" />
        </>
      ) : null}
    </div>
  );
}
