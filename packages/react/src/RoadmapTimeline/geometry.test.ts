import { createPlan, timelineView } from '@throughline/core';
import { generatePlan, samplePlan } from '@throughline/core/sample';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineGeometry } from './geometry.js';
import { labelWidth } from './milestoneMarks.js';

const plan = createPlan(samplePlan());

describe('timelineGeometry', () => {
  it('never overlaps two bars of a lane, at any zoom and width', () => {
    const seeds = fc.integer({ min: 1, max: 10_000 });
    fc.assert(
      fc.property(
        seeds,
        fc.constantFrom('year' as const, 'quarter' as const, 'month' as const),
        fc.integer({ min: 300, max: 3000 }),
        (seed, zoom, width) => {
          const view = timelineView(createPlan(generatePlan({ seed, items: 200, initiatives: 40, themes: 4 })));
          const g = timelineGeometry(view, { zoom, width });
          const boxes = [...g.boxes.values()];
          for (const a of boxes)
            for (const b of boxes) {
              if (a === b || a.lane !== b.lane) continue;
              const apart =
                a.x + a.width <= b.x + 0.01 ||
                b.x + b.width <= a.x + 0.01 ||
                a.y + a.height <= b.y ||
                b.y + b.height <= a.y;
              expect(apart, `${a.bar.id} and ${b.bar.id}`).toBe(true);
            }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives each zoom more room per day than the one above it, and fills a wide container', () => {
    const view = timelineView(plan);
    const day = (zoom: 'year' | 'quarter' | 'month') => {
      const g = timelineGeometry(view, { zoom, width: 800 });
      return g.xOf('2027-01-02') - g.xOf('2027-01-01');
    };
    expect(day('quarter')).toBeGreaterThan(day('year'));
    expect(day('month')).toBeGreaterThan(day('quarter'));
    const wide = timelineGeometry(view, { zoom: 'year', width: 5000 });
    expect(wide.laneHeaderWidth + wide.contentWidth).toBeCloseTo(5000, 0);
  });

  it('reads back the day at any position: dateAt undoes xOf at every zoom, and has no dates across horizons', () => {
    const view = timelineView(plan);
    fc.assert(
      fc.property(
        fc.constantFrom('year' as const, 'quarter' as const, 'month' as const),
        fc.date({ min: new Date('2026-07-01T00:00:00Z'), max: new Date('2027-09-30T00:00:00Z'), noInvalidDate: true }),
        (zoom, when) => {
          const g = timelineGeometry(view, { zoom, width: 1200 });
          const day = when.toISOString().slice(0, 10);
          expect(g.dateAt(g.xOf(day))).toBe(day);
          // Anywhere within the day reads as that day.
          expect(g.dateAt(g.xOf(day) + (g.xOf('2027-01-02') - g.xOf('2027-01-01')) * 0.9)).toBe(day);
        },
      ),
    );
    expect(
      timelineGeometry(timelineView(plan, { layout: 'horizons' }), { zoom: 'quarter', width: 1200 }).dateAt(10),
    ).toBe(undefined);
  });

  it("reads a column's edge as the day the column starts, at every zoom and width", () => {
    const view = timelineView(plan);
    fc.assert(
      fc.property(
        fc.constantFrom('year' as const, 'quarter' as const, 'month' as const),
        fc.integer({ min: 300, max: 4000 }),
        (zoom, width) => {
          const g = timelineGeometry(view, { zoom, width });
          for (const tick of [...g.major, ...g.minor]) {
            expect(g.dateAt(tick.x), `${zoom} ${width} ${tick.x}`).toBe(tick.date.toISOString().slice(0, 10));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws an undated initiative across its horizon and keeps lanes in order, top to bottom', () => {
    const view = timelineView(plan);
    const g = timelineGeometry(view, { zoom: 'quarter', width: 1200 });
    const box = g.boxes.get('init-data-platform');
    expect(box?.x).toBeCloseTo(g.xOf('2027-04-01'), 5);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeCloseTo(g.xOf('2027-10-01'), 5);
    for (let l = 1; l < g.lanes.length; l++)
      expect(g.lanes[l]?.top).toBe((g.lanes[l - 1]?.top ?? 0) + (g.lanes[l - 1]?.height ?? 0));
  });

  it('stacks milestone labels that would print over each other', () => {
    const g = timelineGeometry(timelineView(plan), { zoom: 'quarter', width: 1200 });
    const titles = new Map(plan.milestones.map((m) => [m.id, m.title]));
    for (const a of g.milestones)
      for (const b of g.milestones) {
        if (a === b || a.row !== b.row || !a.labelled || !b.labelled) continue;
        const aEnd = a.x + labelWidth(titles.get(a.id) ?? '');
        const bEnd = b.x + labelWidth(titles.get(b.id) ?? '');
        expect(aEnd < b.x - 8 || bEnd < a.x - 8).toBe(true);
      }
    expect(g.milestoneRows).toBeGreaterThan(1);
  });

  it('stacks milestones the same at every zoom and width, so a zoom only rescales them', () => {
    const crowded = createPlan(generatePlan({ seed: 6, items: 2000, initiatives: 1000, themes: 50 }));
    const view = timelineView(crowded);
    const stack = (zoom: 'year' | 'quarter' | 'month', width: number) =>
      timelineGeometry(view, { zoom, width }).milestones.map((m) => [m.id, m.day, m.row, m.labelled]);
    const year = stack('year', 800);
    expect(stack('quarter', 1200)).toEqual(year);
    expect(stack('month', 2400)).toEqual(year);
    // And still never two labels over each other, at the zoom where days are narrowest.
    const titles = new Map(crowded.milestones.map((m) => [m.id, m.title]));
    const g = timelineGeometry(view, { zoom: 'year', width: 800 });
    const labelled = g.milestones.filter((m) => m.labelled);
    for (const a of labelled)
      for (const b of labelled) {
        if (a === b || a.row !== b.row) continue;
        const aEnd = a.x + labelWidth(titles.get(a.id) ?? '');
        const bEnd = b.x + labelWidth(titles.get(b.id) ?? '');
        expect(aEnd < b.x - 8 || bEnd < a.x - 8).toBe(true);
      }
  });

  it('keeps the milestone band to four rows however many there are; the rest are markers', () => {
    const crowded = createPlan(generatePlan({ seed: 6, items: 2000, initiatives: 1000, themes: 50 }));
    const g = timelineGeometry(timelineView(crowded), { zoom: 'quarter', width: 1200 });
    expect(crowded.milestones.length).toBe(250);
    expect(g.milestoneRows).toBe(4);
    expect(g.milestones.every((m) => m.row < 4)).toBe(true);
    expect(g.milestones.filter((m) => !m.labelled).every((m) => m.row === 3)).toBe(true);
    expect(g.milestones.filter((m) => m.labelled).length).toBeGreaterThan(10);
  });

  it('puts horizons in columns in their order, with the today marker off in that layout', () => {
    const view = timelineView(plan, { layout: 'horizons' });
    const g = timelineGeometry(view, { zoom: 'quarter', width: 1200, today: '2026-11-25' });
    expect(g.columns.map((c) => c.title)).toEqual(['Now', 'Next', 'Later']);
    expect(g.today).toBeUndefined();
    expect(g.boxes.get('init-onboarding')?.x).toBeLessThan(g.boxes.get('init-data-platform')?.x ?? 0);
  });

  it('draws a crowded lane to its row limit and counts the bars left out until the lane is expanded', () => {
    const input = {
      themes: [{ id: 'crowded', title: 'Crowded' }],
      initiatives: Array.from({ length: 30 }, (_, i) => ({
        id: `i${i}`,
        title: `I${i}`,
        themeId: 'crowded',
        start: '2026-10-01',
        end: '2026-12-31',
      })),
    };
    const view = timelineView(createPlan(input));
    const rowHeight = 52;
    const capped = timelineGeometry(view, { zoom: 'quarter', width: 1200, maxRows: 5, rowHeight });
    expect(capped.lanes[0]).toMatchObject({ rows: 5, hidden: 25, capped: true, height: 16 + 5 * rowHeight });
    expect(capped.boxes.size).toBe(5);
    expect(capped.order).toHaveLength(5);
    const open = timelineGeometry(view, {
      zoom: 'quarter',
      width: 1200,
      maxRows: 5,
      rowHeight,
      expandedLanes: new Set(['crowded']),
    });
    expect(open.lanes[0]).toMatchObject({ rows: 30, hidden: 0, capped: true });
    expect(open.boxes.size).toBe(30);
    // No limit: every row, and nothing to expand.
    expect(timelineGeometry(view, { zoom: 'quarter', width: 1200 }).lanes[0]).toMatchObject({
      rows: 30,
      capped: false,
    });
  });

  it('places bars and milestones in days from an origin no zoom moves, at the pixels it lays out', () => {
    const view = timelineView(plan);
    const days = new Map<string, [number | undefined, number | undefined]>();
    for (const zoom of ['year', 'quarter', 'month'] as const) {
      const g = timelineGeometry(view, { zoom, width: 1000, today: '2026-11-25' });
      const { originX = Number.NaN, pxPerDay = Number.NaN } = g;
      expect(g.boxes.size).toBeGreaterThan(0);
      for (const box of g.boxes.values()) {
        expect(originX + (box.day ?? Number.NaN) * pxPerDay).toBeCloseTo(box.x, 6);
        expect(Math.max(6, (box.days ?? Number.NaN) * pxPerDay)).toBeCloseTo(box.width, 6);
        const seen = days.get(box.bar.id);
        if (seen) expect([box.day, box.days]).toEqual(seen);
        days.set(box.bar.id, [box.day, box.days]);
      }
      for (const mark of g.milestones) expect(originX + (mark.day ?? Number.NaN) * pxPerDay).toBeCloseTo(mark.x, 6);
    }
    // The horizons layout is placed in pixels only.
    const horizons = timelineGeometry(timelineView(plan, { layout: 'horizons' }), { zoom: 'quarter', width: 1000 });
    expect(horizons.pxPerDay).toBeUndefined();
  });
});
