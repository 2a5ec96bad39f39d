import { createPlan, diffPlans, snapshotPlan } from '@throughline/core';
import { generatePlan, sampleBaseline, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { cli, json } from '../../test/harness.js';

const baseline = sampleBaseline();
const now = samplePlan();
const big = generatePlan({ items: 600 });
const bigEdited = {
  ...big,
  items: big.items?.map((item, i) => (i % 10 === 0 ? { ...item, title: `${item.title}, rewritten` } : item)),
};
const files = {
  'q3.snapshot.json': json(baseline),
  'plan.json': json(now),
  'big.json': json(big),
  'big-edited.json': json(bigEdited),
  'broken.json': json({ items: [{ id: 'S1', title: 'x', kind: 'saga' }] }),
  'future.json': json({ ...baseline, version: 2 }),
};

describe('throughline diff', () => {
  it('prints the review summary, then each kind of change with titles', async () => {
    const { code, stdout, stderr } = await cli(['diff', 'q3.snapshot.json', 'plan.json'], files);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Changes from "Q3 review" (2026-09-30) to plan.json: 11 changes');
    expect(lines.slice(1, 8)).toEqual([
      '',
      'Summary',
      '  Slipped               init-onboarding "Improve onboarding activation" (+21 days), init-reporting "Strengthen team reporting" (+27 days), init-data-platform "Analytics-ready event platform"',
      '  Added                 item STORY-35 "Gamified badges for completing tasks", item STORY-34 "Two-way Google Calendar sync for due dates"',
      '  Dropped               initiative init-mobile "Plan on the go from a phone"',
      '  Re-scoped             init-onboarding "Improve onboarding activation"',
      '  Goals that lost work  goal-retention "Keep teams coming back every week"',
    ]);
    for (const line of [
      'Goals (2)',
      '  goal-retention "Keep teams coming back every week": metric.target 75 → 70',
      '  goal-retention "Keep teams coming back every week": title "Keep teams coming back" → "Keep teams coming back every week"',
      'Initiatives (4)',
      '  init-mobile "Plan on the go from a phone": removed',
      '  init-onboarding "Improve onboarding activation": end 2026-11-27 → 2026-12-18 (+21 days), later',
      '  init-data-platform "Analytics-ready event platform": horizon h-next → h-later, later',
      '  STORY-1 "Redesign the signup flow": estimate 6 → 8 (+2)',
      '  backlog-product "Relay product backlog": order: STORY-11 up 79 (83 → 4); 80 shifted',
    ]) {
      expect(lines, line).toContain(line);
    }
  });

  it('prints the whole diff as JSON with the snapshot label, as diffPlans gives it', async () => {
    const { code, stdout } = await cli(['diff', 'q3.snapshot.json', 'plan.json', '--format', 'json'], files);
    expect(code).toBe(0);
    const expected = diffPlans(baseline, createPlan(now));
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify({ ...expected, after: {} })));
    expect(JSON.parse(stdout).before).toEqual({ label: 'Q3 review', takenAt: '2026-09-30' });
  });

  it('prints Markdown for planning notes: a summary table and lists, host text escaped', async () => {
    const odd = { ...now, goals: now.goals?.map((g, i) => (i === 0 ? { ...g, title: '*Lift* @team [now]' } : g)) };
    const { stdout } = await cli(['diff', 'plan.json', 'odd.json', '-f', 'markdown'], {
      ...files,
      'odd.json': json(odd),
    });
    expect(stdout.split('\n')).toEqual([
      '### Changes from plan.json to odd.json: 1 change',
      '',
      '#### Goals (1)',
      '',
      '- \\*Lift\\* &#64;team \\[now\\] (`goal-activation`): title "Lift new-workspace activation" → "\\*Lift\\* &#64;team \\[now\\]"',
      '',
    ]);
  });

  it('says there is nothing when the plans are equal, and exits 0', async () => {
    const same = snapshotPlan(createPlan(now), { label: 'today', takenAt: '2026-11-25' });
    const { code, stdout } = await cli(['diff', 'same.json', 'plan.json'], { ...files, 'same.json': json(same) });
    expect(code).toBe(0);
    expect(stdout).toBe('Changes from "today" (2026-11-25) to plan.json: none\n');
  });

  it('shows twenty changes a group and says how many more', async () => {
    const { stdout } = await cli(['diff', 'big.json', 'big-edited.json'], files);
    expect(stdout).toContain('Items (60)\n');
    expect(stdout).toContain('  …and 40 more (--format json lists every change)\n');
  });

  it('refuses an invalid plan or a snapshot of a later version with each problem, exit 1', async () => {
    const broken = await cli(['diff', 'broken.json', 'plan.json'], files);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('items[0].kind: ');
    expect(broken.stderr).toContain(
      'broken.json: not a valid plan or snapshot: 1 error; nothing was compared (--salvage compares what can be kept)',
    );
    const future = await cli(['diff', 'future.json', 'plan.json', '--salvage'], files);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain(
      'version: This snapshot is version 2; this release reads version 1. Upgrade @throughline/core to read it.',
    );
  });

  it('compares what can be kept with --salvage, saying what was set aside', async () => {
    const plan = {
      ...now,
      items: [...(now.items ?? []), { id: 'X1', title: 'Bad date', kind: 'story', createdAt: '2026-13-45' }],
    };
    const { code, stdout, stderr } = await cli(['diff', 'plan.json', 'odd.json', '--salvage'], {
      ...files,
      'odd.json': json(plan),
    });
    expect(code).toBe(0);
    expect(stderr).toBe(
      'odd.json: The plan had 1 error; salvage set aside 1 field before comparing. (details: throughline validate --salvage)\n',
    );
    expect(stdout).toContain('X1 "Bad date": added');
  });

  it('reports usage errors with exit 2', async () => {
    expect((await cli(['diff', 'plan.json'], files)).stderr).toBe(
      'throughline: diff: missing AFTER (usage: throughline diff BEFORE AFTER [--format text|json|markdown] [--min-move N] [--salvage])\n',
    );
    const github = await cli(['diff', 'plan.json', 'plan.json', '--format', 'github'], files);
    expect(github.code).toBe(2);
    expect(github.stderr).toBe('throughline: --format must be one of text, json, markdown, got "github"\n');
    expect((await cli(['diff', '-', '-'], files)).code).toBe(2);
  });
});
