import { describe, expect, it } from 'vitest';
import type { Backlog, Initiative, Item, PlanData } from '../model/types.js';
import { ITEM_KINDS } from '../model/vocabulary.js';
import { scorePriorities } from '../priority/scorePriorities.js';
import { createPlan, validatePlan } from '../validate/validatePlan.js';
import { samplePlan } from './samplePlan.js';

function load(): PlanData {
  const result = validatePlan(samplePlan());
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.plan;
}

const plan = load();
const itemById = new Map(plan.items.map((item) => [item.id, item]));
const initiativeById = new Map(plan.initiatives.map((initiative) => [initiative.id, initiative]));
const horizonById = new Map(plan.horizons.map((horizon) => [horizon.id, horizon]));
const featureById = new Map(plan.features.map((feature) => [feature.id, feature]));

function find<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((entry) => entry.id === id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

const backlog = (id: string): Backlog => find(plan.backlogs, id);
const item = (id: string): Item => find(plan.items, id);

/** The initiative an item serves: its own link, its feature's, or the nearest ancestor's. */
function initiativeOf(start: Item): Initiative | undefined {
  let node: Item | undefined = start;
  while (node) {
    if (node.initiativeId) return initiativeById.get(node.initiativeId);
    const feature = node.featureId ? featureById.get(node.featureId) : undefined;
    if (feature?.initiativeId) return initiativeById.get(feature.initiativeId);
    node = node.parentId ? itemById.get(node.parentId) : undefined;
  }
  return undefined;
}

const horizonKind = (initiative: Initiative | undefined) =>
  initiative?.horizonId ? horizonById.get(initiative.horizonId)?.kind : undefined;

const isOrphan = (entry: Item) => !entry.parentId && !entry.initiativeId && !entry.featureId;
const estimateSum = (ids: readonly string[]) => ids.reduce((sum, id) => sum + (item(id).estimate ?? 0), 0);

describe('samplePlan', () => {
  it('is a valid plan with no errors and no warnings', () => {
    const result = validatePlan(samplePlan());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('returns a fresh, equal copy on every call', () => {
    const a = samplePlan();
    const b = samplePlan();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.items).not.toBe(b.items);
    expect(a.items?.[0]).not.toBe(b.items?.[0]);
    a.items?.pop();
    expect(b.items).toHaveLength(150);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });

  it('has the asked-for size and shape', () => {
    expect(plan.vision?.title).toBeTruthy();
    expect(plan.goals).toHaveLength(4);
    for (const goal of plan.goals) expect(goal.metric).toBeDefined();
    expect(plan.themes).toHaveLength(5);
    expect(plan.horizons.map((h) => [h.kind, h.title, h.start, h.end, h.order])).toEqual([
      ['now', 'Now', '2026-10-01', '2026-12-31', 0],
      ['next', 'Next', '2027-01-01', '2027-03-31', 1],
      ['later', 'Later', '2027-04-01', '2027-09-30', 2],
    ]);
    expect(plan.initiatives.length).toBeGreaterThanOrEqual(12);
    expect(plan.initiatives.length).toBeLessThanOrEqual(14);
    for (const kind of ['now', 'next', 'later']) {
      expect(plan.initiatives.some((i) => horizonKind(i) === kind)).toBe(true);
    }
    expect(plan.features.length).toBeGreaterThanOrEqual(8);
    expect(plan.features.length).toBeLessThanOrEqual(12);
    expect(plan.milestones.length).toBeGreaterThanOrEqual(5);
    expect(plan.milestones.length).toBeLessThanOrEqual(6);
    expect(plan.items.length).toBeGreaterThanOrEqual(140);
    expect(plan.items.length).toBeLessThanOrEqual(160);
    for (const kind of ITEM_KINDS) expect(plan.items.some((i) => i.kind === kind)).toBe(true);
    expect(plan.backlogs.filter((b) => b.kind === 'product')).toHaveLength(1);
    expect(plan.backlogs.filter((b) => b.kind === 'sprint')).toHaveLength(2);
    expect(plan.backlogs.filter((b) => b.kind === 'release')).toHaveLength(1);
  });

  it("contains the seed's onboarding example", () => {
    const onboarding = find(plan.initiatives, 'init-onboarding');
    expect(onboarding).toMatchObject({
      title: 'Improve onboarding activation',
      horizonId: 'h-now',
      confidence: 'committed',
      source: 'strategy',
    });
    const seed = [
      'Redesign the signup flow',
      'Introduce an onboarding checklist',
      'Improve empty states',
      'Instrument activation tracking',
      'Analyze drop-off behavior',
    ];
    const parents = new Set<string | undefined>();
    for (const title of seed) {
      const found = plan.items.find((i) => i.title === title);
      expect(found, title).toBeDefined();
      expect(initiativeOf(found as Item)?.id).toBe('init-onboarding');
      parents.add(found?.parentId);
    }
    expect(plan.items.find((i) => i.title === 'Analyze drop-off behavior')?.kind).toBe('spike');
    expect(parents.size).toBe(1);
    const [epicId] = [...parents];
    expect(item(epicId ?? '').kind).toBe('epic');
    expect(plan.items.filter((i) => i.kind === 'task' && i.parentId === 'STORY-1').length).toBeGreaterThan(0);
  });

  it('keeps backlogs consistent: sprint work is moved out of the product backlog', () => {
    const product = new Set(backlog('backlog-product').itemIds);
    expect(product.size).toBeGreaterThanOrEqual(80);
    expect(product.size).toBeLessThanOrEqual(100);
    for (const id of ['sprint-23', 'sprint-24']) {
      for (const itemId of backlog(id).itemIds) expect(product.has(itemId), itemId).toBe(false);
    }
    expect(backlog('sprint-23')).toMatchObject({ start: '2026-11-16', end: '2026-11-27' });
    expect(backlog('sprint-24')).toMatchObject({ start: '2026-11-30', end: '2026-12-11' });
    expect(estimateSum(backlog('sprint-23').itemIds)).toBeLessThanOrEqual(backlog('sprint-23').capacity ?? 0);
    expect(backlog('release-3-0').horizonId).toBe('h-now');
    expect(backlog('release-3-0').itemIds.length).toBeGreaterThanOrEqual(18);
  });

  it('keeps items realistic: specific titles, done work mostly in the Now horizon', () => {
    for (const entry of plan.items) {
      const initiative = initiativeOf(entry);
      if (initiative) expect(entry.title).not.toBe(initiative.title);
      if (entry.kind === 'bug') expect(entry.severity, entry.id).toBeDefined();
      if (entry.kind === 'spike') expect(entry.timebox, entry.id).toBeDefined();
      if (entry.status === 'done') expect(horizonKind(initiative), entry.id).toBe('now');
    }
    expect(new Set(plan.items.map((i) => i.title)).size).toBe(plan.items.length);
    expect(plan.items.filter((i) => i.featureId && !i.initiativeId && !i.parentId).length).toBeGreaterThan(0);
  });

  describe('planted mistakes', () => {
    it('(a) an orphan near the top of the product backlog', () => {
      const top = backlog('backlog-product').itemIds.slice(0, 3).map(item);
      const orphan = top.find(isOrphan);
      expect(orphan?.id).toBe('IMP-8');
      expect(backlog('backlog-product').itemIds.indexOf('IMP-8')).toBe(1);
    });

    it('(b) a strategy-sized item in the backlog', () => {
      const epic = item('EPIC-15');
      expect(epic.kind).toBe('epic');
      expect(epic.title).toBe('Improve activation');
      expect(epic.acceptanceCriteria).toEqual([]);
      expect(epic.estimate).toBeUndefined();
      expect(epic.description).toBeUndefined();
      expect(plan.items.some((i) => i.parentId === epic.id)).toBe(false);
      expect(backlog('backlog-product').itemIds).toContain(epic.id);
    });

    it('(c) a promoted feature request with no goal', () => {
      const promoted = plan.initiatives.filter(
        (i) =>
          i.source === 'customer-request' &&
          i.goalIds.length === 0 &&
          (!i.themeId || find(plan.themes, i.themeId).goalIds.length === 0),
      );
      expect(promoted.map((i) => i.id)).toEqual(['init-gantt']);
    });

    it('(d) implementation detail on the roadmap', () => {
      expect(find(plan.initiatives, 'init-postgres').title).toBe('Upgrade Postgres to 17');
    });

    it('(e) a Now initiative with no backlog work', () => {
      const served = new Set(plan.items.map((i) => initiativeOf(i)?.id));
      const idle = plan.initiatives.filter((i) => horizonKind(i) === 'now' && !served.has(i.id));
      expect(idle.map((i) => i.id)).toEqual(['init-notifications']);
    });

    it('(f) a goal nothing serves', () => {
      const themesWithWork = new Set(plan.initiatives.map((i) => i.themeId));
      const unserved = plan.goals.filter(
        (g) =>
          !plan.initiatives.some((i) => i.goalIds.includes(g.id)) &&
          !plan.themes.some((t) => themesWithWork.has(t.id) && t.goalIds.includes(g.id)),
      );
      expect(unserved.map((g) => g.id)).toEqual(['goal-time-to-value']);
    });

    it('(g) a Later initiative with exact dates, committed', () => {
      const promised = plan.initiatives.filter(
        (i) => horizonKind(i) === 'later' && i.start && i.end && i.confidence === 'committed',
      );
      expect(promised.map((i) => i.id)).toEqual(['init-eu-residency']);
    });

    it('(h) a stale tail at the bottom of the product backlog', () => {
      const ids = backlog('backlog-product').itemIds;
      const stale = (id: string) => (item(id).updatedAt ?? '') < '2026-05-01';
      let tail = 0;
      while (tail < ids.length && stale(ids[ids.length - 1 - tail] as string)) tail++;
      expect(tail).toBeGreaterThanOrEqual(6);
      expect(tail).toBeLessThanOrEqual(10);
      expect(ids.filter(stale)).toHaveLength(tail);
      const bare = ids
        .slice(-tail)
        .map(item)
        .filter((i) => !i.description && i.acceptanceCriteria.length === 0);
      expect(bare.length).toBeGreaterThanOrEqual(2);
    });

    it('(i) sprint 24 is over capacity and holds a story without acceptance criteria', () => {
      const sprint = backlog('sprint-24');
      expect(estimateSum(sprint.itemIds)).toBeGreaterThan(sprint.capacity ?? Number.POSITIVE_INFINITY);
      const unready = sprint.itemIds.map(item).filter((i) => i.kind === 'story' && i.acceptanceCriteria.length === 0);
      expect(unready.map((i) => i.id)).toEqual(['STORY-14']);
    });

    it('(j) an initiative depending on one scheduled after it', () => {
      const order = (i: Initiative) => (i.horizonId ? (horizonById.get(i.horizonId)?.order ?? 0) : 0);
      const backwards = plan.initiatives.flatMap((i) =>
        i.dependsOn
          .map((id) => find(plan.initiatives, id))
          .filter((dep) => order(dep) > order(i) || (dep.end && i.start && dep.end > i.start))
          .map((dep) => `${i.id} → ${dep.id}`),
      );
      expect(backwards).toEqual(['init-insights → init-data-platform']);
    });
  });

  it('carries priority inputs on most items and every initiative, some incomplete, one sprint over the “must” limit', () => {
    const prioritised = plan.items.filter((i) => i.priority !== undefined);
    expect(prioritised.length).toBeGreaterThan(plan.items.length / 2);
    expect(plan.initiatives.every((i) => i.priority !== undefined)).toBe(true);
    for (const key of ['rice', 'wsjf', 'ice', 'valueEffort', 'moscow'] as const) {
      expect(prioritised.filter((i) => i.priority?.[key] !== undefined).length, key).toBeGreaterThan(80);
    }
    const report = scorePriorities(createPlan(samplePlan()), { framework: 'rice' });
    const problems = new Map(report.items.map((s) => [s.ref.id, s.problems.map((p) => p.code)]));
    expect(problems.get('STORY-35')).toEqual(['missing-input']);
    expect(problems.get('STORY-34')).toEqual(['out-of-scale']);
    expect(problems.get('BUG-9')).toEqual(['zero-effort']);
    const moscow = scorePriorities(createPlan(samplePlan()), { framework: 'moscow' }).moscow;
    expect(moscow.filter((check) => !check.ok).map((check) => check.backlogId)).toEqual(['sprint-24']);
  });
});
