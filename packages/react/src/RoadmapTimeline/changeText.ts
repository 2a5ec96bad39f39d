import { getPlanIndex, type Plan, type PlanDiffEntry, type PlanRef } from '@throughline/core';
import type { TimelineBaselineMessages } from './baselineMessages.js';

/** One line of the "what changed" list: its words, and the initiative it names (a bar to go to). */
export interface ChangeLine {
  /** Unique in its list: the entry's kind, ref and field as JSON (ids may hold any character). */
  readonly key: string;
  readonly text: string;
  readonly initiativeId?: string;
}

const INDEXED = {
  goal: 'goals',
  theme: 'themes',
  initiative: 'initiatives',
  feature: 'features',
  milestone: 'milestones',
  horizon: 'horizons',
  item: 'items',
  backlog: 'backlogs',
} as const;

/** An entity's title today, else in the baseline, else its id. */
function titleIn(plans: readonly Plan[], ref: PlanRef): string {
  for (const plan of plans) {
    const found = getPlanIndex(plan)[INDEXED[ref.kind]].get(ref.id);
    if (found) return found.title;
  }
  return ref.id;
}

/** A status in words: an initiative's by the view's messages, any other as stored. */
type StatusWords = (status: string) => string;

/**
 * The diff's entries as the "what changed" list reads them, one message per kind, each naming
 * its entity by today's title (the baseline's for one removed since).
 *
 * @example
 * changeLines(baseline.changes('slipped'), { plan, before: baseline.before, messages, status });
 * // [{ key: '["rescheduled","initiative","init-onboarding"]', text: 'Onboarding checklist: 21 days later', initiativeId: 'init-onboarding' }]
 */
export function changeLines(
  entries: readonly PlanDiffEntry[],
  context: {
    readonly plan: Plan;
    readonly before: Plan;
    readonly messages: TimelineBaselineMessages;
    readonly status: StatusWords;
  },
): readonly ChangeLine[] {
  const { messages: m } = context;
  const plans = [context.plan, context.before];
  const horizon = (id: string | undefined) => (id === undefined ? undefined : titleIn(plans, { kind: 'horizon', id }));
  return entries.map((e): ChangeLine => {
    if (e.kind === 'vision-changed') return { key: JSON.stringify([e.kind, e.field]), text: m.changeVision(e.field) };
    if (e.kind === 'review-changed')
      return { key: JSON.stringify([e.kind, e.link.from, e.link.to]), text: m.changeReview };
    const title = e.kind === 'added' || e.kind === 'removed' ? e.title : titleIn(plans, e.ref);
    const field = 'field' in e ? e.field : undefined;
    const key = JSON.stringify([e.kind, e.ref.kind, e.ref.id, field ?? null]);
    const initiativeId = e.ref.kind === 'initiative' && e.kind !== 'removed' ? e.ref.id : undefined;
    const line = (text: string): ChangeLine =>
      initiativeId === undefined ? { key, text } : { key, text, initiativeId };
    switch (e.kind) {
      case 'added':
        return line(m.changeAdded(m.refKind[e.ref.kind], title));
      case 'removed':
        return line(m.changeRemoved(m.refKind[e.ref.kind], title));
      case 'rescheduled': {
        const moved = e.horizon && { before: horizon(e.horizon.before), after: horizon(e.horizon.after) };
        const horizons = moved && {
          ...(moved.before !== undefined ? { before: moved.before } : {}),
          ...(moved.after !== undefined ? { after: moved.after } : {}),
        };
        return line(m.changeRescheduled(title, e.end?.days ?? e.start?.days, e.direction, horizons));
      }
      case 'status-changed':
        return line(m.changeStatus(title, e.ref.kind === 'initiative' ? context.status(e.after) : e.after));
      case 'link-changed':
        return line(m.changeLink(title, e.field));
      case 'estimate-changed':
        return line(m.changeEstimate(title, e.before, e.after));
      case 'order-changed':
        return line(m.changeOrder(title, e.moved.length));
      case 'backlog-items-changed':
        return line(m.changeBacklogItems(title, e.added.length, e.removed.length));
      default:
        return line(m.changeField(title, e.field));
    }
  });
}
