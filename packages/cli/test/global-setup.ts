import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const packages = ['core', 'import', 'cli'].map((name) => join(root, 'packages', name));
/** Written after a build that succeeded (outside dist, so it is never published). */
const stamp = join(root, 'packages/cli/node_modules/.cache/throughline-cli-tests/built');

/** The newest modification time among a package's sources and build settings. */
function newestInput(dir: string): number {
  let newest = 0;
  const visit = (path: string) => {
    const stats = statSync(path);
    if (stats.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  visit(join(dir, 'src'));
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    if (existsSync(join(dir, file))) visit(join(dir, file));
  }
  return newest;
}

function upToDate(): boolean {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  // A build since ours (another run, `pnpm build`) may have failed half-way: build again.
  const output = packages.map((dir) => join(dir, 'dist/index.js'));
  if (output.some((file) => !existsSync(file) || statSync(file).mtimeMs > built)) return false;
  return packages.every((dir) => newestInput(dir) <= built);
}

/**
 * The bin tests run `node packages/cli/dist/bin.js`, and the test pipeline runs unit tests before the
 * package builds: build core, import and cli first, once per run, unless this setup built them after
 * the last change to any of their sources and no build has run since (a fresh clone always builds).
 */
export default function setup() {
  // For quick runs of the in-process tests only: the bin tests then use whatever dist holds.
  if (process.env.THROUGHLINE_SKIP_BUILD === '1' || upToDate()) return;
  try {
    execFileSync(
      'pnpm',
      ['--filter', '@throughline/core', '--filter', '@throughline/import', '--filter', '@throughline/cli', 'build'],
      { cwd: root, stdio: 'pipe', encoding: 'utf8' },
    );
  } catch (error) {
    const output = (error as { stdout?: string; stderr?: string }).stdout ?? '';
    throw new Error(`Building core, import and cli for the bin tests failed:\n${output.slice(-4000)}`);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
