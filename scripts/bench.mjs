// `pnpm bench`: builds what the browser suites open, then runs every suite against the packages'
// source (the same code the builds contain).
import { execFileSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

ensureChromium();
// The benchmarks' Storybook also holds the peer pages (bench/stories), in a folder of its own
// (STORYBOOK_DIR names another, so two checkouts or two people can bench side by side).
const dir = process.env.STORYBOOK_DIR ?? 'storybook-bench';
const env = { ...process.env, THROUGHLINE_BENCH: '1', STORYBOOK_DIR: dir };
if (!process.argv.includes('--no-build')) {
  execFileSync('pnpm', ['exec', 'storybook', 'build', '--quiet', '--output-dir', dir], {
    stdio: 'inherit',
    env,
  });
}
const args = process.argv.slice(2).filter((arg) => arg !== '--no-build');
try {
  execFileSync('pnpm', ['exec', 'tsx', '--conditions=@throughline/source', 'bench/run.ts', ...args], {
    stdio: 'inherit',
    env,
  });
} catch {
  process.exit(1);
}
