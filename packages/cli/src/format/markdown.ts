import { example, firstFew } from './groups.js';
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
 * Host text (titles, ids) as inert Markdown: punctuation that would format, link, break a table cell
 * or mention someone is escaped, and newlines become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>|~#!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/@/g, '&#64;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * A summary fit for a pull-request comment: the score, a table of sub-scores, and a table of
 * findings grouped by rule with count, severity, an example and the fix; the ids each rule concerns
 * sit in a collapsed section.
 *
 * @example
 * pnpm exec throughline score plan.json --format markdown >> "$GITHUB_STEP_SUMMARY"
 */
export function formatMarkdown(out: ScoreOutput): string {
  const { report } = out;
  const lines = [`### Throughline alignment score: ${scoreText(report)}`, ''];
  if (underBar(out)) lines.push(`> [!CAUTION]`, `> ${underBarSentence(out)}`, '');
  if (out.salvage) lines.push(`> [!WARNING]`, `> ${salvageSentence(out.salvage)}`, '');
  lines.push('| Sub-score | Value | Counted | Weight |', '| --- | ---: | ---: | ---: |');
  for (const sub of report.subScores) {
    lines.push(`| ${sub.name} | ${subValue(sub)} | ${counted(sub)} | ${sub.weight} |`);
  }
  lines.push('', `**${capitalise(findingsSummary(out))}**`);
  if (out.groups.length > 0) {
    lines.push('', '| Rule | Severity | Count | Example | Fix |', '| --- | --- | ---: | --- | --- |');
    for (const g of out.groups) {
      const sample = escapeMarkdown(example(g));
      lines.push(`| \`${g.rule}\` | ${g.severity} | ${g.findings.length} | ${sample} | ${escapeMarkdown(g.hint)} |`);
    }
    lines.push('', '<details><summary>Ids by rule</summary>', '');
    for (const g of out.groups) {
      lines.push(`- \`${g.rule}\`: ${g.ids.length > 0 ? escapeMarkdown(firstFew(g.ids, 20)) : '(none)'}`);
    }
    lines.push('', '</details>');
  }
  lines.push('', `<sub>Scored for ${escapeMarkdown(scoredFor(report))}.</sub>`);
  return `${lines.join('\n')}\n`;
}
