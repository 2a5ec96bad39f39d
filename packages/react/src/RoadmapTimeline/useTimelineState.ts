'use client';
import {
  type AlignmentReport,
  type Plan,
  type ScoreOptions,
  type TimelineAudience,
  type TimelineLanesBy,
  type TimelineLayout,
  type TimelineView,
  timelineNotices,
  timelineView,
  unscheduledGroups,
} from '@throughline/core';
import { perPlan } from '@throughline/core/internal';
import { useCallback, useMemo, useRef, useState } from 'react';
import { reportFor, todayIso } from '../shared/scoreReport.js';
import { useControllableState } from '../shared/useControllableState.js';
import { timelineFormat } from './format.js';
import { type TimelineGeometry, type TimelineZoom, timelineGeometry } from './geometry.js';
import { listedUnscheduled } from './TimelineUnscheduled.js';

/** The view state a host may own, each on the `x` / `defaultX` / `onXChange(x)` contract. */
export interface TimelineStateProps {
  readonly layout?: TimelineLayout | undefined;
  readonly defaultLayout?: TimelineLayout | undefined;
  readonly onLayoutChange?: ((layout: TimelineLayout) => void) | undefined;
  readonly zoom?: TimelineZoom | undefined;
  readonly defaultZoom?: TimelineZoom | undefined;
  readonly onZoomChange?: ((zoom: TimelineZoom) => void) | undefined;
  readonly lanesBy?: TimelineLanesBy | undefined;
  readonly defaultLanesBy?: TimelineLanesBy | undefined;
  readonly onLanesByChange?: ((lanesBy: TimelineLanesBy) => void) | undefined;
  readonly audience?: TimelineAudience | undefined;
  readonly defaultAudience?: TimelineAudience | undefined;
  readonly onAudienceChange?: ((audience: TimelineAudience) => void) | undefined;
  readonly today?: string | undefined;
  readonly scoreOptions?: Omit<ScoreOptions, 'today'> | undefined;
  readonly locale?: string | undefined;
  readonly maxLaneRows?: number | undefined;
}

/** What the state is laid out for: the measured width of the scroll area and the theme's bar height. */
export interface TimelineMeasure {
  readonly width: number;
  readonly barHeight: number;
}

/** A crowded lane draws this many rows until it is expanded. */
export const MAX_LANE_ROWS = 6;

// A plan's timeline view depends only on the plan, the options and the scorer's report (itself
// kept per plan, day and options): kept per plan so a remount or a layout switched back and forth
// does not lay it out again.
const viewFor = perPlan(
  (plan, options: ViewKey) =>
    timelineView(plan, {
      layout: options.layout,
      lanesBy: options.lanesBy,
      audience: options.audience,
      ...(options.audience === 'product' ? { report: reportFor(plan, options.day, options.scoreOptions) } : {}),
    }),
  (options) => viewKey(options),
);

interface ViewKey {
  readonly layout: TimelineLayout;
  readonly lanesBy: TimelineLanesBy;
  readonly audience: TimelineAudience;
  readonly day: string;
  readonly scoreOptions: Omit<ScoreOptions, 'today'> | undefined;
}
const viewKey = (k: ViewKey) =>
  JSON.stringify([k.layout, k.lanesBy, k.audience, k.audience === 'product' ? [k.day, k.scoreOptions ?? {}] : null]);

// Geometry per plan, view and layout options, for the same reason: a zoom switched back (or a
// remount at the same size) reuses the layout instead of placing every bar again. A few layouts
// per plan at most: a window being resized would otherwise keep one layout per pixel.
const GEOMETRIES_PER_PLAN = 6;
const geometriesOf = perPlan((_plan) => new Map<string, { view: TimelineView; geometry: TimelineGeometry }>());
function geometryFor(
  plan: Plan,
  view: TimelineView,
  options: Parameters<typeof timelineGeometry>[1],
  key: string,
): TimelineGeometry {
  const expanded = options.expandedLanes ? JSON.stringify([...options.expandedLanes]) : '';
  const id = JSON.stringify([
    key,
    options.zoom,
    options.width,
    options.today,
    options.rowHeight,
    options.maxRows,
    expanded,
  ]);
  const byKey = geometriesOf(plan);
  const known = byKey.get(id);
  if (known?.view === view) return known.geometry;
  const geometry = timelineGeometry(view, options);
  byKey.set(id, { view, geometry });
  if (byKey.size > GEOMETRIES_PER_PLAN) byKey.delete(byKey.keys().next().value as string);
  return geometry;
}

/** A set of open keys (expanded lanes, say), with a stable toggle. */
export function useOpenSet<K>(): [ReadonlySet<K>, (key: K) => void] {
  const [open, setOpen] = useState<ReadonlySet<K>>(() => new Set());
  const toggle = useCallback((key: K) => {
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  return [open, toggle];
}

/**
 * The timeline's state: layout, zoom, lanes and audience (each controllable), today, the lanes
 * expanded and the unscheduled groups opened, and what they make: the view-model, its notices and
 * unscheduled groups, and the geometry laid out for `measure`. Setters keep one identity.
 *
 * @example
 * const state = useTimelineState(plan, props, { width: 1200, barHeight: 44 });
 * state.setZoom('month'); // tells props.onZoomChange; redraws unless the host controls zoom
 */
export function useTimelineState(plan: Plan, props: TimelineStateProps, measure: TimelineMeasure) {
  const [layout, setLayout] = useControllableState(props.layout, props.defaultLayout ?? 'time', props.onLayoutChange);
  const [zoom, setZoom] = useControllableState(props.zoom, props.defaultZoom ?? 'quarter', props.onZoomChange);
  const [lanesBy, setLanesBy] = useControllableState(
    props.lanesBy,
    props.defaultLanesBy ?? 'theme',
    props.onLanesByChange,
  );
  const [audience, setAudience] = useControllableState(
    props.audience,
    props.defaultAudience ?? 'product',
    props.onAudienceChange,
  );
  const [expandedLanes, toggleLane] = useOpenSet<string | null>();
  const [openGroups, toggleGroup] = useOpenSet<string | null>();
  // Today is read once per mount, so a timeline open over midnight does not jump.
  const [mountDay] = useState(() => props.today ?? todayIso());
  const day = props.today ?? mountDay;
  const format = useMemo(() => timelineFormat(props.locale), [props.locale]);

  const report = useMemo<AlignmentReport | undefined>(
    () => (audience === 'product' ? reportFor(plan, day, props.scoreOptions) : undefined),
    [plan, audience, props.scoreOptions, day],
  );
  const key = useMemo(
    () => ({ layout, lanesBy, audience, day, scoreOptions: props.scoreOptions }),
    [layout, lanesBy, audience, day, props.scoreOptions],
  );
  const view = useMemo(() => viewFor(plan, key), [plan, key]);
  const notices = useMemo(() => timelineNotices(plan, view), [plan, view]);
  const groups = useMemo(() => unscheduledGroups(view), [view]);
  const listed = useMemo(() => listedUnscheduled(groups, openGroups), [groups, openGroups]);

  const maxRows = props.maxLaneRows ?? MAX_LANE_ROWS;
  const { width, barHeight } = measure;
  // A time axis wider than the container does not depend on the container's width: keep the
  // geometry (and every bar's props) when only the width changed, as it does right after mount.
  const last = useRef<{ inputs: readonly unknown[]; width: number; geometry: TimelineGeometry } | null>(null);
  const geometry = useMemo(() => {
    const inputs = [view, zoom, day, barHeight, maxRows, expandedLanes];
    const was = last.current;
    if (
      was &&
      layout === 'time' &&
      was.inputs.every((k, i) => k === inputs[i]) &&
      was.geometry.contentWidth > Math.max(width, was.width) - was.geometry.laneHeaderWidth
    )
      return was.geometry;
    const next = geometryFor(
      plan,
      view,
      { zoom, width, today: day, rowHeight: barHeight + 8, maxRows, expandedLanes },
      viewKey(key),
    );
    last.current = { inputs, width, geometry: next };
    return next;
  }, [plan, key, view, zoom, width, day, barHeight, layout, maxRows, expandedLanes]);
  const bars = useMemo(() => new Map(view.lanes.flatMap((lane) => lane.bars.map((bar) => [bar.id, bar]))), [view]);

  /** A layout, and with it a zoom (a notice's way out offers both at once). */
  const switchLayout = useCallback(
    (next: TimelineLayout, nextZoom?: TimelineZoom) => {
      setLayout(next);
      if (nextZoom) setZoom(nextZoom);
    },
    [setLayout, setZoom],
  );
  const showHorizons = useCallback(() => setLayout('horizons'), [setLayout]);

  return {
    layout,
    setLayout,
    zoom,
    setZoom,
    lanesBy,
    setLanesBy,
    audience,
    setAudience,
    switchLayout,
    showHorizons,
    expandedLanes,
    toggleLane,
    openGroups,
    toggleGroup,
    day,
    format,
    report,
    view,
    notices,
    groups,
    listed,
    geometry,
    bars,
  };
}

export type TimelineState = ReturnType<typeof useTimelineState>;
