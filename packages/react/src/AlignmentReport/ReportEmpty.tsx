'use client';
import type { AlignmentReportEmptyReason } from '@throughline/core';
import type { AlignmentReportMessages } from './messages.js';

/** Why a part of the report has nothing to draw, and what to do about it, in the `empty` slot. */
export function ReportEmpty(props: {
  readonly reason: AlignmentReportEmptyReason;
  readonly messages: AlignmentReportMessages;
  readonly className: string | undefined;
}) {
  return (
    <div className={props.className} data-empty={props.reason}>
      <p>{props.messages.emptyReason[props.reason]}</p>
      <p className="tl-muted">{props.messages.emptyHint[props.reason]}</p>
    </div>
  );
}
