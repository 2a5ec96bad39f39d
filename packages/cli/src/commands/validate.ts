import { oneFile, parseCommand } from '../args.js';
import {
  plural,
  problemCounts,
  problemLines,
  salvageLines,
  setAsideSentence,
  setAsideSomething,
} from '../format/problems.js';
import { VALIDATE_HELP } from '../help.js';
import { displayName, type Io, writeOutput } from '../io.js';
import { loadPlan, planJson } from '../plan.js';

const USAGE = 'throughline validate FILE [--salvage] [-o FILE]';

/**
 * `throughline validate FILE [--salvage] [-o FILE]`: checks a plan and prints every problem as
 * `path: message [code]`. Exit 0 when the plan is valid (warnings may remain), 1 when it has errors.
 *
 * With `--salvage`, an invalid plan is salvaged and each problem is followed by what was set aside;
 * exit 0 when nothing was set aside (only warnings, or problems repaired without loss), 1 when
 * anything was. `-o FILE` writes the plan (valid or salvaged) as JSON; `-o -` writes it to standard
 * output, and the report then goes to standard error.
 */
export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('validate', args, {
    salvage: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const file = oneFile('validate', positionals, USAGE);
  const name = displayName(file);
  const loaded = await loadPlan(io, file, values.salvage === true);
  // The report goes where the plan does not.
  const report = values.output === '-' ? io.stderr : io.stdout;
  const print = (lines: readonly string[]) => {
    if (lines.length > 0) report(`${lines.join('\n')}\n`);
  };

  if (loaded.kind === 'invalid') {
    print(problemLines([...loaded.errors, ...loaded.warnings]));
    const hint = values.salvage ? '' : ' (--salvage keeps everything valid and says what it sets aside)';
    print([`${name}: not a valid plan: ${problemCounts([...loaded.errors, ...loaded.warnings])}${hint}`]);
    return 1;
  }
  if (loaded.kind === 'valid') {
    print(problemLines(loaded.warnings));
    const { items, initiatives } = loaded.plan;
    const warnings = loaded.warnings.length > 0 ? `; ${plural(loaded.warnings.length, 'warning')}` : '';
    print([
      `${name}: valid plan (${plural(items.length, 'item')}, ${plural(initiatives.length, 'initiative')})${warnings}`,
    ]);
    if (values.output !== undefined) await writeOutput(io, values.output, planJson(loaded.plan));
    return 0;
  }

  const { problems } = loaded.salvage;
  print(salvageLines(problems));
  const lost = setAsideSomething(problems);
  print([
    `${name}: ${problemCounts(problems)}; salvage kept a valid plan and set aside ${setAsideSentence(loaded.salvage)}`,
  ]);
  if (values.output !== undefined) await writeOutput(io, values.output, planJson(loaded.plan));
  return lost ? 1 : 0;
}
