import { diffPlans, type PlanProblem } from '@throughline/core';
import { parseChoice, parseCommand, parseNumber } from '../args.js';
import { type DiffOutput, formatDiffMarkdown, formatDiffText } from '../format/diff.js';
import { salvageSentence } from '../format/output.js';
import { problemCounts, problemLines, wholeInputSetAside } from '../format/problems.js';
import { DIFF_HELP } from '../help.js';
import { CliError, displayName, type Io } from '../io.js';
import { type LoadedComparable, loadComparable } from '../plan.js';

const USAGE = 'throughline diff BEFORE AFTER [--format text|json|markdown] [--min-move N] [--salvage]';
const FORMATS = ['text', 'json', 'markdown'] as const;

const FORMATTERS: Record<(typeof FORMATS)[number], (out: DiffOutput) => string> = {
  text: formatDiffText,
  json: (out) => `${JSON.stringify(out.diff, null, 2)}\n`,
  markdown: formatDiffMarkdown,
};

/** "Q3 review" (2026-09-30) for a snapshot, the file name for a plan. */
const nameOf = (file: string, loaded: LoadedComparable) =>
  loaded.label === undefined ? displayName(file) : `"${loaded.label}" (${loaded.takenAt})`;

/**
 * `throughline diff BEFORE AFTER`: what changed from one plan (or snapshot) to another, as the
 * review summary a team pastes into its planning notes. Exit 0 once printed, changes or not; 1 when
 * either file is not a valid plan or snapshot (its problems are listed; `--salvage` compares what
 * can be kept instead); 2 on a usage error or an unreadable file.
 */
export async function diffCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('diff', args, {
    format: { type: 'string', short: 'f' },
    'min-move': { type: 'string' },
    salvage: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const format = parseChoice('--format', values.format, FORMATS) ?? 'text';
  const minMove = parseNumber('--min-move', values['min-move'], 0, Number.MAX_SAFE_INTEGER);
  const [beforeFile, afterFile, extra] = positionals;
  if (beforeFile === undefined || afterFile === undefined) {
    throw new CliError(`diff: missing ${beforeFile === undefined ? 'BEFORE and AFTER' : 'AFTER'} (usage: ${USAGE})`);
  }
  if (extra !== undefined) throw new CliError(`diff: unexpected argument "${extra}" (usage: ${USAGE})`);
  if (beforeFile === '-' && afterFile === '-') throw new CliError('diff: only one of BEFORE and AFTER can be -');

  const salvage = values.salvage === true;
  const before = await loadComparable(io, beforeFile, salvage);
  const after = await loadComparable(io, afterFile, salvage);
  let refused = false;
  for (const [file, loaded] of [
    [beforeFile, before],
    [afterFile, after],
  ] as const) {
    if (loaded.kind === 'invalid' || (loaded.kind === 'salvaged' && wholeInputSetAside(loaded.salvage))) {
      const problems = loaded.kind === 'invalid' ? [...loaded.errors, ...loaded.warnings] : loaded.salvage.problems;
      refuse(io, file, problems, loaded.kind === 'invalid');
      refused = true;
    } else if (loaded.kind === 'salvaged') {
      io.stderr(
        `${displayName(file)}: ${salvageSentence(loaded.salvage, 'comparing')} (details: throughline validate --salvage)\n`,
      );
    }
  }
  if (refused || before.kind === 'invalid' || after.kind === 'invalid') return 1;

  const diff = diffPlans(before.plan, after.plan, minMove === undefined ? {} : { minMove });
  const named = (loaded: LoadedComparable) => ({
    ...(loaded.label !== undefined ? { label: loaded.label } : {}),
    ...(loaded.takenAt !== undefined ? { takenAt: loaded.takenAt } : {}),
  });
  io.stdout(
    FORMATTERS[format]({
      diff: { ...diff, before: named(before), after: named(after) },
      before: before.plan,
      after: after.plan,
      beforeName: nameOf(beforeFile, before),
      afterName: nameOf(afterFile, after),
    }),
  );
  return 0;
}

function refuse(io: Io, file: string, problems: readonly PlanProblem[], canSalvage: boolean) {
  const hint = canSalvage ? ' (--salvage compares what can be kept)' : '';
  const summary = `${displayName(file)}: not a valid plan or snapshot: ${problemCounts(problems)}; nothing was compared${hint}`;
  io.stderr(`${[...problemLines(problems), summary].join('\n')}\n`);
}
