// Bundle sizes against their budgets (.size-limit.mjs): size-limit bundles each entry from the
// packages' built dist/ with esbuild and gzips it. `node scripts/size.mjs` prints the table and
// fails when an entry is over its budget; `--why` adds what each entry holds, biggest first.
// scripts/check-packages.mjs and `pnpm bench size` use the same functions. Build the packages
// first (`pnpm build`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import entries from '../.size-limit.mjs';

const root = resolve(import.meta.dirname, '..');
// size-limit's exports map names no bin: find it beside its package.json.
const sizeLimitBin = join(dirname(createRequire(import.meta.url).resolve('size-limit/package.json')), 'bin.js');

/**
 * @typedef {{ name: string, size: number, budget: number | undefined }} SizeRow
 * One entry of .size-limit.mjs: its min+gz size in bytes and its budget (none: for information).
 */

/** Runs size-limit on every entry of .size-limit.mjs. @returns {SizeRow[]} */
export function measureSizes() {
  const unbuilt = [...new Set(entries.map((entry) => entry.path))].filter((path) => !existsSync(resolve(root, path)));
  if (unbuilt.length > 0) throw new Error(`${unbuilt.join(', ')} missing: build the packages first (pnpm build).`);
  const run = spawnSync(process.execPath, [sizeLimitBin, '--json'], { cwd: root, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`size-limit printed no report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  // A bundling error comes back as { error }: an entry imports a name the package does not export.
  if (!Array.isArray(report)) throw new Error(`size-limit failed: ${report.error ?? run.stderr}`);
  return report.map((entry) => ({ name: entry.name, size: entry.size, budget: entry.sizeLimit }));
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
/** A difference: in bytes below a kilobyte, so a few bytes over never reads as "0.00 kB". */
const delta = (bytes) => (Math.abs(bytes) < 1000 ? `${bytes} B` : kB(bytes));

/** The entries over their budget, each named with its size, its budget and what to do. */
export function overBudget(rows) {
  return rows
    .filter((row) => row.budget !== undefined && row.size > row.budget)
    .map(
      (row) =>
        `${row.name}: ${kB(row.size)} min+gz, over its budget of ${kB(row.budget)} by ${delta(row.size - row.budget)}. ` +
        'See what it holds with `node scripts/size.mjs --why`; raise the budget in .size-limit.mjs only for a ' +
        'feature that needs the bytes.',
    );
}

/** The table `pnpm bench size` prints: entry, size, budget and what is left of it. */
export function sizeTable(rows) {
  const lines = [
    ['entry', 'min+gz', 'budget', 'headroom'],
    ...rows.map((row) => [
      row.name,
      kB(row.size),
      row.budget === undefined ? '—' : kB(row.budget),
      row.budget === undefined ? '—' : delta(row.budget - row.size),
    ]),
  ];
  const widths = lines[0].map((_, col) => Math.max(...lines.map((line) => line[col].length)));
  const format = (line) =>
    line.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  return [format(lines[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...lines.slice(1).map(format)].join('\n');
}

/**
 * What one entry of .size-limit.mjs holds: its bundle's minified bytes by package (and by module
 * of our own packages), biggest first. Built as size-limit builds it, without the gzip.
 */
export async function entryContents(entry, top = 15) {
  const ignore = entry.ignore ?? [];
  const { metafile } = await build({
    stdin: {
      contents: `import ${entry.import} from ${JSON.stringify(resolve(root, entry.path))};\nconsole.log(${entry.import.replace(/[{}]/g, '')});`,
      resolveDir: root,
    },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    external: ignore,
    logLevel: 'silent',
  });
  const bytes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1];
      const own = file.match(/packages\/(\w+)\/dist\/(\w+)/);
      const key = pkg ?? (own ? `@throughline/${own[1]} ${own[2]}/` : file);
      bytes.set(key, (bytes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, n]) => `  ${kB(n).padStart(9)}  ${key}`)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureSizes();
  console.log(sizeTable(rows));
  if (process.argv.includes('--why')) {
    for (const entry of entries) console.log(`\n${entry.name} (minified, before gzip):\n${await entryContents(entry)}`);
  }
  const over = overBudget(rows);
  if (over.length > 0) {
    console.error(`\n${over.join('\n')}`);
    process.exit(1);
  }
}
