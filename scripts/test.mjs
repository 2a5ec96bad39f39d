// `pnpm test`: every check, in stages that each start once the one before has passed, side by side
// within a stage. Ends with one line that sums every test the run executed: "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${results}/${name}.json`];

/** Each step: a command, and where its test counts come from (none: the step counts as one check). */
const typecheck = { name: 'typecheck', command: ['pnpm', '--silent', 'typecheck'] };
const lint = { name: 'lint and format', command: ['pnpm', '--silent', 'lint'] };
const unit = {
  name: 'unit tests',
  command: [
    'pnpm',
    'exec',
    'vitest',
    'run',
    ...['core', 'react', 'react-isolated', 'react18', 'react18-isolated', 'import', 'cli'].flatMap((project) => [
      '--project',
      project,
    ]),
    ...vitestJson('unit'),
  ],
  counts: 'vitest:unit',
};
const packages = { name: 'package checks', command: ['node', 'scripts/check-packages.mjs'], counts: 'packages' };
// A page built from the package checks' builds, on React 18 in Chromium.
const react18 = {
  name: 'React 18 in Chromium',
  command: ['pnpm', 'exec', 'vitest', 'run', '--project', 'react18-smoke', ...vitestJson('react18-smoke')],
  counts: 'vitest:react18-smoke',
};
const portal = {
  name: 'portal tests',
  command: ['node', 'scripts/test-portal.mjs', ...vitestJson('portal')],
  counts: 'vitest:portal',
};
const storybook = { name: 'Storybook build', command: ['pnpm', '--silent', 'build-storybook'] };
const browser = {
  name: 'browser tests',
  command: ['node', 'scripts/test-browser.mjs', '--no-build', ...vitestJson('browser')],
  counts: 'vitest:browser',
};

/**
 * Stages run in order, each once the one before has passed. A stage's lanes run side by side (the
 * steps of a lane in order): a type check or a build uses one core while the tests beside it use
 * the rest. The first lane's output streams; the others' is printed when they end.
 */
const stages = [[[unit], [typecheck, lint]], [[packages, react18, portal], [storybook]], [[browser]]];

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

/** Runs one step: its output to the terminal (`live`) or kept and returned, its time, its counts. */
function runStep(step, live) {
  return new Promise((resolve) => {
    const stepStarted = Date.now();
    const [command = '', ...args] = step.command;
    const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    if (live) console.log(`\n▶ ${step.name}`);
    child.on('close', (status) => {
      const ok = status === 0;
      addCounts(step, ok);
      const took = ((Date.now() - stepStarted) / 1000).toFixed(1);
      if (!live) console.log(`\n▶ ${step.name} (ran alongside)\n${output}`);
      console.log(`${ok ? '✔' : '✘'} ${step.name} (${took} s)`);
      resolve(ok);
    });
  });
}

/** Runs a lane's steps in order, stopping at the first that fails. */
async function runLane(lane, live) {
  for (const step of lane) if (!(await runStep(step, live))) return false;
  return true;
}

const started = Date.now();
for (const stage of stages) {
  const lanes = await Promise.all(stage.map((lane, at) => runLane(lane, at === 0)));
  if (lanes.includes(false)) break;
}
console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
