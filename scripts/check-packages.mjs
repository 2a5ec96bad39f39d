// Package checks a host relies on: the builds pass publint and Are the Types Wrong, stay within
// their bundle budgets, and a consumer imports them by name from plain Node and from TypeScript.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { measureSizes, overBudget, sizeTable } from './size.mjs';

const packages = ['packages/core', 'packages/react', 'packages/import', 'packages/cli'];
const results = [];

async function check(name, run) {
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n${String(error?.stdout ?? '')}${String(error?.message ?? error)}`);
  }
}

const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });

await check('build both packages', () => run('pnpm', ['--silent', 'build']));
for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  await check(`publint ${pkg.name}`, async () => {
    const { messages } = await publint({ pkgDir: dir, level: 'suggestion', strict: true });
    if (messages.length > 0) throw new Error(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`).join('\n'));
  });
  // ESM-only by design: CommonJS and pre-exports (node10) resolutions are not offered.
  // The stylesheet is an asset for the host's bundler, not a module with types.
  await check(`attw ${pkg.name}`, () =>
    run('pnpm', ['exec', 'attw', '--pack', dir, '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css']),
  );
}
// Every path the exports map names (each entry, each condition) is in the tarball npm would publish.
await check('every export of every package is in its packed tarball', () => {
  const missing = [];
  for (const dir of packages) {
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const out = mkdtempSync(join(tmpdir(), 'tl-pack-'));
    try {
      run('pnpm', ['pack', '--pack-destination', out], dir);
      const tarball = readdirSync(out).find((name) => name.endsWith('.tgz'));
      if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`);
      const listed = run('tar', ['-tzf', join(out, tarball)], dir)
        .split('\n')
        .map((line) => line.replace(/^package\//, ''));
      const targets = (value) =>
        typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => targets(v));
      for (const [entry, value] of Object.entries(pkg.exports ?? {})) {
        for (const target of targets(value)) {
          if (!listed.includes(target.replace(/^\.\//, ''))) missing.push(`${pkg.name} ${entry}: ${target}`);
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  if (missing.length > 0) throw new Error(`not in the tarball:\n${missing.join('\n')}`);
});
await check('@throughline/core depends on the schema library only', () => {
  const { dependencies = {} } = JSON.parse(readFileSync('packages/core/package.json', 'utf8'));
  if (Object.keys(dependencies).join() !== 'valibot') throw new Error(`dependencies: ${Object.keys(dependencies)}`);
});
// A server component (Next.js App Router) can render a view: every built module of the React
// package that draws or uses React is a client module, so the bundler draws the boundary there.
// Core stays free of the directive, and so do React modules that use no React (the theme tokens).
await check("every React module of @throughline/react starts with 'use client'; core has none", () => {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
    );
  const usesReact = /from ['"](react|react\/jsx-runtime|react-dom|@dnd-kit\/[^'"]+|@tanstack\/react-virtual)['"]/;
  const directive = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"];/;
  const wrong = [];
  let clients = 0;
  for (const file of walk('packages/react/dist')) {
    const text = readFileSync(file, 'utf8');
    if (usesReact.test(text)) {
      clients++;
      if (!directive.test(text)) wrong.push(`${file}: uses React but does not start with 'use client'`);
    }
  }
  for (const file of walk('packages/core/dist')) {
    if (directive.test(readFileSync(file, 'utf8'))) wrong.push(`${file}: core is not a client module`);
  }
  if (clients === 0) wrong.push('no React module found in packages/react/dist: is it built?');
  if (wrong.length > 0) throw new Error(wrong.join('\n'));
});
// What a host ships: each entry of .size-limit.mjs bundled from the builds above, min+gz.
await check('bundle sizes within their budgets (.size-limit.mjs)', () => {
  const rows = measureSizes();
  console.log(sizeTable(rows).replace(/^/gm, '    '));
  const over = overBudget(rows);
  if (over.length > 0) throw new Error(over.join('\n'));
});
await check('plain Node imports both packages by name', () => run('node', ['consumer.mjs'], 'tests/consumer'));
await check('TypeScript (NodeNext) sees the shipped types', () => run('pnpm', ['exec', 'tsc', '-p', 'tests/consumer']));
// A host on React 18: its page and tests compile against React 18's types and the shipped ones.
await check('TypeScript on React 18 types sees the shipped types', () =>
  run('pnpm', ['exec', 'tsc', '-p', 'tests/react18']),
);

mkdirSync('.test-results', { recursive: true });
const passed = results.filter((r) => r.ok).length;
writeFileSync('.test-results/packages.json', JSON.stringify({ passed, failed: results.length - passed }));
console.log(`packages: ${passed} passed, ${results.length - passed} failed`);
process.exit(results.length === passed ? 0 : 1);
