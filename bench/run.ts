// `pnpm bench`: runs every suite (or those whose name contains the first argument) and prints
// medians with each case's ratio to its suite's baseline, all measured in this one run, then the
// report suites' tables. Browser suites open a static Storybook, built here unless --no-build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { launchChromium } from '../tests/support/chromium.js';
import { serveStatic } from '../tests/support/static-server.js';
import { readStoryIndex, StorybookPage, storybookDir } from '../tests/support/storybook.js';
import type { BenchSuite, BrowserBenchSuite, NodeBenchSuite, ReportBenchSuite } from './define.js';

const root = resolve(import.meta.dirname, '..');
const notes: string[] = [];
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';

interface Row {
  suite: string;
  name: string;
  median: number;
  samples: number;
  baseline: boolean;
  maxRatio?: number;
}

function benchFiles(): string[] {
  const dirs = [
    join(root, 'bench'),
    ...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'bench')),
  ];
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => join(dir, f)),
    );
}

async function runNode(suite: NodeBenchSuite): Promise<Row[]> {
  const context = await suite.setup();
  const bench = new Bench({ iterations: suite.samples ?? 10, time: suite.time ?? 1000, warmupIterations: 2 });
  const cases = [suite.baseline, ...suite.cases];
  for (const c of cases) bench.add(c.name, () => void c.run(context));
  await bench.run();
  return bench.tasks.map((task, i) => {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${suite.name} › ${task.name} did not complete: ${result.state}`);
    return {
      suite: suite.name,
      name: task.name,
      median: result.latency.p50,
      samples: result.latency.samplesCount,
      baseline: i === 0,
      maxRatio: cases[i]?.maxRatio,
    };
  });
}

/** One line per case held to a ratio (`maxRatio`): its ratio to the baseline and whether it meets it. */
function checkRatios(rows: Row[]): string[] {
  const lines: string[] = [];
  let baseline = 1;
  for (const row of rows) {
    if (row.baseline) baseline = row.median;
    if (row.maxRatio === undefined) continue;
    const ratio = row.median / baseline;
    const verdict = ratio <= row.maxRatio ? 'meets' : 'MISSES';
    if (ratio > row.maxRatio) process.exitCode = 1;
    lines.push(`${row.suite} › ${row.name}: ${ratio.toFixed(2)}× the baseline, ${verdict} ≤ ${row.maxRatio}×`);
  }
  return lines;
}

async function runBrowser(suites: BrowserBenchSuite[]): Promise<Row[]> {
  if (suites.length === 0) return [];
  execFileSync('node', ['scripts/ensure-chromium.mjs'], { cwd: root, stdio: 'inherit' });
  if (build) {
    execFileSync('pnpm', ['exec', 'storybook', 'build', '--quiet', '--output-dir', storybookDir], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  if (!existsSync(join(storybookDir, 'index.json')))
    throw new Error('Build Storybook first: pnpm bench without --no-build');
  const server = await serveStatic(storybookDir);
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = readStoryIndex().find((e) => e.type === 'story');
    if (!first) throw new Error('Storybook has no stories');
    const page = await StorybookPage.open(context, server.url, first.id);
    for (const suite of suites) {
      const cases = [suite.baseline, ...suite.cases];
      const times: number[][] = cases.map(() => []);
      const rounds = suite.samples ?? 15;
      // Interleaved rounds: drift on a shared machine touches every case alike. Round 0 warms up.
      for (let round = 0; round <= rounds; round++) {
        for (const [i, c] of cases.entries()) {
          const ms = await c.sample(page);
          if (round > 0) times[i]?.push(ms);
        }
      }
      cases.forEach((c, i) => {
        const sorted = [...(times[i] ?? [])].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
        rows.push({
          suite: suite.name,
          name: c.name,
          median,
          samples: sorted.length,
          baseline: i === 0,
          maxRatio: c.maxRatio,
        });
      });
      if (suite.notes) notes.push(...(await suite.notes(page)).map((note) => `${suite.name}: ${note}`));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

function formatMs(ms: number): string {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

function printTable(rows: Row[]): void {
  const lines = [['suite', 'case', 'median', 'samples', 'ratio to baseline']];
  let suiteBaseline = 1;
  for (const row of rows) {
    if (row.baseline) suiteBaseline = row.median;
    lines.push([
      row.baseline ? row.suite : '',
      row.baseline ? `${row.name} (baseline)` : row.name,
      formatMs(row.median),
      String(row.samples),
      `${(row.median / suiteBaseline).toFixed(2)}×`,
    ]);
  }
  const widths = lines[0]?.map((_, col) => Math.max(...lines.map((l) => (l[col] ?? '').length))) ?? [];
  for (const [i, line] of lines.entries()) {
    console.log(
      line.map((cell, col) => (col >= 2 ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
}

const suites: BenchSuite[] = [];
for (const file of benchFiles()) {
  const mod = (await import(pathToFileURL(file).href)) as { default: BenchSuite | BenchSuite[] };
  suites.push(...[mod.default].flat().filter((s) => s.name.includes(filter)));
}
const rows: Row[] = [];
for (const suite of suites) if (suite.kind === 'node') rows.push(...(await runNode(suite as NodeBenchSuite)));
rows.push(...(await runBrowser(suites.filter((s): s is BrowserBenchSuite => s.kind === 'browser'))));
const reports: string[] = [];
for (const suite of suites.filter((s): s is ReportBenchSuite => s.kind === 'report'))
  reports.push(`${suite.name}\n${await suite.report({ build })}`);
console.log(`\nNode ${process.version}, ${new Date().toISOString()}`);
if (rows.length > 0) printTable(rows);
const ratios = checkRatios(rows);
if (ratios.length > 0) console.log(`\n${ratios.join('\n')}`);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
for (const report of reports) console.log(`\n${report}`);
