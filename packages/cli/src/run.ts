import { readFileSync } from 'node:fs';
import { diffCommand } from './commands/diff.js';
import { importCommand } from './commands/import.js';
import { scoreCommand } from './commands/score.js';
import { validateCommand } from './commands/validate.js';
import { MAIN_HELP } from './help.js';
import { CliError, type Io, nodeIo } from './io.js';

type Handler = (args: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Handler> = {
  import: importCommand,
  validate: validateCommand,
  score: scoreCommand,
  diff: diffCommand,
};

/** The package's version, read from its package.json (one level above both `src` and `dist`). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Runs the `throughline` command with `argv` (the arguments after the program name) and returns the
 * exit code: 0 done, 1 the plan has errors or the score is under the bar, 2 a usage error or
 * unreadable input. User errors print one line to standard error, never a stack trace. `io` defaults
 * to this process's streams and file system; tests pass their own.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2));
 */
export async function run(argv: readonly string[], io: Io = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `throughline help score` is `throughline score --help`.
    if (command === 'help' && rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0])) {
      return await (COMMANDS[rest[0]] as Handler)(['--help'], io);
    }
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(MAIN_HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) {
      const what = command.startsWith('-') ? 'option' : 'command';
      throw new CliError(`unknown ${what} "${command}" (commands: ${Object.keys(COMMANDS).join(', ')}; see --help)`);
    }
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`throughline: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a user error: still one line, with the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`throughline: unexpected error: ${message.split('\n')[0]} (set THROUGHLINE_DEBUG=1 for details)\n`);
    if (process.env.THROUGHLINE_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
