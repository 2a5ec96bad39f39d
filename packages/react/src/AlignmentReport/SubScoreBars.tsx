'use client';
import type { ReportBar, SubScoreDelta } from '@throughline/core';
import type { CSSProperties } from 'react';
import { memo, useId } from 'react';
import type { ReportFormat } from './format.js';
import type { AlignmentReportMessages } from './messages.js';
import { SubScoreChange } from './ThenAndNow.js';

/**
 * The five sub-scores as a list: each its name, its value as a percentage and as a bar (a
 * `<meter>` named by the sub-score, drawn as a CSS bar for the eye), what it counted out of what, its weight and the scorer's explanation.
 * A sub-score that measured nothing says so in place of its bar. Against a baseline, each value is
 * followed by its change since (`SubScoreChange`).
 */
export const SubScoreBars = memo(function SubScoreBars(props: {
  readonly bars: readonly ReportBar[];
  readonly format: ReportFormat;
  readonly messages: AlignmentReportMessages;
  readonly className: string | undefined;
  /** Each sub-score then and now, against a baseline; `since` names it. */
  readonly changes?: readonly SubScoreDelta[] | undefined;
  readonly since?: string | undefined;
}) {
  const { bars, format, messages, changes, since } = props;
  const headingId = useId();
  return (
    <div className={props.className}>
      <h3 id={headingId} className="tl-report-heading">
        {messages.subScoresHeading}
      </h3>
      <ul className="tl-report-bars" aria-labelledby={headingId}>
        {bars.map((bar) => (
          <SubScoreBar
            key={bar.name}
            bar={bar}
            format={format}
            messages={messages}
            change={changes?.find((c) => c.name === bar.name)}
            since={since}
          />
        ))}
      </ul>
    </div>
  );
});

function SubScoreBar({
  bar,
  format,
  messages,
  change,
  since,
}: {
  bar: ReportBar;
  format: ReportFormat;
  messages: AlignmentReportMessages;
  change: SubScoreDelta | undefined;
  since: string | undefined;
}) {
  const nameId = useId();
  const percent = format.percent(bar.value);
  const fraction = messages.fraction(format.number(bar.numerator), format.number(bar.denominator));
  return (
    <li className="tl-report-bar-item" data-name={bar.name} data-band={bar.band} data-measured={bar.measured}>
      <p className="tl-report-bar-head">
        <span id={nameId} className="tl-report-bar-name">
          {messages.subScore[bar.name]}
        </span>
        <span className="tl-report-bar-value">
          {bar.measured ? percent : '–'}
          {change && since !== undefined ? (
            <>
              {' '}
              <SubScoreChange change={change} since={since} format={format} messages={messages} />
            </>
          ) : null}
        </span>
      </p>
      {bar.measured ? (
        <>
          <meter
            className="tl-visually-hidden"
            aria-labelledby={nameId}
            aria-valuetext={`${percent}: ${fraction}`}
            min={0}
            max={1}
            low={0.6}
            high={0.8}
            optimum={1}
            value={bar.value}
          />
          <span className="tl-report-bar" aria-hidden="true">
            <span className="tl-report-bar-fill" style={{ '--tl-report-share': bar.value } as CSSProperties} />
          </span>
        </>
      ) : (
        <p className="tl-report-bar-facts">{messages.notMeasured}</p>
      )}
      <p className="tl-report-bar-facts">
        {fraction} · {messages.weight(format.number(bar.weight))}
      </p>
      <p className="tl-report-bar-explanation tl-muted">{bar.explanation}</p>
    </li>
  );
}
