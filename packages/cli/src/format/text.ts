import { example, firstFew, ruleDescription } from './groups.js';
import {
  capitalise,
  counted,
  findingsSummary,
  type ScoreOutput,
  salvageSentence,
  scoredFor,
  scoreText,
  subValue,
  underBar,
  underBarSentence,
} from './output.js';

/**
 * The terminal format: the score, each sub-score with what it counted, and the findings grouped by
 * rule (an example message, the first few ids, the fix) — never one line per finding.
 *
 * @example
 * io.stdout(formatText(scoreOutput(scoreAlignment(plan), 'plan.json')));
 */
export function formatText(out: ScoreOutput): string {
  const { report } = out;
  const lines = [`Alignment score ${scoreText(report)}  (${scoredFor(report)})`];
  if (out.salvage) lines.push(salvageSentence(out.salvage));
  lines.push('', 'Sub-scores');
  const width = Math.max(...report.subScores.map((s) => s.name.length));
  const countedWidth = Math.max(...report.subScores.map((s) => counted(s).length));
  for (const sub of report.subScores) {
    const weight = sub.weight.toFixed(2);
    lines.push(
      `  ${sub.name.padEnd(width)}  ${subValue(sub).padStart(6)}  ${counted(sub).padEnd(countedWidth)}  weight ${weight}  ${sub.explanation}`,
    );
  }
  lines.push('', capitalise(findingsSummary(out)));
  for (const group of out.groups) {
    const label = group.severity === 'error' ? 'error' : 'warn ';
    lines.push('', `  ${label}  ${group.rule} ×${group.findings.length}  ${ruleDescription(group.rule)}`);
    lines.push(
      `         ${example(group)}${group.findings.length > 1 ? ` (and ${group.findings.length - 1} more like it)` : ''}`,
    );
    if (group.ids.length > 0) lines.push(`         ids: ${firstFew(group.ids)}`);
    lines.push(`         fix: ${group.hint}`);
  }
  if (underBar(out)) lines.push('', underBarSentence(out));
  return `${lines.join('\n')}\n`;
}
