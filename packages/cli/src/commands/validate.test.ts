import { createPlan } from '@throughline/core';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { brokenPlan, cli, json } from '../../test/harness.js';

const files = {
  'plan.json': json(samplePlan()),
  'broken.json': json(brokenPlan()),
  'tasks.csv': 'Summary,Issue Type,Status\nFix login,Bug,Done\n',
  'empty.json': '  \n',
  'nonsense.json': '{ "items": [ ',
  'array.json': '[]',
};

describe('throughline validate', () => {
  it('says a valid plan is valid and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['validate', 'plan.json'], files);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^plan\.json: valid plan \(150 items, 13 initiatives\)\n$/);
    expect(stderr).toBe('');
  });

  it('prints every problem as `path: message [code]` and exits 1', async () => {
    const { code, stdout } = await cli(['validate', 'broken.json'], files);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^items\[0\]\.createdAt: .*2026-13-45.* \[invalid-date\]$/);
    expect(lines[1]).toMatch(/^items\[1\]\.parentId: .*no such item.* \[dangling-reference\]$/);
    expect(lines[2]).toBe(
      'broken.json: not a valid plan: 2 errors (--salvage keeps everything valid and says what it sets aside)',
    );
  });

  it('names the root of the input when the plan is not an object', async () => {
    const { code, stdout } = await cli(['validate', 'array.json'], files);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\(plan\): A plan is an object.* \[not-an-object\]$/m);
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await cli(['validate', '-'], {}, json(generatePlan({ items: 60 })));
    expect(code).toBe(0);
    expect(stdout).toBe('standard input: valid plan (60 items, 3 initiatives)\n');
  });

  it('writes a valid plan with -o, and with -o - sends the report to standard error', async () => {
    const toFile = await cli(['validate', 'plan.json', '-o', 'out.json'], files);
    expect(toFile.code).toBe(0);
    expect(createPlan(JSON.parse(toFile.written.get('out.json') ?? '')).items).toHaveLength(150);
    const toStdout = await cli(['validate', 'plan.json', '-o', '-'], files);
    expect(JSON.parse(toStdout.stdout).items).toHaveLength(150);
    expect(toStdout.stderr).toMatch(/valid plan/);
  });

  it('with --salvage, says under each problem what was set aside, writes the plan and exits 1', async () => {
    const { code, stdout, written } = await cli(['validate', 'broken.json', '--salvage', '-o', 'kept.json'], files);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^items\[0\]\.createdAt: .* \[invalid-date\]$/),
      expect.stringMatching(/^ {2}set aside \(field\): .*createdAt/),
      expect.stringMatching(/^items\[1\]\.parentId: .* \[dangling-reference\]$/),
      expect.stringMatching(/^ {2}set aside \(reference\): .*no such item/),
      'broken.json: 2 errors; salvage kept a valid plan and set aside 1 field and 1 reference',
    ]);
    const kept = createPlan(JSON.parse(written.get('kept.json') ?? ''));
    expect(kept.items).toHaveLength(150);
    expect(kept.items[0]?.createdAt).toBeUndefined();
    expect(kept.items[1]?.parentId).toBeUndefined();
  });

  it('with --salvage, counts whole entities left out', async () => {
    const plan = samplePlan() as unknown as { items: object[] };
    plan.items.push({ ...plan.items[3] });
    const { code, stdout } = await cli(['validate', '-', '--salvage'], {}, json(plan));
    expect(code).toBe(1);
    expect(stdout).toMatch(/\[duplicate-id\]\n {2}set aside \(entity\): /);
    expect(stdout).toMatch(/standard input: 1 error; salvage kept a valid plan and set aside 1 item\n$/);
  });

  it('with --salvage, says when the whole input was set aside', async () => {
    const { code, stdout } = await cli(['validate', 'array.json', '--salvage'], files);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /\n {2}set aside \(entity\): .*\narray\.json: 1 error; salvage kept a valid plan and set aside the whole input \(it is not a plan\)\n$/,
    );
  });

  it('with --salvage, exits 0 for a valid plan', async () => {
    const { code, stdout } = await cli(['validate', 'plan.json', '--salvage'], files);
    expect(code).toBe(0);
    expect(stdout).toBe('plan.json: valid plan (150 items, 13 initiatives)\n');
  });

  it('exits 2 with one line when -o cannot be written', async () => {
    const { code, stderr } = await cli(['validate', 'plan.json', '-o', '/nonexistent/out.json'], files);
    expect(code).toBe(2);
    expect(stderr).toBe('throughline: /nonexistent/out.json: cannot write: its folder does not exist\n');
  });

  it.each([
    ['missing.json', 'throughline: missing.json: no such file\n'],
    ['empty.json', 'throughline: empty.json: the file is empty\n'],
    ['nonsense.json', 'throughline: nonsense.json: not JSON: Unexpected end of JSON input\n'],
    [
      'tasks.csv',
      'throughline: tasks.csv: not JSON (it looks like CSV: turn it into a plan with `throughline import`)\n',
    ],
    ['dir/', 'throughline: dir/: is a directory, not a file\n'],
  ])('refuses %s with one line and exit 2', async (file, message) => {
    const { code, stdout, stderr } = await cli(['validate', file], files);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it.each([
    [[], 'throughline: validate: missing FILE (usage: throughline validate FILE [--salvage] [-o FILE])\n'],
    [['a.json', 'b.json'], /unexpected argument "b\.json"/],
    [
      ['plan.json', '--strict'],
      /^throughline: validate: Unknown option '--strict' \(see `throughline validate --help`\)\n$/,
    ],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { code, stderr } = await cli(['validate', ...args], files);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('shows its help with --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout } = await cli(['validate', flag]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: throughline validate FILE/);
    }
  });
});
