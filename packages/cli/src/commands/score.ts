import { type PlanProblem, scoreAlignment } from '@throughline/core';
import { oneFile, parseChoice, parseCommand, parseDate, parseNumber } from '../args.js';
import { readScoreConfig } from '../config.js';
import { annotatedFile, annotation, formatGithub } from '../format/github.js';
import { formatMarkdown } from '../format/markdown.js';
import {
  FORMATS,
  type Format,
  type ScoreOutput,
  salvageSentence,
  scoreOutput,
  underBar,
  underBarSentence,
} from '../format/output.js';
import { problemCounts, problemLines, wholeInputSetAside } from '../format/problems.js';
import { formatText } from '../format/text.js';
import { SCORE_HELP } from '../help.js';
import { displayName, type Io } from '../io.js';
import { loadPlan } from '../plan.js';

const USAGE =
  'throughline score FILE [--format FORMAT] [--fail-under N] [--today YYYY-MM-DD] [--config FILE] [--salvage]';

const FORMATTERS: Record<Format, (out: ScoreOutput) => string> = {
  text: formatText,
  json: (out) => `${JSON.stringify(out.report, null, 2)}\n`,
  markdown: formatMarkdown,
  github: formatGithub,
};

/**
 * `throughline score FILE`: scores how well the backlog serves the roadmap and prints the report in
 * one of four formats. Exit 0, or 1 when the plan is invalid (its problems are listed; `--salvage`
 * scores what can be kept instead) or when the score is under `--fail-under N`. `--config FILE` holds
 * the scorer's options (rules, weights, product backlog, current horizon); `--today` wins over its
 * `today`.
 */
export async function scoreCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('score', args, {
    format: { type: 'string', short: 'f' },
    'fail-under': { type: 'string' },
    today: { type: 'string' },
    salvage: { type: 'boolean' },
    config: { type: 'string', short: 'c' },
  });
  if (values.help) {
    io.stdout(SCORE_HELP);
    return 0;
  }
  const format = parseChoice('--format', values.format, FORMATS) ?? 'text';
  const failUnder = parseNumber('--fail-under', values['fail-under'], 0, 100);
  const today = parseDate('--today', values.today);
  const file = oneFile('score', positionals, USAGE);
  const config = values.config === undefined ? {} : await readScoreConfig(io, values.config);
  const source = displayName(file);

  const loaded = await loadPlan(io, file, values.salvage === true);
  // Salvage cannot make a plan of something that is not one: there would be nothing to score.
  if (loaded.kind === 'invalid' || (loaded.kind === 'salvaged' && wholeInputSetAside(loaded.salvage))) {
    const problems = loaded.kind === 'invalid' ? [...loaded.errors, ...loaded.warnings] : loaded.salvage.problems;
    refuseInvalid(io, file, problems, format, loaded.kind === 'invalid');
    return 1;
  }

  const salvage = loaded.kind === 'salvaged' ? loaded.salvage : undefined;
  if (salvage) io.stderr(`${source}: ${salvageSentence(salvage)} (details: throughline validate --salvage)\n`);
  const report = scoreAlignment(loaded.plan, today === undefined ? config : { ...config, today });
  const out = scoreOutput(report, source, { failUnder, salvage, file });
  io.stdout(FORMATTERS[format](out));
  if (underBar(out)) {
    // The text, markdown and github formats say so themselves; json keeps stdout a pure report.
    if (format === 'json') io.stderr(`${underBarSentence(out)}\n`);
    return 1;
  }
  return 0;
}

/** Lists an invalid plan's problems on standard error (and, for `github`, in one annotation). */
function refuseInvalid(io: Io, file: string, problems: readonly PlanProblem[], format: Format, canSalvage: boolean) {
  const source = displayName(file);
  const hint = canSalvage ? ' (--salvage scores what can be kept)' : '';
  const summary = `${source}: not a valid plan: ${problemCounts(problems)}; nothing was scored${hint}`;
  io.stderr(`${[...problemLines(problems), summary].join('\n')}\n`);
  if (format !== 'github') return;
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = problemLines(errors).slice(0, 10);
  const more = errors.length > shown.length ? [`…and ${errors.length - shown.length} more`] : [];
  const message = [summary, ...shown, ...more].join('\n');
  io.stdout(`${annotation('error', 'Throughline: invalid plan', message, annotatedFile(file))}\n`);
}
