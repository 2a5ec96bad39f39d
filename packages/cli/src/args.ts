import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isCalendarDate } from '@throughline/core';
import { CliError } from './io.js';

/** One option as `util.parseArgs` describes it: `{ type: 'string', short: 'o' }`. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string];

/** What `parseCommand` returns: each option's value (string or boolean, absent when not given) and the positionals. */
export interface ParsedCommand<O> {
  readonly values: { readonly [K in keyof O]?: O[K] extends { type: 'string' } ? string : boolean } & {
    readonly help?: boolean;
  };
  readonly positionals: readonly string[];
}

/**
 * Parses one command's arguments with `util.parseArgs` (strict: unknown options are errors; `-h` and
 * `--help` always accepted) and turns its errors into one-line usage errors naming the command.
 *
 * @example
 * const { values, positionals } = parseCommand('score', args, { today: { type: 'string' } });
 */
export function parseCommand<const O extends Record<string, OptionSpec>>(
  command: string,
  args: readonly string[],
  options: O,
): ParsedCommand<O> {
  const config = {
    args: [...args],
    options: { help: { type: 'boolean', short: 'h' }, ...options },
    allowPositionals: true,
    strict: true,
  } as const;
  return usageErrors(command, () => parseArgs(config)) as ParsedCommand<O>;
}

function usageErrors<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    // Node's advice on positionals that start with '-' runs long; the option's name is what matters.
    const message = (error instanceof Error ? error.message : String(error))
      .replace(/\s+/g, ' ')
      .replace(/\. To specify a positional argument.*$/, '');
    throw new CliError(`${command}: ${message} (see \`throughline ${command} --help\`)`);
  }
}

/** The one FILE a command takes: a usage error when it is missing or when there are extra arguments. */
export function oneFile(command: string, positionals: readonly string[], usage: string): string {
  const [file, ...rest] = positionals;
  if (file === undefined) throw new CliError(`${command}: missing FILE (usage: ${usage})`);
  if (rest.length > 0) throw new CliError(`${command}: unexpected argument "${rest[0]}" (usage: ${usage})`);
  return file;
}

/** Checks a `--today` value: a real calendar date written `YYYY-MM-DD`. */
export function parseDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) {
    throw new CliError(`${flag} must be a date written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** Checks a numeric flag such as `--fail-under` against a range. */
export function parseNumber(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(number) || number < min || number > max) {
    throw new CliError(`${flag} must be a number from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

/** Checks a flag whose value is one of a fixed list. */
export function parseChoice<const C extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly C[],
): C | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new CliError(`${flag} must be one of ${choices.join(', ')}, got "${value}"`);
  }
  return value as C;
}
