import type { Change, ChangeType } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { parseChangeRequest } from './change-request';

const body = (value: unknown) => JSON.stringify(value);
const reorder = { type: 'reorder', backlogId: 'backlog-product', itemId: 'STORY-1', toIndex: 2 };

describe('parseChangeRequest', () => {
  it('reads a request with its base version, change and optional id', () => {
    expect(parseChangeRequest(body({ baseVersion: 3, change: reorder }))).toEqual({
      ok: true,
      request: { baseVersion: 3, change: reorder },
    });
    const batch = { type: 'batch', changes: [reorder, { type: 'unlink', itemId: 'STORY-2' }] };
    expect(parseChangeRequest(body({ baseVersion: 0, change: batch, id: 'r-1' }))).toEqual({
      ok: true,
      request: { baseVersion: 0, change: batch, id: 'r-1' },
    });
  });

  it('accepts every change type a view emits', () => {
    // One of each type: a type added to core's `Change` fails the type check here until it is listed.
    const changes = {
      reorder: { type: 'reorder', backlogId: 'backlog-product', itemId: 'STORY-1', toIndex: 2 },
      move: { type: 'move', itemId: 'A', fromBacklogId: 'p', toBacklogId: 's', toIndex: 0 },
      link: { type: 'link', itemId: 'A', initiativeId: 'I' },
      unlink: { type: 'unlink', itemId: 'A' },
      reparent: { type: 'reparent', itemId: 'A', parentId: null },
      reschedule: { type: 'reschedule', initiativeId: 'I', start: '2026-01-05', end: null },
      'set-status': { type: 'set-status', itemId: 'A', status: 'done' },
      'set-priority': {
        type: 'set-priority',
        target: { kind: 'initiative', id: 'I' },
        priority: { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 }, moscow: null },
      },
      'review-link': {
        type: 'review-link',
        link: { from: { kind: 'initiative', id: 'I' }, to: { kind: 'goal', id: 'G' } },
      },
      batch: { type: 'batch', changes: [{ type: 'unlink', itemId: 'A' }] },
    } satisfies { [T in ChangeType]: Extract<Change, { type: T }> };
    for (const change of Object.values(changes)) {
      expect(parseChangeRequest(body({ baseVersion: 1, change }))).toEqual({
        ok: true,
        request: { baseVersion: 1, change },
      });
    }
  });

  it('names the path that is wrong, down into a batch', () => {
    const reason = (value: unknown) => {
      const parsed = parseChangeRequest(typeof value === 'string' ? value : body(value));
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    expect(reason('{"baseVersion": 1,')).toMatch(/^The body is not JSON \(.+\)\. Send \{ "baseVersion"/);
    expect(reason({ change: reorder })).toMatch(/^baseVersion: /);
    expect(reason({ baseVersion: -1, change: reorder })).toMatch(/^baseVersion: /);
    expect(reason({ baseVersion: 1.5, change: reorder })).toMatch(/^baseVersion: /);
    expect(reason({ baseVersion: 1 })).toMatch(/^change: /);
    expect(reason({ baseVersion: 1, change: { ...reorder, toIndex: 'top' } })).toBe(
      'change.toIndex: Invalid type: Expected number but received "top"',
    );
    expect(reason({ baseVersion: 1, change: { type: 'teleport' } })).toMatch(/^change\.type: .*"teleport"/);
    expect(reason({ baseVersion: 1, change: { type: 'set-status', itemId: 'A', status: 'finished' } })).toMatch(
      /^change\.status: /,
    );
    expect(
      reason({ baseVersion: 1, change: { type: 'set-priority', target: { kind: 'goal', id: 'G' }, priority: {} } }),
    ).toMatch(/^change\.target\.kind: /);
    expect(
      reason({
        baseVersion: 1,
        change: { type: 'set-priority', target: { kind: 'item', id: 'A' }, priority: { kano: 1 } },
      }),
    ).toMatch(/^change\.priority\.kano: /);
    expect(
      reason({ baseVersion: 1, change: { type: 'batch', changes: [reorder, { ...reorder, itemId: '' }] } }),
    ).toMatch(/^change\.changes\.1\.itemId: /);
    expect(reason(null)).toMatch(/^body: Invalid type: Expected Object but received null/);
  });
});
