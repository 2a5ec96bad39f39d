// @vitest-environment node
import type { BacklogPriorityEntry, PriorityProblem, PriorityScore } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { numberText } from './intlText.js';
import { defaultPriorityMessages as messages } from './priorityMessages.js';
import { priorityText } from './priorityText.js';

const n = numberText('en-US', { maximumFractionDigits: 2 });

/** One row's entry: a score (null when unscored) with its problems and inputs, and a gap. */
function entry(
  score: number | null,
  {
    problems = [],
    inputs = {},
    gap = 0,
  }: { problems?: PriorityProblem[]; inputs?: PriorityScore['inputs']; gap?: number },
): BacklogPriorityEntry {
  return {
    score: {
      ref: { kind: 'item', id: 'X' },
      score,
      adjustedScore: score,
      inputs,
      value: null,
      effort: null,
      problems,
      explanation: '',
      rank: score === null ? null : 0,
      placements: [],
      trace: 'orphan',
      floorChangedOrder: false,
    },
    scored: score !== null,
    currentIndex: 0,
    impliedIndex: 0,
    gap:
      gap > 0
        ? { direction: 'up', places: gap }
        : gap < 0
          ? { direction: 'down', places: -gap }
          : { direction: 'none', places: 0 },
  };
}

const problem = (code: PriorityProblem['code'], field: string): PriorityProblem => ({ code, field, message: '' });

describe('priorityText', () => {
  it('draws a score and its gap short, and reads them whole', () => {
    expect(priorityText(entry(2.666, { gap: 12 }), 'wsjf', messages, n)).toEqual({
      value: '2.67',
      gap: '↑ 12',
      label: 'WSJF 2.67; framework order: up 12 places',
    });
    expect(priorityText(entry(1200, { gap: -1 }), 'rice', messages, n).label).toBe(
      'RICE 1,200; framework order: down 1 place',
    );
  });

  it('shows a MoSCoW item’s category rather than its number', () => {
    const must = priorityText(entry(3, { inputs: { moscow: 'must' } }), 'moscow', messages, n);
    expect(must).toEqual({ value: 'Must', gap: '=', label: 'MoSCoW Must; framework order: in place' });
  });

  it('says why an item has no score: each missing input by name, an effort of 0, a score too large', () => {
    const missing = [problem('missing-input', 'wsjf.businessValue'), problem('missing-input', 'wsjf.jobSize')];
    expect(priorityText(entry(null, { problems: missing, gap: -2 }), 'wsjf', messages, n)).toEqual({
      value: 'no business value, no job size',
      gap: '↓ 2',
      label: 'WSJF not scored: no business value, no job size; framework order: down 2 places',
    });
    expect(
      priorityText(entry(null, { problems: [problem('zero-effort', 'estimate')] }), 'rice', messages, n).value,
    ).toBe('estimate is 0');
    expect(
      priorityText(entry(null, { problems: [problem('missing-input', 'moscow')] }), 'moscow', messages, n).value,
    ).toBe('no MoSCoW category');
    expect(
      priorityText(entry(null, { problems: [problem('too-large', 'rice.reach')] }), 'rice', messages, n).value,
    ).toBe('too large to score');
  });

  it('says an item the report does not know has no score', () => {
    const unknown: BacklogPriorityEntry = { ...entry(null, {}), score: undefined };
    expect(priorityText(unknown, 'ice', messages, n).label).toBe('ICE not scored: no score; framework order: in place');
  });
});
