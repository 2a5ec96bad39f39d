'use client';
import type { ReportFindings as Findings, PlanRef, ReportFinding } from '@throughline/core';
import { memo, useCallback } from 'react';
import { FindingList } from '../shared/FindingList.js';
import type { ReportFormat } from './format.js';
import type { AlignmentReportMessages } from './messages.js';
import { RefList } from './RefList.js';

/**
 * The findings, grouped by rule, severity and fix: a heading with the count and the count by
 * severity, then one disclosure per group (`FindingList`, collapsible) whose findings each list
 * what they concern as links (`RefList`).
 */
export const ReportFindings = memo(function ReportFindings(props: {
  readonly findings: Findings;
  readonly onSelect: ((ref: PlanRef) => void) | undefined;
  readonly format: ReportFormat;
  readonly messages: AlignmentReportMessages;
  readonly className: string | undefined;
}) {
  const { findings, onSelect, format, messages } = props;
  const { counts, total } = findings;
  const renderDetail = useCallback(
    (finding: ReportFinding) => <RefList refs={finding.refs} onSelect={onSelect} messages={messages} />,
    [onSelect, messages],
  );
  return (
    <div className={props.className}>
      <h3 className="tl-report-heading">{messages.findingsHeading(format.number(total), total)}</h3>
      {total === 0 ? (
        <p>{messages.noFindings}</p>
      ) : (
        <>
          <p className="tl-muted">
            {messages.findingCounts(format.number(counts.error), format.number(counts.warn), counts.error, counts.warn)}
          </p>
          <FindingList
            groups={findings.groups}
            collapsible
            headingLevel={4}
            preview={25}
            className="tl-report-findings-list"
            messages={messages.findingList}
            renderDetail={renderDetail}
          />
        </>
      )}
    </div>
  );
});
