import { createPlan, scoreAlignment } from '@throughline/core';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { brokenPlan, cli, json, TODAY } from '../../test/harness.js';

const sample = samplePlan();
const expected = scoreAlignment(createPlan(sample), { today: TODAY });
const files = {
  'plan.json': json(sample),
  'big.json': json(generatePlan({ items: 2000 })),
  'broken.json': json(brokenPlan()),
};

describe('throughline score', () => {
  it('prints the score, every sub-score with what it counted, and findings grouped by rule', async () => {
    const { code, stdout, stderr } = await cli(['score', 'plan.json', '--today', TODAY], files);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^Alignment score ${expected.score} / 100 {2}\\(today ${TODAY}, `));
    for (const sub of expected.subScores) {
      expect(stdout).toMatch(
        new RegExp(`^ {2}${sub.name} +[\\d.]+% +[\\d.]+ / [\\d.]+ +weight ${sub.weight.toFixed(2)}`, 'm'),
      );
    }
    const rules = new Set(expected.findings.map((f) => f.rule));
    expect(stdout).toContain(`${expected.findings.length} findings in ${rules.size} rules`);
    for (const rule of rules) expect(stdout).toMatch(new RegExp(`^ {2}(error|warn ) {2}${rule} ×\\d+ `, 'm'));
  });

  it('never prints one line per finding: a rule with many shows the first few ids and how many more', async () => {
    const { stdout } = await cli(['score', 'big.json', '--today', TODAY], files);
    const report = scoreAlignment(createPlan(generatePlan({ items: 2000 })), { today: TODAY });
    const unaligned = report.findings.filter((f) => f.rule === 'unaligned-priority');
    expect(unaligned.length).toBeGreaterThan(10);
    expect(stdout).toContain(`unaligned-priority ×${unaligned.length} `);
    expect(stdout).toContain(`(and ${unaligned.length - 1} more like it)`);
    expect(stdout).toContain(`…and ${unaligned.length - 5} more`);
    expect(stdout.split('\n').length).toBeLessThan(60);
  });

  it('prints the full report as JSON with --format json', async () => {
    const { code, stdout } = await cli(['score', 'plan.json', '--format', 'json', '--today', TODAY], files);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('exits 1 under --fail-under and 0 at or above it', async () => {
    const below = await cli(
      ['score', 'plan.json', '--today', TODAY, '--fail-under', String(expected.score + 0.1)],
      files,
    );
    expect(below.code).toBe(1);
    expect(below.stdout).toMatch(
      new RegExp(`Score ${expected.score} is under the bar of ${expected.score + 0.1}\\.\\n$`),
    );
    const at = await cli(['score', 'plan.json', '--today', TODAY, '--fail-under', String(expected.score)], files);
    expect(at.code).toBe(0);
    const json = await cli(['score', 'plan.json', '--today', TODAY, '-f', 'json', '--fail-under', '100'], files);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).score).toBe(expected.score);
    expect(json.stderr).toBe(`Score ${expected.score} is under the bar of 100.\n`);
  });

  it('refuses an invalid plan: lists its problems on standard error and exits 1', async () => {
    const { code, stdout, stderr } = await cli(['score', 'broken.json'], files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^items\[0\]\.createdAt: .* \[invalid-date\]$/m);
    expect(stderr).toMatch(/^items\[1\]\.parentId: .* \[dangling-reference\]$/m);
    expect(stderr).toMatch(
      /broken\.json: not a valid plan: 2 errors; nothing was scored \(--salvage scores what can be kept\)\n$/,
    );
  });

  it('does not score input that is not a plan at all, even with --salvage', async () => {
    const { code, stdout, stderr } = await cli(['score', '-', '--salvage'], {}, '[1, 2, 3]');
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(
      /^\(plan\): .* \[not-an-object\]\nstandard input: not a valid plan: 1 error; nothing was scored\n$/,
    );
  });

  it('annotates an invalid plan with one error under --format github', async () => {
    const { code, stdout } = await cli(['score', 'broken.json', '--format', 'github'], files);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(
      /^::error file=broken\.json,title=Throughline%3A invalid plan::broken\.json: not a valid plan: 2 errors.*%0Aitems\[0\]/,
    );
  });

  it('with --salvage, scores what can be kept and says what was set aside', async () => {
    const { code, stdout, stderr } = await cli(['score', 'broken.json', '--salvage', '--today', TODAY], files);
    expect(code).toBe(0);
    const sentence = 'The plan had 2 errors; salvage set aside 1 field and 1 reference before scoring.';
    expect(stderr).toBe(`broken.json: ${sentence} (details: throughline validate --salvage)\n`);
    expect(stdout.split('\n')[1]).toBe(sentence);
    const github = await cli(['score', 'broken.json', '--salvage', '--today', TODAY, '-f', 'github'], files);
    expect(github.stdout.split('\n')[0]).toBe(
      `::warning file=broken.json,title=Throughline%3A plan salvaged::${sentence}`,
    );
    const markdown = await cli(['score', 'broken.json', '--salvage', '--today', TODAY, '-f', 'markdown'], files);
    expect(markdown.stdout).toContain(`> [!WARNING]\n> ${sentence}\n`);
  });

  it("takes the scorer's options from --config; --today wins over its today", async () => {
    const config = { today: '2026-01-01', rules: { 'stale-items': 'off', 'unaligned-priority': ['warn', {}] } };
    const { code, stdout } = await cli(
      ['score', 'plan.json', '-f', 'json', '--config', 'config.json', '--today', TODAY],
      { ...files, 'config.json': json(config) },
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as typeof expected;
    expect(report.today).toBe(TODAY);
    expect(report.findings.some((f) => f.rule === 'stale-items')).toBe(false);
    expect(report.findings.filter((f) => f.rule === 'unaligned-priority').map((f) => f.severity)).toEqual(['warn']);
  });

  it.each([
    [[], 'the score configuration is a JSON object, e.g. { "rules": { … } }'],
    [{ rule: {} }, 'unknown setting "rule" (settings: today, productBacklogId, currentHorizonId, weights, rules)'],
    [{ rules: { 'stale-item': 'off' } }, /^unknown rule "stale-item" \(rules: unaligned-priority, /],
    [{ rules: { 'stale-items': 'loud' } }, 'rules.stale-items must be "off", "warn", "error" or [level, { options }]'],
    [
      { rules: { 'stale-items': ['warn', 90] } },
      'rules.stale-items must be "off", "warn", "error" or [level, { options }]',
    ],
    [{ weights: { speed: 1 } }, /^unknown sub-score "speed" in weights/],
    [{ weights: { focus: -1 } }, 'weights.focus must be a number of 0 or more'],
    [{ productBacklogId: 3 }, 'productBacklogId must be an id (a string)'],
  ])('refuses a bad --config with one line and exit 2: %j', async (config, reason) => {
    const { code, stdout, stderr } = await cli(['score', 'plan.json', '--config', 'c.json'], {
      ...files,
      'c.json': json(config),
    });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    const line = stderr.replace(/^throughline: c\.json: /, '').trimEnd();
    if (typeof reason === 'string') expect(line).toBe(reason);
    else expect(line).toMatch(reason);
  });

  it('refuses a bad today in --config', async () => {
    const { code, stderr } = await cli(['score', 'plan.json', '-c', 'c.json'], {
      ...files,
      'c.json': '{"today":"soon"}',
    });
    expect(code).toBe(2);
    expect(stderr).toBe('throughline: c.json: today must be a date written YYYY-MM-DD, got "soon"\n');
  });

  it.each([
    [['--format', 'xml'], 'throughline: --format must be one of text, json, markdown, github, got "xml"\n'],
    [['--fail-under', 'seventy'], 'throughline: --fail-under must be a number from 0 to 100, got "seventy"\n'],
    [['--fail-under', '101'], 'throughline: --fail-under must be a number from 0 to 100, got "101"\n'],
    [['--today', '2026-02-30'], 'throughline: --today must be a date written YYYY-MM-DD, got "2026-02-30"\n'],
    [['--today', '25/11/2026'], 'throughline: --today must be a date written YYYY-MM-DD, got "25/11/2026"\n'],
    [['--today'], "throughline: score: Option '--today <value>' argument missing (see `throughline score --help`)\n"],
  ])('exits 2 with one line for %j', async (flags, message) => {
    const { code, stdout, stderr } = await cli(['score', 'plan.json', ...flags], files);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('scores as of today in UTC when --today is not given', async () => {
    const { stdout } = await cli(['score', 'plan.json', '-f', 'json'], files);
    expect(JSON.parse(stdout).today).toBe(new Date().toISOString().slice(0, 10));
  });
});
