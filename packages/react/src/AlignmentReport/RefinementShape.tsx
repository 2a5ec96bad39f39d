'use client';
import type { Readiness, RefinementBand, RefinementBandName, ReportShape } from '@throughline/core';
import { memo, useId } from 'react';
import type { ReportFormat } from './format.js';
import type { AlignmentReportMessages } from './messages.js';
import { ReportEmpty } from './ReportEmpty.js';

const READINESS: readonly Readiness[] = ['ready', 'partial', 'rough'];
/** The readiness each band of the 20/30/50 shape is drawn in on the expected bar. */
const EXPECTED: Readonly<Record<RefinementBandName, Readiness>> = { ready: 'ready', partial: 'partial', rest: 'rough' };

/**
 * The product backlog's refinement shape against 20/30/50: two stacked bars (drawn only), the
 * expected shape (ready, partial, rough in 20/30/50) above the backlog's own, band by band in
 * rank order with each band's entries by readiness, so the band edges line up; then the same as
 * text, a list of the bands with their counts and how many meet the band's bar.
 */
export const RefinementShape = memo(function RefinementShape(props: {
  readonly shape: ReportShape;
  readonly format: ReportFormat;
  readonly messages: AlignmentReportMessages;
  readonly className: string | undefined;
  readonly emptyClassName: string | undefined;
}) {
  const { shape, format, messages } = props;
  const headingId = useId();
  return (
    <div className={props.className}>
      <h3 id={headingId} className="tl-report-heading">
        {messages.shapeHeading}
      </h3>
      {shape.empty ? (
        <ReportEmpty reason={shape.empty} messages={messages} className={props.emptyClassName} />
      ) : (
        <>
          <p className="tl-muted">{messages.shapeCaption(format.number(shape.total), shape.total)}</p>
          <div className="tl-report-shape-chart" aria-hidden="true">
            <span className="tl-report-shape-label">{messages.expectedShape}</span>
            <span className="tl-report-stack" data-stack="expected">
              {shape.bands.map((band) =>
                band.expectedShare > 0 ? (
                  <span
                    key={band.name}
                    className="tl-report-segment"
                    data-band={band.name}
                    data-readiness={EXPECTED[band.name]}
                    style={{ flexGrow: band.expectedShare }}
                  />
                ) : null,
              )}
            </span>
            <span className="tl-report-shape-label">{messages.actualShape}</span>
            <span className="tl-report-stack" data-stack="actual">
              {shape.bands.map((band) => (band.size > 0 ? <BandSegments key={band.name} band={band} /> : null))}
            </span>
            <span className="tl-report-legend">
              {READINESS.map((readiness) => (
                <span key={readiness} className="tl-report-legend-entry">
                  <span className="tl-report-swatch" data-readiness={readiness} /> {messages.readiness[readiness]}
                </span>
              ))}
            </span>
          </div>
          <ul className="tl-report-bands" aria-labelledby={headingId}>
            {shape.bands.map((band) => (
              <li
                key={band.name}
                className="tl-report-band"
                data-band={band.name}
                data-meets={band.meeting === band.size}
              >
                <p>
                  <strong>{messages.bandName[band.name](format.percent(band.expectedShare))}</strong>{' '}
                  {messages.bandSummary(format.number(band.size), band.size, messages.bandBar[band.name])}
                </p>
                <p className="tl-muted">
                  {READINESS.map((readiness) =>
                    messages.readinessCount(messages.readiness[readiness], format.number(band.counts[readiness])),
                  ).join(' · ')}
                  {band.name === 'rest'
                    ? null
                    : ` · ${messages.meeting(format.number(band.meeting), format.number(band.size))}`}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});

/** One band of the backlog's bar: its entries by readiness, as long as their counts. */
function BandSegments({ band }: { band: RefinementBand }) {
  return (
    <span className="tl-report-stack-band" data-band={band.name} style={{ flexGrow: band.size }}>
      {READINESS.map((readiness) =>
        band.counts[readiness] > 0 ? (
          <span
            key={readiness}
            className="tl-report-segment"
            data-readiness={readiness}
            style={{ flexGrow: band.counts[readiness] }}
          />
        ) : null,
      )}
    </span>
  );
}
