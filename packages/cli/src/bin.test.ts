import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { binPath, brokenPlan, json, spawnBin, TODAY, tempDir } from '../test/harness.js';

// These run the built command (`node dist/bin.js`); the project's global setup builds it first.
const { dir, remove } = tempDir({
  'plan.json': json(samplePlan()),
  'big.json': json(generatePlan({ items: 1500 })),
  'broken.json': json(brokenPlan()),
  'empty.json': '',
  'notes.txt': 'not json at all',
  'export.csv': 'Summary,Issue Type\nFix login,Bug\n',
});
writeFileSync(join(dir, 'unicode.csv'), Buffer.from('\ufeffSummary,Issue key\nFix login,ONB-1\n', 'utf16le'));
writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
afterAll(remove);

const bin = (...argv: string[]) => spawnBin(argv, { cwd: dir });

describe('the built bin', () => {
  it('prints its version and help', () => {
    expect(bin('--version')).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(bin('score', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: throughline score/),
    });
  });

  it('validates: exit 0 for a valid plan, 1 with every problem listed', () => {
    expect(bin('validate', 'plan.json')).toMatchObject({ code: 0, stdout: expect.stringContaining('valid plan') });
    const broken = bin('validate', 'broken.json');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /^items\[0\]\.createdAt: .* \[invalid-date\]\nitems\[1\]\.parentId: .* \[dangling-reference\]\n/,
    );
  });

  it('salvages and writes the plan with -o, which then validates', () => {
    const salvaged = bin('validate', 'broken.json', '--salvage', '-o', 'kept.json');
    expect(salvaged.code).toBe(1);
    expect(salvaged.stdout).toMatch(/set aside \(reference\)/);
    expect(bin('validate', 'kept.json')).toMatchObject({ code: 0 });
  });

  it('reads the plan from standard input for -', () => {
    const result = spawnBin(['score', '-', '--format', 'json', '--today', TODAY], {
      cwd: dir,
      stdin: json(samplePlan()),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ today: TODAY, subScores: expect.any(Array) });
  });

  it('chains through pipes: import from standard input, then validate and score what it wrote', () => {
    const csv = 'Summary,Issue key,Issue Type,Status\nOnboarding,ONB-1,Epic,In Progress\nChecklist,ONB-2,Story,To Do\n';
    const imported = spawnBin(['import', 'jira', '-'], { cwd: dir, stdin: csv });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/^Imported 2 items, .* of standard input \(jira-csv\)\.\n/);
    expect(spawnBin(['validate', '-'], { cwd: dir, stdin: imported.stdout })).toMatchObject({
      code: 0,
      stdout: 'standard input: valid plan (2 items, 0 initiatives)\n',
    });
    const scored = spawnBin(['score', '-', '--today', TODAY, '-f', 'github'], { cwd: dir, stdin: imported.stdout });
    expect(scored.code).toBe(0);
    // Standard input has no file to point annotations at.
    expect(scored.stdout).toMatch(/^::notice title=Throughline alignment score::/m);
  });

  it('scores in every format, and --fail-under sets the exit code', () => {
    const text = bin('score', 'big.json', '--today', TODAY);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Alignment score [\d.]+ \/ 100/);
    const score = Number(/^Alignment score ([\d.]+)/.exec(text.stdout)?.[1]);
    const github = bin('score', 'big.json', '--today', TODAY, '--format', 'github', '--fail-under', '100');
    expect(github.code).toBe(1);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error file=big.json,title=unaligned-priority'))).toHaveLength(1);
    expect(lines.at(-2)).toBe(
      `::error file=big.json,title=Throughline alignment score::Score ${score} is under the bar of 100.`,
    );
    expect(lines.at(-1)).toMatch(new RegExp(`^Alignment score ${score} / 100; `));
    const markdown = bin('score', 'big.json', '--today', TODAY, '--format', 'markdown', '--fail-under', '0');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^### Throughline alignment score: [\d.]+ \/ 100\n/);
  });

  it.each([
    [['validate', 'missing.json'], 'throughline: missing.json: no such file\n'],
    [['validate', 'empty.json'], 'throughline: empty.json: the file is empty\n'],
    [['validate', 'notes.txt'], /^throughline: notes\.txt: not JSON: Unexpected token .*\n$/],
    [['validate', 'export.csv'], /^throughline: export\.csv: not JSON \(it looks like CSV/],
    [['validate', '.'], 'throughline: .: is a directory, not a file\n'],
    [['score', 'plan.json', '--format', 'yaml'], /^throughline: --format must be one of/],
    [['score', 'plan.json', '--today', 'yesterday'], /^throughline: --today must be a date written YYYY-MM-DD/],
    [['deploy'], /^throughline: unknown command "deploy"/],
    [
      ['import', 'jira', 'unicode.csv'],
      'throughline: unicode.csv: a binary file, not text (it looks like UTF-16: save it as UTF-8)\n',
    ],
    [['validate', 'image.png'], 'throughline: image.png: a binary file, not text\n'],
    [['import', 'jira', 'plan.json'], 'throughline: plan.json: not CSV (it looks like JSON)\n'],
  ])('exits 2 with a one-line reason and no stack trace: %j', (argv, message) => {
    const result = bin(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('stops quietly when its reader closes early (`| head`)', async () => {
    const child = spawn(process.execPath, [binPath, 'score', 'big.json', '--format', 'json'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
