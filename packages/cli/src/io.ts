import { readFile, writeFile } from 'node:fs/promises';

/**
 * Everything the command touches outside itself: the terminal's streams and the file system.
 * `run` takes one, so tests drive the command in-process with strings and a fake file system.
 *
 * @example
 * const out: string[] = [];
 * const io: Io = { ...nodeIo(), stdout: (text) => out.push(text) };
 * await run(['score', 'plan.json'], io);
 */
export interface Io {
  /** Writes to standard output, as is (the caller adds newlines). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error, as is. */
  readonly stderr: (text: string) => void;
  /** Reads all of standard input as UTF-8. */
  readonly readStdin: () => Promise<string>;
  /** Reads a file as UTF-8; rejects with a Node error carrying `code` (`ENOENT`, `EISDIR`…). */
  readonly readFile: (path: string) => Promise<string>;
  /** Writes a file as UTF-8, replacing it. */
  readonly writeFile: (path: string, text: string) => Promise<void>;
}

/** The real streams and file system of this Node process. */
export function nodeIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
}

/**
 * A problem with what the user asked for or gave: a one-line reason, no stack trace. `exitCode` is 2
 * for usage errors and unreadable input.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** How a file argument is named in messages: `-` is standard input. */
export const displayName = (file: string) => (file === '-' ? 'standard input' : file);

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in REASONS) return REASONS[code] as string;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'could not be read';
}

/**
 * Reads a file argument (`-` for standard input) as text: throws a `CliError` with a one-line
 * reason when it is missing, unreadable, empty or binary. A byte-order mark is dropped.
 */
export async function readText(io: Io, file: string): Promise<string> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    throw new CliError(`${displayName(file)}: ${reasonOf(error)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CliError(`${displayName(file)}: the file is empty`);
  if (text.includes('\u0000')) {
    // A UTF-16 byte-order mark read as UTF-8 is two replacement characters: spreadsheet "Unicode text".
    const utf16 = text.startsWith('\ufffd\ufffd') ? ' (it looks like UTF-16: save it as UTF-8)' : '';
    throw new CliError(`${displayName(file)}: a binary file, not text${utf16}`);
  }
  return text;
}

/** Reads a file argument as JSON; a file that is not JSON gets a one-line reason (and a hint for CSV). */
export async function readJson(io: Io, file: string): Promise<unknown> {
  const text = await readText(io, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    if (looksLikeCsv(text) && !/^\s*[[{]/.test(text)) {
      throw new CliError(
        `${displayName(file)}: not JSON (it looks like CSV: turn it into a plan with \`throughline import\`)`,
      );
    }
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
    throw new CliError(`${displayName(file)}: not JSON: ${detail}`);
  }
}

/** Reads a file argument as CSV text: JSON (or anything without a delimiter) is refused with a reason. */
export async function readCsv(io: Io, file: string): Promise<string> {
  const text = await readText(io, file);
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    throw new CliError(`${displayName(file)}: not CSV (it looks like JSON)`);
  }
  if (!looksLikeCsv(text)) {
    throw new CliError(`${displayName(file)}: not CSV (the first line has no comma, semicolon or tab between columns)`);
  }
  return text;
}

/** A header line with at least two columns. */
function looksLikeCsv(text: string): boolean {
  const header = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(header);
}

/** Writes text to `-o FILE`, or to standard output when the file is `-` or absent. */
export async function writeOutput(io: Io, file: string | undefined, text: string): Promise<void> {
  if (file === undefined || file === '-') {
    io.stdout(text);
    return;
  }
  try {
    await io.writeFile(file, text);
  } catch (error) {
    const missing = (error as { code?: unknown } | null)?.code === 'ENOENT';
    throw new CliError(`${file}: cannot write: ${missing ? 'its folder does not exist' : reasonOf(error)}`);
  }
}
