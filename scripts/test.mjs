// `pnpm test`: every check, in order, stopping at the first that fails. Ends with one line that
// sums every test the run executed: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${results}/${name}.json`];

/** Each step: a command, and where its test counts come from (none: the step counts as one check). */
const steps = [
  { name: 'typecheck', command: ['pnpm', '--silent', 'typecheck'] },
  { name: 'lint and format', command: ['pnpm', '--silent', 'lint'] },
  {
    name: 'unit tests',
    command: [
      'pnpm',
      'exec',
      'vitest',
      'run',
      '--project',
      'core',
      '--project',
      'react',
      '--project',
      'react-isolated',
      '--project',
      'react18',
      '--project',
      'react18-isolated',
      '--project',
      'import',
      '--project',
      'cli',
      ...vitestJson('unit'),
    ],
    counts: 'vitest:unit',
  },
  { name: 'package checks', command: ['node', 'scripts/check-packages.mjs'], counts: 'packages' },
  // A page built from the package checks' builds, on React 18 in Chromium.
  {
    name: 'React 18 in Chromium',
    command: ['pnpm', 'exec', 'vitest', 'run', '--project', 'react18-smoke', ...vitestJson('react18-smoke')],
    counts: 'vitest:react18-smoke',
  },
  {
    name: 'portal tests',
    command: ['node', 'scripts/test-portal.mjs', ...vitestJson('portal')],
    counts: 'vitest:portal',
  },
  {
    name: 'browser tests',
    command: ['node', 'scripts/test-browser.mjs', ...vitestJson('browser')],
    counts: 'vitest:browser',
  },
];

let passed = 0;
let failed = 0;

function addCounts(step, ok) {
  const file = step.counts?.startsWith('vitest:')
    ? `${results}/${step.counts.slice(7)}.json`
    : `${results}/${step.counts}.json`;
  if (step.counts && existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const p = report.numPassedTests ?? report.passed ?? 0;
    const f = report.numFailedTests ?? report.failed ?? 0;
    passed += p;
    failed += f;
    // A step can fail outside its tests (a crash before they ran): count that too.
    if (!ok && f === 0) failed += 1;
    return;
  }
  if (ok) passed += 1;
  else failed += 1;
}

const started = Date.now();
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n▶ ${step.name}`);
  const [command = '', ...args] = step.command;
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const ok = status === 0;
  addCounts(step, ok);
  console.log(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
  if (!ok) break;
}
console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
