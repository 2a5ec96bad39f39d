import { isAbsolute, normalize, sep } from 'node:path';
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

/** One workflow command: `::error file=plan.json,title=…::message` (`file` only when given). */
export function annotation(
  level: 'error' | 'warning' | 'notice',
  title: string,
  message: string,
  file?: string,
): string {
  const where = file === undefined ? '' : `file=${escapeProperty(file)},`;
  return `::${level} ${where}title=${escapeProperty(title)}::${escapeData(message)}`;
}

/**
 * The file annotations point at: a relative path as given (GitHub matches it against the
 * repository), nothing for standard input or an absolute path.
 */
export function annotatedFile(file: string): string | undefined {
  if (file === '-' || isAbsolute(file)) return undefined;
  return normalize(file).split(sep).join('/');
}

/**
 * GitHub Actions workflow annotations: one per rule group (not per finding), each with its count,
 * an example, the first few ids and the fix; a notice with the score, an error when it is under
 * `--fail-under`, and a plain score line last. Each points at the plan file when it has a relative
 * path, so a pull request that changes the plan shows them on it.
 *
 * @example
 * - run: npx throughline score plan.json --format github --fail-under 70
 */
export function formatGithub(out: ScoreOutput): string {
  const { report } = out;
  const file = out.file === undefined ? undefined : annotatedFile(out.file);
  const lines: string[] = [];
  if (out.salvage) {
    lines.push(annotation('warning', 'Throughline: plan salvaged', salvageSentence(out.salvage), file));
  }
  for (const g of out.groups) {
    const message = [
      g.findings.length > 1 ? `${g.findings.length} findings. First: ${example(g)}` : example(g),
      ...(g.ids.length > 0 ? [`Ids: ${firstFew(g.ids, 10)}`] : []),
      `Fix: ${g.hint}`,
    ].join('\n');
    const level = g.severity === 'error' ? 'error' : 'warning';
    lines.push(annotation(level, `${g.rule} (${g.findings.length})`, message, file));
  }
  const subScores = report.subScores.map((s) => `${s.name} ${subValue(s)}`).join(', ');
  const summary = `${scoreText(report)}: ${subScores}; ${findingsSummary(out)}.`;
  lines.push(annotation('notice', 'Throughline alignment score', summary, file));
  if (underBar(out)) lines.push(annotation('error', 'Throughline alignment score', underBarSentence(out), file));
  lines.push(`Alignment score ${scoreText(report)}; ${findingsSummary(out)}`);
  return `${lines.join('\n')}\n`;
}
