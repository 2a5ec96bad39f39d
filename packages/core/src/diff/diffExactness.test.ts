import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import { sameJson } from '../model/sameJson.js';
import type { Plan } from '../model/types.js';
import { change, plan } from '../test-support/changeArbitraries.js';
import { COLLECTIONS, SINGULAR } from '../validate/collections.js';
import { diffPlans } from './diffPlans.js';

type Subject = readonly string[];

const byTuple = (a: Subject, b: Subject) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** What differs between two plans, worked out by comparing them whole, without the diff's code. */
function differing(a: Plan, b: Plan): Subject[] {
  const found: Subject[] = [];
  if (!sameJson(a.vision, b.vision)) found.push(['vision']);
  for (const collection of COLLECTIONS) {
    const kind = SINGULAR[collection];
    const list = (p: Plan) => p[collection] as readonly { id: string }[];
    const after = new Map(list(b).map((e) => [e.id, e]));
    const before = new Map(list(a).map((e) => [e.id, e]));
    for (const [id, entity] of before) if (!sameJson(entity, after.get(id))) found.push([kind, id]);
    for (const id of after.keys()) if (!before.has(id)) found.push([kind, id]);
  }
  const reviews = (p: Plan) => p.reviewedLinks ?? [];
  for (const r of [...reviews(a), ...reviews(b)]) {
    const twin = (p: Plan) => reviews(p).find((o) => sameJson(o.link, r.link));
    if (!sameJson(twin(a), twin(b))) found.push(['review', r.link.from.kind, r.link.from.id, r.link.to.id]);
  }
  return dedupe(found);
}

function dedupe(list: Subject[]): Subject[] {
  const sorted = list.slice().sort(byTuple);
  return sorted.filter((s, i) => i === 0 || byTuple(s, sorted[i - 1] as Subject) !== 0);
}

/** The subjects a diff's entries name. */
function reported(a: Plan, b: Plan): Subject[] {
  return dedupe(
    diffPlans(a, b).entries.map((e) =>
      e.kind === 'vision-changed'
        ? ['vision']
        : e.kind === 'review-changed'
          ? ['review', e.link.from.kind, e.link.from.id, e.link.to.id]
          : [e.ref.kind, e.ref.id],
    ),
  );
}

describe('diffPlans, over random sequences of changes', () => {
  it('reports every entity that differs and nothing else', () => {
    let changed = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
        let current = plan;
        for (const c of changes) {
          const result = applyChange(current, c);
          if (result.ok) current = result.plan;
        }
        // Through JSON too: a host's stored plan shares no object with the live one.
        const stored = JSON.parse(JSON.stringify(current));
        const expected = differing(plan, current);
        if (expected.length > 0) changed++;
        expect(reported(plan, current)).toEqual(expected);
        expect(reported(plan, stored)).toEqual(expected);
        expect(reported(current, plan)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    // Most sequences must change something, or the property says little.
    expect(changed).toBeGreaterThan(300);
  }, 60_000);
});
