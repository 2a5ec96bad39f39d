'use client';
import type {
  AlignmentReportView,
  Plan,
  PlanRef,
  ScoreOptions,
  AlignmentReport as ScoreReport,
} from '@throughline/core';
import { memo, type ReactNode, useCallback, useMemo, useRef } from 'react';
import { BaselineNotice } from '../shared/BaselineNotice.js';
import { cx } from '../shared/classes.js';
import { PlanView } from '../shared/PlanView.js';
import { type BaselineInput, isBaselineView } from '../shared/useBaseline.js';
import type { SalvageProps } from '../shared/usePlan.js';
import { reportFormat } from './format.js';
import { GoalEffort } from './GoalEffort.js';
import { type AlignmentReportMessages, defaultAlignmentReportMessages } from './messages.js';
import { RefinementShape } from './RefinementShape.js';
import { ReportFindings } from './ReportFindings.js';
import { ScoreGauge } from './ScoreGauge.js';
import { SubScoreBars } from './SubScoreBars.js';
import { useReport, useReportView } from './useReportView.js';
import { useThenAndNow } from './useThenAndNow.js';

/** The parts of AlignmentReport a host can give a class of its own (`classNames`). */
export type AlignmentReportSlot =
  | 'root'
  | 'header'
  | 'gauge'
  | 'subScores'
  | 'findings'
  | 'goals'
  | 'shape'
  | 'empty'
  | 'error'
  | 'notice';

const DEFAULT_CLASSES: Record<AlignmentReportSlot, string> = {
  root: 'tl-root tl-report',
  header: 'tl-report-header',
  gauge: 'tl-report-part tl-report-gauge',
  subScores: 'tl-report-part tl-report-sub-scores',
  findings: 'tl-report-part tl-report-findings',
  goals: 'tl-report-part tl-report-goals',
  shape: 'tl-report-part tl-report-shape',
  empty: 'tl-report-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

/** What AlignmentReport takes: the plan, and the report to show or the options to score it with. */
export interface AlignmentReportProps extends SalvageProps {
  /** A plan from `createPlan`, or raw host data (validated; data with problems drawn salvaged, with a notice). */
  readonly plan: unknown;
  /**
   * A report the host computed (`scoreAlignment`, say on its server): shown as it is, the plan
   * naming what its findings concern. Without it, the plan is scored on `today` with `scoreOptions`.
   */
  readonly report?: ScoreReport;
  /** How to score, and, with a given `report`, how it was scored (the refinement bands come from here). */
  readonly scoreOptions?: Omit<ScoreOptions, 'today'>;
  /** Called with the goal, initiative, item or backlog a finding or a goal row names, for the host's navigation. */
  readonly onSelect?: (ref: PlanRef) => void;
  /** Today, `YYYY-MM-DD`, for the scorer; default the current UTC date. */
  readonly today?: string;
  readonly messages?: Partial<AlignmentReportMessages>;
  /** For numbers, shares and the date; default: the reader's locale (`en-US` on the server and while hydrating). */
  readonly locale?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly className?: string;
  readonly classNames?: Partial<Record<AlignmentReportSlot, string>>;
  readonly unstyled?: boolean;
  /** The plan compared with a baseline: `useBaseline(plan, lastQuarter)`'s result. Unreadable baselines show their problems in a notice; today's plan is drawn as it is. */
  readonly baseline?: BaselineInput;
}

/**
 * The alignment score explained: the score as a gauge, its five sub-scores as bars with what each
 * counted, the findings grouped by rule (each group a disclosure, each finding's items and
 * initiatives as links through `onSelect`), each goal's share of the effort against its expected
 * share, and the product backlog's refinement shape against 20/30/50. Every number is also text.
 * Given a `baseline` (`useBaseline`), the plan is scored with the links suspect since (they count
 * half, and the `suspect-links` findings name them), and the score and each sub-score say how they
 * moved since the baseline's own score ("82.6 → 74.2, −8.4 since Q3 review"). A host's `report`
 * should then be scored with `{ suspects: baseline.suspects }`: only the baseline's side is scored here.
 *
 * @example
 * <AlignmentReport plan={plan} today="2026-11-25" onSelect={({ kind, id }) => navigate(`/${kind}s/${encodeURIComponent(id)}`)} />
 * <AlignmentReport plan={plan} baseline={useBaseline(plan, lastQuarter)} />
 */
export function AlignmentReport(props: AlignmentReportProps) {
  return (
    <PlanView props={props} defaults={defaultAlignmentReportMessages} classes={DEFAULT_CLASSES}>
      {(setup) => <Report {...props} {...setup} />}
    </PlanView>
  );
}

interface ReportProps extends Omit<AlignmentReportProps, 'plan' | 'messages' | 'locale'> {
  readonly plan: Plan;
  readonly messages: AlignmentReportMessages;
  readonly slot: (name: AlignmentReportSlot) => string | undefined;
  readonly notice: ReactNode;
  readonly locale: string;
}

/** The report over a valid plan: the view-model from core, the parts drawing it. */
function Report(props: ReportProps) {
  const { messages, slot } = props;
  const baseline = props.baseline && isBaselineView(props.baseline) ? props.baseline : undefined;
  const drawn = useReport({ ...props, suspects: baseline?.suspects });
  const view = useReportView(drawn, props.plan, props.scoreOptions);
  const change = useThenAndNow(baseline, drawn, props.scoreOptions);
  const since = baseline ? (baseline.diff.before.label ?? messages.unlabelledBaseline) : undefined;
  const format = useMemo(() => reportFormat(props.locale), [props.locale]);
  const onSelect = useStableSelect(props.onSelect);
  return (
    <div className={cx(slot('root'), props.className)} dir={props.dir} data-band={view.gauge.band}>
      {props.notice}
      <BaselineNotice baseline={props.baseline} messages={messages} />
      <ReportHeader view={view} format={format} messages={messages} className={slot('header')} />
      <div className="tl-report-summary">
        <ScoreGauge
          gauge={view.gauge}
          format={format}
          messages={messages}
          className={slot('gauge')}
          change={change}
          since={since}
        />
        <SubScoreBars
          bars={view.bars}
          format={format}
          messages={messages}
          className={slot('subScores')}
          changes={change?.subScores}
          since={since}
        />
      </div>
      <ReportFindings
        findings={view.findings}
        onSelect={onSelect}
        format={format}
        messages={messages}
        className={slot('findings')}
      />
      <div className="tl-report-summary">
        <GoalEffort
          goals={view.goals}
          onSelect={onSelect}
          format={format}
          messages={messages}
          className={slot('goals')}
          emptyClassName={slot('empty')}
        />
        <RefinementShape
          shape={view.shape}
          format={format}
          messages={messages}
          className={slot('shape')}
          emptyClassName={slot('empty')}
        />
      </div>
    </div>
  );
}

/** The view's heading, and what the report was computed against: the day, the backlog, the horizon. */
const ReportHeader = memo(function ReportHeader(props: {
  view: AlignmentReportView;
  format: ReturnType<typeof reportFormat>;
  messages: AlignmentReportMessages;
  className: string | undefined;
}) {
  const { view, format, messages } = props;
  const name = (ref: AlignmentReportView['productBacklog']) => (ref === null ? '' : (ref.title ?? ref.id));
  return (
    <div className={props.className}>
      <h2 className="tl-report-title">{messages.title}</h2>
      <p className="tl-muted">
        {[
          messages.scoredOn(format.date(view.today)),
          view.productBacklog ? messages.productBacklog(name(view.productBacklog)) : messages.noProductBacklog,
          view.currentHorizon ? messages.currentHorizon(name(view.currentHorizon)) : messages.noCurrentHorizon,
        ].join(' · ')}
      </p>
    </div>
  );
});

/**
 * The host's `onSelect` behind one function that keeps its identity while the host passes a new
 * callback each render, so the memoised parts do not re-render for it; `undefined` while the host
 * passes none, so the parts draw text rather than buttons that do nothing.
 */
function useStableSelect(onSelect: ((ref: PlanRef) => void) | undefined): ((ref: PlanRef) => void) | undefined {
  const latest = useRef(onSelect);
  latest.current = onSelect;
  const select = useCallback((ref: PlanRef) => latest.current?.(ref), []);
  return onSelect ? select : undefined;
}
