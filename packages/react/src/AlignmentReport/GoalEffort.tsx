'use client';
import type { PlanRef, ReportGoals, ReportRef } from '@throughline/core';
import type { CSSProperties } from 'react';
import { memo, useId } from 'react';
import type { ReportFormat } from './format.js';
import type { AlignmentReportMessages } from './messages.js';
import { ReportEmpty } from './ReportEmpty.js';

/** A share as a bar: drawn only (`aria-hidden`); the percentage beside it is the text. */
function ShareBar({ share, kind }: { share: number; kind: 'effort' | 'expected' }) {
  return (
    <span className="tl-report-share-bar" data-share={kind} aria-hidden="true">
      <span className="tl-report-share-fill" style={{ '--tl-report-share': Math.min(1, share) } as CSSProperties} />
    </span>
  );
}

function ShareCell({ share, kind, format }: { share: number; kind: 'effort' | 'expected'; format: ReportFormat }) {
  return (
    <td className="tl-report-share-cell">
      <span className="tl-report-share-text">{format.percent(share)}</span>
      <ShareBar share={share} kind={kind} />
    </td>
  );
}

/**
 * Where the effort goes against where the goals are: a table with a row per goal (its share of
 * the product backlog's estimate, and the even or weighted share it should get, each as a number
 * and a bar), then the share that serves no goal. When the effort cannot be compared (no goals, no
 * product backlog, nothing estimated) it says why, and still lists the goals with their expected share.
 */
export const GoalEffort = memo(function GoalEffort(props: {
  readonly goals: ReportGoals;
  readonly onSelect: ((ref: PlanRef) => void) | undefined;
  readonly format: ReportFormat;
  readonly messages: AlignmentReportMessages;
  readonly className: string | undefined;
  readonly emptyClassName: string | undefined;
}) {
  const { goals, format, messages, onSelect } = props;
  const headingId = useId();
  const comparable = goals.empty === null;
  return (
    <div className={props.className} data-basis={goals.basis}>
      <h3 id={headingId} className="tl-report-heading">
        {messages.goalsHeading}
      </h3>
      {goals.empty ? <ReportEmpty reason={goals.empty} messages={messages} className={props.emptyClassName} /> : null}
      {goals.goals.length > 0 ? (
        <table className="tl-report-table" aria-labelledby={headingId}>
          <caption className="tl-muted">{messages.goalsCaption(goals.basis)}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.goalColumn}</th>
              {comparable ? <th scope="col">{messages.effortColumn}</th> : null}
              <th scope="col">{messages.expectedColumn}</th>
            </tr>
          </thead>
          <tbody>
            {goals.goals.map((goal, at) => (
              // Goals are listed as the report lists them; the place keeps two with one id apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed for one report.
              <tr key={at} data-goal-missing={goal.ref.kind === null || undefined}>
                <th scope="row" className="tl-report-goal">
                  <GoalName goal={goal.ref} onSelect={onSelect} messages={messages} />
                  {goal.weight === undefined ? null : (
                    <span className="tl-muted"> ({messages.goalWeight(format.number(goal.weight))})</span>
                  )}
                </th>
                {comparable ? <ShareCell share={goal.effortShare} kind="effort" format={format} /> : null}
                <ShareCell share={goal.expectedShare} kind="expected" format={format} />
              </tr>
            ))}
            {comparable ? (
              <tr data-unaligned="">
                <th scope="row" className="tl-report-goal">
                  {messages.servesNoGoal}
                </th>
                <ShareCell share={goals.unalignedShare} kind="effort" format={format} />
                <td>–</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
    </div>
  );
});

/** A goal's title, as a link when the host navigates; an id the plan lacks is said to be missing. */
function GoalName(props: {
  goal: ReportRef;
  onSelect: ((ref: PlanRef) => void) | undefined;
  messages: AlignmentReportMessages;
}) {
  const { goal, onSelect } = props;
  if (goal.kind === null)
    return (
      <>
        {goal.id} <span className="tl-muted">({props.messages.notInPlan})</span>
      </>
    );
  if (!onSelect) return <>{goal.title}</>;
  return (
    <button
      type="button"
      className="tl-link-button tl-report-ref-button"
      onClick={() => onSelect({ kind: goal.kind, id: goal.id })}
    >
      {goal.title}
    </button>
  );
}
