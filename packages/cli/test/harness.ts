import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { samplePlan } from '@throughline/core/sample';
import type { Io } from '../src/io.js';
import { run } from '../src/run.js';

/** What one run of the command did. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files written with `-o`, by path (in-process runs only). */
  readonly written: ReadonlyMap<string, string>;
}

/** An `Io` over a map of files and a string for standard input, recording what is written. */
export function memoryIo(files: Readonly<Record<string, string>> = {}, stdin = '') {
  const out = { stdout: '', stderr: '', written: new Map<string, string>() };
  const io: Io = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readStdin: async () => stdin,
    readFile: async (path) => {
      if (path.endsWith('/')) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/nonexistent/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      out.written.set(path, text);
    },
  };
  return { io, out };
}

/** Runs the command in-process over in-memory files. */
export async function cli(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  stdin = '',
): Promise<CliResult> {
  const { io, out } = memoryIo(files, stdin);
  const code = await run(argv, io);
  return { code, ...out };
}

/** The built bin, `packages/cli/dist/bin.js`. */
export const binPath = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** Spawns the built bin (`node dist/bin.js …`) in `cwd`, with `stdin` piped in. */
export function spawnBin(argv: readonly string[], options: { cwd: string; stdin?: string }): CliResult {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [binPath, ...argv], {
    cwd: options.cwd,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, THROUGHLINE_DEBUG: '' },
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, written: new Map() };
}

/** A fresh temporary folder with the given files in it; `remove()` deletes it. */
export function tempDir(files: Readonly<Record<string, string>>) {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** JSON text of a value, as a plan file holds it. */
export const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The sample plan with a bad date (`items[0].createdAt`) and a dangling parent (`items[1].parentId`). */
export function brokenPlan(): Record<string, unknown> {
  const plan = samplePlan() as unknown as { items: Record<string, unknown>[] };
  const [first, second] = plan.items;
  if (!first || !second) throw new Error('the sample plan has fewer than two items');
  first.createdAt = '2026-13-45';
  second.parentId = 'no such item';
  return plan as unknown as Record<string, unknown>;
}

/** The date every score in the tests is computed for, so reports repeat exactly. */
export const TODAY = '2026-11-25';
