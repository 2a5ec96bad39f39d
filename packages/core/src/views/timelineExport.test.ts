import { describe, expect, it } from 'vitest';
import { samplePlan } from '../sample/samplePlan.js';
import { scoreAlignment } from '../score/scoreAlignment.js';
import { createPlan } from '../validate/validatePlan.js';
import { csvField, timelineCsv, timelineRecords } from './timelineExport.js';
import { timelineView } from './timelineView.js';

const plan = createPlan(samplePlan());

describe('timeline export', () => {
  it('has one record per bar and per unscheduled initiative, in drawing order', () => {
    const view = timelineView(plan);
    const records = timelineRecords(view);
    const bars = view.lanes.flatMap((l) => l.bars.map((b) => b.id));
    expect(records.map((r) => r.id)).toEqual([...bars, ...view.unscheduled.map((i) => i.id)]);
    const onboarding = records.find((r) => r.id === 'init-onboarding');
    expect(onboarding).toMatchObject({
      title: 'Improve onboarding activation',
      horizon: 'Now',
      start: '2026-10-01',
      end: '2026-12-18',
      dated: true,
      confidence: 'committed',
    });
    expect(records.find((r) => r.id === 'init-data-platform')).toMatchObject({ dated: false, start: '2027-04-01' });
  });

  it('carries the scorer findings that name an initiative', () => {
    const report = scoreAlignment(plan, { today: '2026-11-25' });
    const records = timelineRecords(timelineView(plan, { report }));
    expect(records.find((r) => r.id === 'init-gantt')?.findings.join(' ')).toMatch(/goal/i);
    expect(records.find((r) => r.id === 'init-notifications')?.findings.length).toBeGreaterThan(0);
  });

  it('writes CSV a spreadsheet reads back: quoted fields, no formulas, CRLF lines', () => {
    const csv = timelineCsv(timelineView(plan));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,kind,title,lane,horizon,start,end,dated,status,confidence,progress,items,goals,dependsOn,findings',
    );
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(timelineRecords(timelineView(plan)).length + 2);
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(['one', 'two'])).toBe('one; two');
    expect(csvField(null)).toBe('');
  });
});
