// `pnpm bench [name] [--no-build]`: runs every suite (or those whose name contains `name`) against
// the packages' source (the same code the builds contain). bench/run.ts builds what the chosen
// suites open first: Storybook for the browser suites, the packages for the size report.
import { execFileSync } from 'node:child_process';

// The benchmarks' Storybook also holds the peer pages (bench/stories), in a folder of its own
// (STORYBOOK_DIR names another, so two checkouts or two people can bench side by side).
const dir = process.env.STORYBOOK_DIR ?? 'storybook-bench';
const env = { ...process.env, THROUGHLINE_BENCH: '1', STORYBOOK_DIR: dir };
try {
  execFileSync('pnpm', ['exec', 'tsx', '--conditions=@throughline/source', 'bench/run.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
} catch {
  process.exit(1);
}
