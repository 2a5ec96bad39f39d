import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineBench } from './define.js';

// What each view and core's model weigh in a host's bundle, min+gz, against the budgets that
// `pnpm test` enforces (.size-limit.mjs): scripts/size.mjs measures the packages' builds.

const root = resolve(import.meta.dirname, '..');

export default defineBench({
  kind: 'report',
  name: 'bundle size (min+gz) against budgets',
  report: ({ build }) => {
    if (build) {
      const built = spawnSync('pnpm', ['--filter', '@throughline/core', '--filter', '@throughline/react', 'build'], {
        cwd: root,
        encoding: 'utf8',
      });
      if (built.status !== 0) throw new Error(`Building the packages failed:\n${built.stdout}${built.stderr}`);
    }
    // Printed whether or not an entry is over: the table is what this report is for.
    const sizes = spawnSync('node', ['scripts/size.mjs'], { cwd: root, encoding: 'utf8' });
    return `${sizes.stdout}${sizes.stderr}`.trimEnd();
  },
});
