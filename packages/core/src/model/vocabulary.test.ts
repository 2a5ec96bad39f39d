import { describe, expect, it } from 'vitest';
import * as core from '../index.js';

describe('vocabulary', () => {
  it('spells every fixed word the way host apps send it', () => {
    expect(core.ITEM_KINDS).toEqual(['epic', 'story', 'task', 'bug', 'improvement', 'tech-debt', 'spike']);
    expect(core.ITEM_STATUSES).toEqual(['todo', 'in-progress', 'blocked', 'done']);
    expect(core.INITIATIVE_STATUSES).toEqual(['proposed', 'planned', 'in-progress', 'done', 'dropped']);
    expect(core.CONFIDENCE_LEVELS).toEqual(['committed', 'likely', 'exploratory']);
    expect(core.HORIZON_KINDS).toEqual(['quarter', 'release', 'now', 'next', 'later', 'custom']);
    expect(core.BACKLOG_KINDS).toEqual(['product', 'sprint', 'release']);
  });
});
