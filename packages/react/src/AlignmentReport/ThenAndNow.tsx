'use client';
import type { ScoreThenAndNow, SubScoreDelta } from '@throughline/core';
import type { ReportFormat } from './format.js';
import type { AlignmentReportMessages, ScoreChangeDirection } from './messages.js';

/** Drawn before a change, so its direction is never colour alone. */
const GLYPH: Record<ScoreChangeDirection, string> = { up: '▲', down: '▼', none: '=' };

/** Which way a change goes, as drawn to one decimal (a change that rounds to 0.0 did not move). */
const directionOf = (rounded: number): ScoreChangeDirection => (rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'none');

interface ChangeProps {
  /** The baseline's name: its label, or the view's words for an unlabelled one. */
  readonly since: string;
  readonly format: ReportFormat;
  readonly messages: AlignmentReportMessages;
}

/** A change drawn short with its glyph (for the eye only) and read whole. */
function Change(props: {
  readonly className: string;
  readonly direction: ScoreChangeDirection;
  readonly drawn: string;
  readonly label: string;
  readonly as: 'p' | 'span';
}) {
  const Tag = props.as;
  return (
    <Tag className={props.className} data-change={props.direction}>
      <span aria-hidden="true">
        <span className="tl-report-change-glyph">{GLYPH[props.direction]}</span> {props.drawn}
      </span>
      <span className="tl-visually-hidden">{props.label}</span>
    </Tag>
  );
}

/**
 * The score then and now, under the gauge: "▼ 82.6 → 74.2, −8.4 since Q3 review", read as "Down
 * 8.4 points since Q3 review, from 82.6 to 74.2". The direction is on `data-change` for the colour.
 */
export function ScoreChange({ change, since, format, messages }: ChangeProps & { readonly change: ScoreThenAndNow }) {
  const direction = directionOf(change.delta);
  const args = [format.score(change.before), format.score(change.now), format.score(Math.abs(change.delta))] as const;
  return (
    <Change
      as="p"
      className="tl-report-change"
      direction={direction}
      drawn={messages.scoreChange(...args, direction, since)}
      label={messages.scoreChangeLabel(...args, direction, since)}
    />
  );
}

/**
 * A sub-score's change since the baseline, beside its value, in percentage points as the bar
 * shows a percentage: "▼ −22.8 pts". One measured on one side only says so ("not measured then";
 * "88.9% at Q3 review"); one measured on neither side draws nothing.
 */
export function SubScoreChange({ change, since, format, messages }: ChangeProps & { readonly change: SubScoreDelta }) {
  const { before, now, delta } = change;
  if (before === undefined && now === undefined) return null;
  if (before === undefined || now === undefined || delta === undefined) {
    const text =
      before === undefined ? messages.notMeasuredThen : messages.measuredOnlyThen(format.percent(before), since);
    return (
      <span className="tl-report-bar-change" data-change="unmeasured">
        {text}
      </span>
    );
  }
  const points = Math.round(delta * 1000) / 10;
  const direction = directionOf(points);
  const amount = format.score(Math.abs(points));
  return (
    <Change
      as="span"
      className="tl-report-bar-change"
      direction={direction}
      drawn={messages.subScoreChange(amount, direction)}
      label={messages.subScoreChangeLabel(amount, format.percent(before), direction, since)}
    />
  );
}
