import { example, firstFew } from './groups.js';
import {
  findingsSummary,
  type ScoreOutput,
  salvageSentence,
  scoreText,
  subValue,
  underBar,
  underBarSentence,
} from './output.js';

/** A workflow command's message: `%`, CR and LF escaped as the runner expects. */
export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value (`title=…`): also `:` and `,`. */
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command: `::error title=…::message`. */
export function annotation(level: 'error' | 'warning' | 'notice', title: string, message: string): string {
  return `::${level} title=${escapeProperty(title)}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow annotations: one per rule group (not per finding), each with its count,
 * an example, the first few ids and the fix; a notice with the score, an error when it is under
 * `--fail-under`, and a plain score line last.
 *
 * @example
 * - run: npx throughline score plan.json --format github --fail-under 70
 */
export function formatGithub(out: ScoreOutput): string {
  const { report } = out;
  const lines: string[] = [];
  if (out.salvage) lines.push(annotation('warning', 'Throughline: plan salvaged', salvageSentence(out.salvage)));
  for (const g of out.groups) {
    const message = [
      g.findings.length > 1 ? `${g.findings.length} findings. First: ${example(g)}` : example(g),
      ...(g.ids.length > 0 ? [`Ids: ${firstFew(g.ids, 10)}`] : []),
      `Fix: ${g.hint}`,
    ].join('\n');
    lines.push(annotation(g.severity === 'error' ? 'error' : 'warning', `${g.rule} (${g.findings.length})`, message));
  }
  const subScores = report.subScores.map((s) => `${s.name} ${subValue(s)}`).join(', ');
  const summary = `${scoreText(report)}: ${subScores}; ${findingsSummary(out)}.`;
  lines.push(annotation('notice', 'Throughline alignment score', summary));
  if (underBar(out)) lines.push(annotation('error', 'Throughline alignment score', underBarSentence(out)));
  lines.push(`Alignment score ${scoreText(report)}; ${findingsSummary(out)}`);
  return `${lines.join('\n')}\n`;
}
