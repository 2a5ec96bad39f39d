import { renderHook } from '@testing-library/react';
import { createPlan, timelineView } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoadmapTimelineFile } from './exportTimeline.js';
import { timelineFormat } from './format.js';
import { timelineGeometry } from './geometry.js';
import { defaultRoadmapTimelineMessages } from './messages.js';
import { type TimelineExportOptions, useTimelineExport } from './useTimelineExport.js';

const plan = createPlan(samplePlan());
const view = timelineView(plan, { layout: 'time', lanesBy: 'theme' });
const geometry = timelineGeometry(view, { zoom: 'quarter', width: 1200 });
const base: TimelineExportOptions = {
  plan,
  view,
  geometry,
  zoom: 'quarter',
  messages: defaultRoadmapTimelineMessages,
  format: timelineFormat('en-GB'),
  dir: 'ltr',
  rootRef: { current: null },
};

afterEach(() => vi.restoreAllMocks());

describe('useTimelineExport', () => {
  it('hands each file to onExport when the host takes files', async () => {
    const files: RoadmapTimelineFile[] = [];
    const { result } = renderHook(() => useTimelineExport({ ...base, fileName: 'q3', onExport: (f) => files.push(f) }));
    await result.current('csv');
    await result.current('svg');
    expect(files.map((f) => [f.name, f.type, f.format])).toEqual([
      ['q3.csv', 'text/csv;charset=utf-8', 'csv'],
      ['q3.svg', 'image/svg+xml', 'svg'],
    ]);
  });

  it('downloads otherwise, through one link clicked and removed', async () => {
    const createObjectURL = vi.fn(() => 'blob:roadmap');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { result } = renderHook(() => useTimelineExport(base));
    const file = await result.current('json');
    expect(file.name).toBe('roadmap.json');
    expect(createObjectURL).toHaveBeenCalledWith(file.data);
    expect(click).toHaveBeenCalledTimes(1);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('keeps one identity and exports what is drawn when it is called', async () => {
    const files: RoadmapTimelineFile[] = [];
    const onExport = (f: RoadmapTimelineFile) => files.push(f);
    const { result, rerender } = renderHook((o: TimelineExportOptions) => useTimelineExport(o), {
      initialProps: { ...base, onExport },
    });
    const first = result.current;
    rerender({ ...base, onExport, fileName: 'later' });
    expect(result.current).toBe(first);
    await first('csv');
    expect(files[0]?.name).toBe('later.csv');
  });
});
