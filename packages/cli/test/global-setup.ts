import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const packages = ['core', 'import', 'cli'].map((name) => join(root, 'packages', name));
/** Written after a build that succeeded; a build of the cli package (`rm -rf dist`) removes it. */
const stamp = join(root, 'packages/cli/dist/.built-for-tests');

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
  if (packages.some((dir) => !existsSync(join(dir, 'dist/index.js')))) return false;
  const built = statSync(stamp).mtimeMs;
  return packages.every((dir) => newestInput(dir) <= built);
}

/**
 * The bin tests run `node packages/cli/dist/bin.js`, and the test pipeline runs unit tests before the
 * package builds: build core, import and cli first, once per run, unless the builds are newer than
 * every source (a fresh clone always builds).
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
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
