'use client';
import type { ReportGauge, ScoreThenAndNow } from '@throughline/core';
import { memo, useId } from 'react';
import type { ReportFormat } from './format.js';
import type { AlignmentReportMessages } from './messages.js';
import { ScoreChange } from './ThenAndNow.js';

// A half circle from the start edge to the end edge; `pathLength` makes its length 100, so the
// value arc's dash is the score itself.
const ARC = 'M 10 60 A 50 50 0 0 1 110 60';

/**
 * The score as a gauge: a `<meter>` named by the heading, whose value and text say the score,
 * out of 100, and its band in words (its `low`, `high` and `optimum` are the bands' edges), drawn
 * as a half-circle arc with the number in it (for the eye only: `aria-hidden`), and the same words
 * written out below. The band is on `data-band` for the colour. Against a baseline, the score then
 * and now follows (`ScoreChange`).
 */
export const ScoreGauge = memo(function ScoreGauge(props: {
  readonly gauge: ReportGauge;
  readonly format: ReportFormat;
  readonly messages: AlignmentReportMessages;
  readonly className: string | undefined;
  /** The score then and now, against a baseline; `since` names it. */
  readonly change?: ScoreThenAndNow | undefined;
  readonly since?: string | undefined;
}) {
  const { gauge, format, messages, change, since } = props;
  const headingId = useId();
  const score = format.score(gauge.score);
  const text = messages.gauge(score, messages.band[gauge.band]);
  return (
    <div className={props.className} data-band={gauge.band}>
      <h3 id={headingId} className="tl-report-heading">
        {messages.scoreHeading}
      </h3>
      {/* The meter is what assistive technology reads; the arc and the number are drawn for the eye. */}
      <meter
        className="tl-visually-hidden"
        aria-labelledby={headingId}
        aria-valuetext={text}
        min={0}
        max={100}
        low={60}
        high={80}
        optimum={100}
        value={gauge.score}
      />
      <div className="tl-report-gauge-dial" aria-hidden="true">
        <svg className="tl-report-gauge-arc" viewBox="0 0 120 66" aria-hidden="true" focusable="false">
          <path className="tl-report-gauge-track" d={ARC} pathLength={100} />
          {gauge.score > 0 ? (
            <path className="tl-report-gauge-value" d={ARC} pathLength={100} strokeDasharray={`${gauge.score} 100`} />
          ) : null}
        </svg>
        <span className="tl-report-gauge-number">{score}</span>
      </div>
      <p className="tl-report-gauge-text">{text}</p>
      {change && since !== undefined ? (
        <ScoreChange change={change} since={since} format={format} messages={messages} />
      ) : null}
    </div>
  );
});
