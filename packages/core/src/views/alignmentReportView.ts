import type { Plan } from '../model/types.js';
import { groupFindings } from '../score/groupFindings.js';
import { resolveRule } from '../score/scoreAlignment.js';
import type { AlignmentReport } from '../score/types.js';
import type {
  AlignmentReportView,
  AlignmentReportViewOptions,
  ReportBar,
  ReportFinding,
  ScoreBand,
} from './alignmentReportTypes.js';
import { reportGoals } from './reportGoals.js';
import { refResolver } from './reportRefs.js';
import { reportShape } from './reportShape.js';

/** The lowest score (0–100) of each band; below `fair` is `poor`. */
const BAND_FLOORS = { good: 80, fair: 60 } as const;

const bandOf = (score: number, measured: boolean): ScoreBand =>
  !measured ? 'unmeasured' : score >= BAND_FLOORS.good ? 'good' : score >= BAND_FLOORS.fair ? 'fair' : 'poor';

/**
 * What the alignment report view draws, from a scorer's report and the plan it was scored on
 * (for titles): the score as a gauge with its band (`good` from 80, `fair` from 60, `poor` below,
 * `unmeasured` when no sub-score measured anything); the five sub-scores as bars with their
 * numerator, denominator, weight and explanation; the findings grouped by rule, severity and fix
 * (`groupFindings`), each id looked up in the plan as `{ kind, id, title }` (an id the plan does
 * not hold comes back with `kind: null` rather than failing); each goal's share of the effort
 * against an even share or its stated `weight`; and the product backlog's refinement shape
 * against 20/30/50, with the bands the readiness sub-score uses. Parts with nothing to draw say
 * why (`empty`: no product backlog, no goals, nothing estimated). Pure: the report is read, never
 * recomputed, so a report given by the host is drawn as it is.
 *
 * @example
 * const report = scoreAlignment(plan, { today: '2026-11-25' });
 * const view = alignmentReportView(report, plan);
 * view.gauge; // { score: 81.7, band: 'good', measured: 5 }
 * view.findings.groups.map((group) => `${group.severity} ${group.rule} ×${group.findings.length}`);
 * view.shape.bands.map((band) => `${band.name}: ${band.meeting} of ${band.size}`);
 */
export function alignmentReportView(
  report: AlignmentReport,
  plan: Plan,
  options: AlignmentReportViewOptions = {},
): AlignmentReportView {
  const refOf = refResolver(plan);
  const measured = report.subScores.filter((s) => s.denominator > 0).length;

  const bars = report.subScores.map(
    (s): ReportBar => ({
      name: s.name,
      value: s.value,
      numerator: s.numerator,
      denominator: s.denominator,
      weight: s.weight,
      explanation: s.explanation,
      measured: s.denominator > 0,
      band: bandOf(100 * s.value, s.denominator > 0),
    }),
  );

  const findings = report.findings.map((finding): ReportFinding => ({ ...finding, refs: finding.ids.map(refOf) }));
  const counts = { error: 0, warn: 0 };
  for (const finding of findings) counts[finding.severity]++;

  const shapeOptions = resolveRule('refinement-shape', options.scoreOptions ?? {}).options;
  return {
    today: report.today,
    productBacklog: report.productBacklogId === undefined ? null : refOf(report.productBacklogId),
    currentHorizon: report.currentHorizonId === undefined ? null : refOf(report.currentHorizonId),
    gauge: { score: report.score, band: bandOf(report.score, measured > 0), measured },
    bars,
    findings: { groups: groupFindings(findings), counts, total: findings.length },
    goals: reportGoals(report, plan, refOf),
    shape: reportShape(report, shapeOptions),
  };
}
