import type { Finding, FindingSeverity } from './types.js';

/**
 * Findings of one rule that share a severity and a fix: said once, with every entity they name.
 * `F` is the findings' own type, for findings a view has added to (what their ids name, say).
 */
export interface FindingGroup<F extends Finding = Finding> {
  /** Unique in the list `groupFindings` returns: the JSON of `[rule, severity, hint]`. */
  readonly key: string;
  readonly rule: string;
  readonly severity: FindingSeverity;
  /** What to do about every finding in the group. */
  readonly hint: string;
  /** The findings, in the order given; each message names what it is about. */
  readonly findings: readonly F[];
  /** Every id the findings concern, each once, in order. */
  readonly ids: readonly string[];
}

const RANK: Readonly<Record<FindingSeverity, number>> = { error: 0, warn: 1 };

/**
 * The scorer's findings grouped for reading: one group per rule, severity and fix hint, so a plan
 * with no goals reads as one "serves no goal" group of 200 initiatives rather than 200 rows that
 * say the same. Errors come before warnings; otherwise groups keep the order of their first
 * finding, and findings keep theirs. A rule whose findings differ in severity or hint (a promoted
 * customer request is an error, a tech initiative a warning) gives one group for each, so nothing
 * is said at the wrong severity or with another finding's fix. Pure: the findings are not copied,
 * so findings carrying more than a `Finding` come back in their groups as they went in.
 *
 * @example
 * for (const group of groupFindings(report.findings)) {
 *   console.log(`${group.severity} ${group.rule} ×${group.findings.length}: ${group.hint}`);
 *   for (const finding of group.findings.slice(0, 3)) console.log(`  ${finding.message}`);
 *   if (group.findings.length > 3) console.log(`  …and ${group.findings.length - 3} more`);
 * }
 */
export function groupFindings<F extends Finding>(findings: readonly F[]): readonly FindingGroup<F>[] {
  const groups = new Map<string, { first: F; findings: F[]; ids: Set<string> }>();
  for (const finding of findings) {
    const key = JSON.stringify([finding.rule, finding.severity, finding.hint]);
    const entry = groups.get(key);
    if (entry) {
      entry.findings.push(finding);
      for (const id of finding.ids) entry.ids.add(id);
    } else groups.set(key, { first: finding, findings: [finding], ids: new Set(finding.ids) });
  }
  // Array#sort is stable: within a severity, groups stay in the order of their first finding.
  return [...groups]
    .map(([key, { first, findings: list, ids }]) => ({
      key,
      rule: first.rule,
      severity: first.severity,
      hint: first.hint,
      findings: list,
      ids: [...ids],
    }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
