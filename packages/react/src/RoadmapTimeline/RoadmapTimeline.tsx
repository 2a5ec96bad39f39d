import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type AlignmentReport,
  type Change,
  getPlanIndex,
  type Plan,
  type ScoreOptions,
  type TimelineAudience,
  type TimelineBar,
  type TimelineLanesBy,
  type TimelineLayout,
  type TimelineView,
  type TimelineViewOptions,
  timelineNotices,
  timelineView,
  unscheduledGroups,
} from '@throughline/core';
import {
  type CSSProperties,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { cx } from '../shared/classes.js';
import { downloadFile } from '../shared/download.js';
import { getOrSet } from '../shared/memo.js';
import { InvalidPlan } from '../shared/PlanError.js';
import { reportFor, todayIso } from '../shared/scoreReport.js';
import { useElementHeight, useElementWidth } from '../shared/useElementWidth.js';
import type { SalvageProps } from '../shared/usePlan.js';
import { useViewSetup } from '../shared/useViewSetup.js';
import { axisLabels } from './axisLabels.js';
import { type RoadmapTimelineFile, timelineFile } from './exportTimeline.js';
import { barName, goalText, progressText, timelineFormat } from './format.js';
import { MILESTONE_ROW, type TimelineGeometry, type TimelineZoom, timelineGeometry } from './geometry.js';
import { defaultRoadmapTimelineMessages, type RoadmapTimelineMessages } from './messages.js';
import { refAttributes, refOf, sameRef, type TimelineRef } from './refs.js';
import { AXIS_ROW, TimelineAxis, TimelineGridlines, TimelineLinks } from './TimelineAxis.js';
import { TimelineBarView } from './TimelineBarView.js';
import { TimelineDetails } from './TimelineDetails.js';
import { TimelineEdges } from './TimelineEdges.js';
import { TimelineLaneHeader } from './TimelineLaneHeader.js';
import { TimelineLegend } from './TimelineLegend.js';
import { TimelineNotices } from './TimelineNotices.js';
import { type TimelineExportFormat, TimelineToolbar } from './TimelineToolbar.js';
import { listedUnscheduled, TimelineUnscheduled } from './TimelineUnscheduled.js';
import { onTimelineKey } from './timelineKeys.js';
import { useControlled, useOpenSet } from './useControlled.js';
import { useOpening } from './useOpening.js';
import { useReschedule } from './useReschedule.js';
import { useScrollWindow } from './useScrollWindow.js';
import { useTimelineNavigation } from './useTimelineNavigation.js';

export type { RoadmapTimelineFile } from './exportTimeline.js';

export type RoadmapTimelineSlot =
  | 'root'
  | 'header'
  | 'toolbar'
  | 'legend'
  | 'scroll'
  | 'axis'
  | 'lane'
  | 'laneHeader'
  | 'bar'
  | 'milestone'
  | 'details'
  | 'unscheduled'
  | 'empty'
  | 'error'
  | 'notice';

const DEFAULT_CLASSES: Record<RoadmapTimelineSlot, string> = {
  root: 'tl-root tl-timeline',
  header: 'tl-timeline-header',
  toolbar: 'tl-timeline-toolbar',
  legend: 'tl-timeline-legend',
  scroll: 'tl-timeline-scroll',
  axis: 'tl-timeline-axis',
  lane: 'tl-timeline-lane',
  laneHeader: 'tl-timeline-lane-header',
  bar: 'tl-timeline-bar',
  milestone: 'tl-timeline-milestone',
  details: 'tl-timeline-details',
  unscheduled: 'tl-timeline-unscheduled',
  empty: 'tl-timeline-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

export type TimelineSelectionKind = 'initiative' | 'theme' | 'milestone';

export interface RoadmapTimelineProps extends SalvageProps {
  /** A plan from `createPlan`, or raw host data (validated; data with problems drawn salvaged, with a notice). */
  readonly plan: unknown;
  /** `time`: bars on a date axis. `horizons`: Now / Next / Later columns, no dates. Controlled when given. */
  readonly layout?: TimelineLayout;
  readonly defaultLayout?: TimelineLayout;
  readonly onLayoutChange?: (layout: TimelineLayout) => void;
  /** How much time a column holds on the time axis. Controlled when given. */
  readonly zoom?: TimelineZoom;
  readonly defaultZoom?: TimelineZoom;
  readonly onZoomChange?: (zoom: TimelineZoom) => void;
  /** What lanes group initiatives by. Controlled when given. */
  readonly lanesBy?: TimelineLanesBy;
  readonly defaultLanesBy?: TimelineLanesBy;
  readonly onLanesByChange?: (lanesBy: TimelineLanesBy) => void;
  /** `executive`: goals, themes and outcomes only. `product` (default): initiatives with backlog progress and findings. */
  readonly audience?: TimelineAudience;
  /** Called with the one `reschedule` change a gesture makes and the plan it leads to. */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /** Called when a bar or milestone is activated (Enter or click), for the host's own navigation. */
  readonly onSelect?: (id: string, kind: TimelineSelectionKind) => void;
  /** Display only: nothing can be moved. */
  readonly readOnly?: boolean;
  /** Today, `YYYY-MM-DD`, for the today marker and the scorer; default: the current UTC date. */
  readonly today?: string;
  /** Options for the scorer whose findings the product audience shows. */
  readonly scoreOptions?: Omit<ScoreOptions, 'today'>;
  /** Replaces the vision statement above the timeline. */
  readonly header?: ReactNode;
  /** Layout, zoom and export controls; default shown. */
  readonly toolbar?: boolean;
  readonly legend?: boolean;
  /** The details of the selected bar under the timeline; default shown. */
  readonly details?: boolean;
  /** Receives exported files instead of the browser downloading them. */
  readonly onExport?: (file: RoadmapTimelineFile) => void;
  /** File name of exports, without extension. Default `roadmap`. */
  readonly fileName?: string;
  readonly messages?: Partial<RoadmapTimelineMessages>;
  /** For dates and numbers; default: the reader's locale. */
  readonly locale?: string;
  /** Reading direction; right-to-left runs time from right to left. */
  readonly dir?: 'ltr' | 'rtl';
  readonly className?: string;
  readonly classNames?: Partial<Record<RoadmapTimelineSlot, string>>;
  readonly unstyled?: boolean;
  /** More lanes than this render only those in view; default 20. */
  readonly virtualizeAbove?: number;
  /** A lane whose bars need more rows than this shows its first rows and "+N more" to expand. Default 6. */
  readonly maxLaneRows?: number;
  /** Width laid out before the container is measured (and on the server). Default 960. */
  readonly initialWidth?: number;
}

// A plan's timeline view depends only on the plan and the options (the report is cached per plan
// too): kept per plan so a remount or a layout switched back and forth does not lay it out again.
const views = new WeakMap<Plan, Map<string, { report: AlignmentReport | undefined; view: TimelineView }>>();
function viewFor(plan: Plan, options: TimelineViewOptions): TimelineView {
  const key = `${options.layout}|${options.lanesBy}|${options.audience}`;
  const byKey = getOrSet(views, plan, () => new Map());
  const known = byKey.get(key);
  if (known && known.report === options.report) return known.view;
  const view = timelineView(plan, options);
  byKey.set(key, { report: options.report, view });
  return view;
}

/** Takes no room and shows nothing; its height is the theme's bar height (inline, so it holds unstyled too). */
const BAR_HEIGHT_PROBE: CSSProperties = {
  position: 'absolute',
  width: 0,
  height: 'var(--tl-bar-height, 44px)',
  visibility: 'hidden',
  pointerEvents: 'none',
};

/**
 * The roadmap as stakeholders read it: lanes by theme or goal, initiatives as bars on a time
 * axis or in Now / Next / Later columns, with confidence, backlog progress, milestones, the
 * today marker and dependencies. Bars move by pointer or keyboard (one `reschedule` change
 * through `onChange`); every bar and milestone is reachable with the arrow keys and named in a
 * full sentence. Exports SVG, PNG, CSV and JSON from the same view-model.
 *
 * @example
 * <RoadmapTimeline plan={plan} lanesBy="goal" onChange={(change, next) => setPlan(next)} />
 */
export function RoadmapTimeline(props: RoadmapTimelineProps) {
  const { state, messages, slot, notice } = useViewSetup(props, defaultRoadmapTimelineMessages, DEFAULT_CLASSES);
  if (!state.ok) {
    return (
      <InvalidPlan
        errors={state.errors}
        messages={messages}
        className={cx(slot('root'), props.className)}
        errorClassName={slot('error')}
        dir={props.dir}
      />
    );
  }
  return <Timeline {...props} plan={state.plan} messages={messages} slot={slot} notice={notice} />;
}

interface TimelineProps extends Omit<RoadmapTimelineProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: RoadmapTimelineMessages;
  readonly slot: (name: RoadmapTimelineSlot) => string | undefined;
  readonly notice?: ReactNode;
}

/** A crowded lane draws this many rows until it is expanded. */
const MAX_LANE_ROWS = 6;

function Timeline(props: TimelineProps) {
  const { plan, messages, slot } = props;
  const uid = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLElement>(null);
  // The scroll area's inner width; a new plan may swap the empty state for the scroll area.
  const width = useElementWidth(scrollRef, props.initialWidth ?? 960, plan);
  // The bar height the theme sets (`--tl-bar-height`, smaller when compact), read off a hidden probe.
  const barProbeRef = useRef<HTMLSpanElement>(null);
  const barHeight = useElementHeight(barProbeRef, 44);
  const rtl = props.dir === 'rtl';
  const [layout, setLayoutTo] = useControlled(props.layout, props.defaultLayout ?? 'time', props.onLayoutChange);
  const [zoom, setZoomTo] = useControlled(props.zoom, props.defaultZoom ?? 'quarter', props.onZoomChange);
  const [lanesBy, setLanesBy] = useControlled(props.lanesBy, props.defaultLanesBy ?? 'theme', props.onLanesByChange);
  const [expandedLanes, toggleLane] = useOpenSet<string | null>();
  const [openGroups, toggleGroup] = useOpenSet<string | null>();
  const audience = props.audience ?? 'product';
  const [today] = useState(() => props.today ?? todayIso());
  const day = props.today ?? today;
  const format = useMemo(() => timelineFormat(props.locale), [props.locale]);

  const report = useMemo<AlignmentReport | undefined>(
    () => (audience === 'product' ? reportFor(plan, day, props.scoreOptions) : undefined),
    [plan, audience, props.scoreOptions, day],
  );
  const view = useMemo(
    () => viewFor(plan, { layout, lanesBy, audience, ...(report ? { report } : {}) }),
    [plan, layout, lanesBy, audience, report],
  );
  const notices = useMemo(() => timelineNotices(plan, view), [plan, view]);
  const groups = useMemo(() => unscheduledGroups(view), [view]);
  const listed = useMemo(() => listedUnscheduled(groups, openGroups), [groups, openGroups]);
  const maxRows = props.maxLaneRows ?? MAX_LANE_ROWS;
  // A time axis wider than the container does not depend on the container's width: keep the
  // geometry (and every bar's props) when only the width changed, as it does right after mount.
  const lastGeometry = useRef<{ key: unknown[]; width: number; geometry: TimelineGeometry } | null>(null);
  const geometry = useMemo(() => {
    const key = [view, zoom, day, barHeight, maxRows, expandedLanes];
    const last = lastGeometry.current;
    if (
      last &&
      layout === 'time' &&
      last.key.every((k, i) => k === key[i]) &&
      last.geometry.contentWidth > Math.max(width, last.width) - last.geometry.laneHeaderWidth
    )
      return last.geometry;
    const next = timelineGeometry(view, { zoom, width, today: day, rowHeight: barHeight + 8, maxRows, expandedLanes });
    lastGeometry.current = { key, width, geometry: next };
    return next;
  }, [view, zoom, width, day, barHeight, layout, maxRows, expandedLanes]);
  const bars = useMemo(() => new Map(view.lanes.flatMap((lane) => lane.bars.map((bar) => [bar.id, bar]))), [view]);

  useOpening(scrollRef, { view, geometry, layout, zoom, rtl, today: day });
  const nav = useTimelineNavigation({ view, geometry, unscheduled: listed, rootRef });
  const { active } = nav;
  const [selected, setSelected] = useState<TimelineRef | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const editable = !props.readOnly && audience === 'product' && props.onChange !== undefined;
  const move = useReschedule({
    plan,
    layout,
    geometry,
    bars,
    messages,
    format,
    rtl,
    onChange: props.onChange,
    announce: setAnnouncement,
  });
  const { moving, target } = move;

  // Lanes: only those in view when there are many; the active bar's lane stays mounted so the
  // roving tab stop and a bar being moved never disappear.
  const virtualize = view.lanes.length > (props.virtualizeAbove ?? 20);
  const axisHeight = layout === 'time' ? AXIS_ROW * 2 : AXIS_ROW;
  const bandHeight = geometry.milestoneRows * MILESTONE_ROW + (geometry.milestoneRows > 0 ? 8 : 0);
  const headerHeight = axisHeight + bandHeight;
  const activeLane = active === null ? undefined : nav.laneOf(active);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeLane !== undefined && !indexes.includes(activeLane)) indexes.push(activeLane);
      return indexes.sort((a, b) => a - b);
    },
    [activeLane],
  );
  const virtualizer = useVirtualizer({
    count: view.lanes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => geometry.lanes[i]?.height ?? 60,
    overscan: 2,
    scrollMargin: headerHeight,
    rangeExtractor,
    initialRect: { width, height: 640 },
    enabled: virtualize,
  });
  // estimateSize reads the geometry: lane heights change with zoom, width and density. Not on
  // mount, where the virtualizer has just read them (an extra pass would cost a frame).
  const laneHeights = virtualize ? geometry.lanes.map((lane) => lane.height).join() : '';
  const measuredLanes = useRef(laneHeights);
  useEffect(() => {
    if (!virtualize || measuredLanes.current === laneHeights) return;
    measuredLanes.current = laneHeights;
    virtualizer.measure();
  }, [virtualizer, virtualize, laneHeights]);
  const laneIndexes = virtualize ? virtualizer.getVirtualItems().map((v) => v.index) : view.lanes.map((_, i) => i);

  // Along time, too, only what is near the visible span is in the DOM (a long roadmap is several
  // screens wide); the active item always is, so the tab stop and a moving bar never vanish.
  const span = useScrollWindow(scrollRef, width, geometry.laneHeaderWidth, headerHeight);
  const inWindow = (x: number, w: number) => x + w >= span.start && x <= span.end;
  // A lane can hold dozens of rows: only the bars near the visible rows are drawn.
  const inRows = (y: number, h: number) => y + h >= span.top && y <= span.bottom;

  const focusItem = (ref: TimelineRef) => {
    nav.requestFocus(ref);
    const lane = nav.laneOf(ref);
    if (virtualize && lane !== undefined) virtualizer.scrollToIndex(lane, { align: 'auto' });
  };

  const select = (ref: TimelineRef) => {
    if (ref.kind !== 'milestone') setSelected(ref);
    props.onSelect?.(ref.id, ref.kind);
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLElement>) =>
    onTimelineKey(event, {
      order: nav.order,
      laneOf: nav.laneOf,
      laneCount: view.lanes.length,
      focusRequest: nav.focusRequest,
      rtl,
      movable: (ref) => editable && ref.kind === 'initiative' && geometry.boxes.has(ref.id),
      movingNow: move.movingNow,
      step: move.step,
      commit: move.commit,
      cancel: move.cancel,
      focus: focusItem,
      select,
    });

  const onClick = (event: ReactMouseEvent<HTMLElement>) => {
    const ref = refOf(event.target);
    if (ref === undefined || move.takeClick()) return;
    nav.setActive(ref);
    select(ref);
  };

  const onBlur = (event: ReactFocusEvent<HTMLElement>) => {
    // A keyboard move that loses focus is abandoned, as a drag that leaves the window would be.
    const m = move.movingNow.current;
    if (m && !m.pointer && !event.currentTarget.contains(event.relatedTarget as Node | null)) move.cancel();
  };

  // "Earlier work" / "Later work": the nearest bar outside the visible span scrolled a column into
  // view and focused, so a keyboard reader lands on it too.
  const reveal = useCallback(
    (bar: TimelineBar, side: 'before' | 'after') => {
      const box = geometry.boxes.get(bar.id);
      const scroller = scrollRef.current;
      if (!box || !scroller) return;
      const visible = scroller.clientWidth - geometry.laneHeaderWidth;
      const x =
        side === 'after'
          ? box.x - geometry.stepWidth
          : Math.min(box.x, box.x + box.width + geometry.stepWidth - visible);
      scroller.scrollLeft = (rtl ? -1 : 1) * Math.max(0, x);
      nav.requestFocus({ kind: bar.kind, id: bar.id });
    },
    [geometry, rtl, nav.requestFocus],
  );

  const exportFile = async (exportFormat: TimelineExportFormat) => {
    const file = await timelineFile(exportFormat, {
      plan,
      view,
      geometry,
      zoom,
      messages,
      format,
      rtl,
      root: rootRef.current,
      fileName: props.fileName,
    });
    if (props.onExport) props.onExport(file);
    else downloadFile(file.name, file.data);
  };

  const switchLayout = useCallback(
    (next: TimelineLayout, nextZoom?: TimelineZoom) => {
      setLayoutTo(next);
      if (nextZoom) setZoomTo(nextZoom);
    },
    [setLayoutTo, setZoomTo],
  );
  const showHorizons = useCallback(() => setLayoutTo('horizons'), [setLayoutTo]);

  const instructionsId = `${uid}-instructions`;
  const detailsId = `${uid}-details`;
  const empty = view.lanes.every((lane) => lane.bars.length === 0) && view.unscheduled.length === 0;
  const fullWidth = geometry.laneHeaderWidth + geometry.contentWidth;
  const labels = axisLabels(zoom, messages, format);
  const milestoneById = new Map(view.milestones.map((m) => [m.id, m]));
  const selectedBar = selected === null || selected.kind === 'milestone' ? undefined : bars.get(selected.id);

  const laneTitle = (l: number) => {
    const lane = view.lanes[l];
    if (!lane) return '';
    return lane.theme?.title ?? lane.goal?.title ?? (view.lanesBy === 'goal' ? messages.noGoal : messages.noTheme);
  };
  const laneSubtitle = (l: number) => {
    const lane = view.lanes[l];
    if (lane?.goal) return goalText(lane.goal, messages, format);
    if (!lane?.theme || lane.theme.goalIds.length === 0) return null;
    const goals = getPlanIndex(plan).goals;
    return lane.theme.goalIds
      .map((g) => goals.get(g)?.title)
      .filter((g) => g !== undefined)
      .join(', ');
  };

  const boxOf = (bar: TimelineBar) => {
    const box = geometry.boxes.get(bar.id);
    if (!box) return undefined;
    if (!target || moving?.id !== bar.id) return box;
    if (layout === 'time' && target.start !== undefined && target.end !== undefined) {
      return { ...box, ...geometry.spanOf({ start: target.start, end: target.end }) };
    }
    const column = view.horizons.findIndex((h) => h.id === target.horizon?.id);
    return column < 0 ? box : { ...box, ...geometry.spanOf({ column }) };
  };

  return (
    <div
      ref={rootRef}
      className={cx(slot('root'), props.className)}
      dir={props.dir}
      data-layout={layout}
      data-zoom={zoom}
      data-audience={audience}
      data-lanes-by={view.lanesBy}
      data-editable={editable || undefined}
    >
      <span ref={barProbeRef} aria-hidden="true" style={BAR_HEIGHT_PROBE} />
      {props.notice}
      <div className={slot('header')}>
        {props.header ??
          (plan.vision ? (
            <div className="tl-timeline-vision">
              <span className="tl-muted">{messages.visionLabel}</span>
              <p className="tl-timeline-vision-title">{plan.vision.title}</p>
              {plan.vision.description ? <p className="tl-muted">{plan.vision.description}</p> : null}
            </div>
          ) : null)}
        {props.toolbar === false ? null : (
          <TimelineToolbar
            className={slot('toolbar')}
            messages={messages}
            layout={layout}
            zoom={zoom}
            onLayout={setLayoutTo}
            onZoom={setZoomTo}
            onExport={(f) => void exportFile(f)}
          />
        )}
        {props.legend === false ? null : <TimelineLegend messages={messages} className={slot('legend')} />}
      </div>
      <TimelineNotices
        notices={notices}
        messages={messages}
        onLanesBy={setLanesBy}
        onLayout={switchLayout}
        className="tl-timeline-notices"
      />
      <p id={instructionsId} className="tl-visually-hidden">
        {editable ? messages.instructions : messages.instructionsReadOnly}
      </p>
      <div className="tl-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {empty ? (
        <div className={slot('empty')} role="status">
          <p>{messages.empty}</p>
          <p className="tl-muted">{messages.emptyHint}</p>
        </div>
      ) : (
        <div className="tl-timeline-frame">
          <TimelineEdges
            view={view}
            geometry={geometry}
            scrollRef={scrollRef}
            top={headerHeight + 8}
            messages={messages}
            onReveal={reveal}
          />
          {/* A group, not a region: a page may hold several timelines, and landmarks must differ. */}
          {/* biome-ignore lint/a11y/noNoninteractiveElementInteractions: keys and pointer moves are delegated from the bars and milestones inside, each a button. */}
          {/* biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls. */}
          <div
            ref={scrollRef as RefObject<HTMLDivElement>}
            role="group"
            className={slot('scroll')}
            aria-label={messages.label}
            onKeyDown={onKeyDown}
            onPointerMove={editable ? move.onPointerMove : undefined}
            onPointerUp={editable ? move.onPointerUp : undefined}
            onPointerCancel={editable ? move.onPointerCancel : undefined}
            onClick={onClick}
            onFocus={nav.onFocus}
            onBlur={onBlur}
          >
            <div className="tl-timeline-canvas" style={{ width: fullWidth }}>
              <div className={slot('axis')} style={{ height: headerHeight, width: fullWidth }}>
                <div className="tl-timeline-corner" style={{ width: geometry.laneHeaderWidth, height: headerHeight }} />
                <TimelineAxis view={view} geometry={geometry} labels={labels} messages={messages} />
                {view.milestones.length > 0 ? (
                  <ul
                    className="tl-timeline-milestones"
                    aria-label={messages.milestonesLabel}
                    style={{
                      insetInlineStart: geometry.laneHeaderWidth,
                      top: axisHeight,
                      height: bandHeight,
                      width: geometry.contentWidth,
                    }}
                  >
                    {geometry.milestones.map((mark) => {
                      const milestone = milestoneById.get(mark.id);
                      if (!milestone) return null;
                      const ref: TimelineRef = { kind: 'milestone', id: milestone.id };
                      const isActive = sameRef(active, ref);
                      if (!isActive && !inWindow(mark.x - 8, 200)) return null;
                      return (
                        <li
                          key={mark.id}
                          style={{
                            insetInlineStart: mark.x - 7,
                            top: 4 + mark.row * MILESTONE_ROW,
                            // In a horizon's column a label ends with the column.
                            ...(mark.column !== undefined ? { maxWidth: geometry.stepWidth - 20 } : {}),
                          }}
                        >
                          <button
                            type="button"
                            className={slot('milestone')}
                            {...refAttributes(ref)}
                            data-kind={milestone.kind}
                            title={mark.labelled ? undefined : milestone.title}
                            tabIndex={isActive ? 0 : -1}
                            aria-label={messages.milestone(
                              milestone.title,
                              messages.milestoneKind[milestone.kind],
                              format.date(milestone.date),
                            )}
                            aria-describedby={instructionsId}
                          >
                            {mark.labelled ? milestone.title : null}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </div>
              <div className="tl-timeline-body" style={{ height: geometry.lanesHeight, width: fullWidth }}>
                {geometry.today !== undefined ? (
                  <div
                    className="tl-timeline-today"
                    style={{
                      insetInlineStart: geometry.laneHeaderWidth + geometry.today,
                      height: geometry.lanesHeight,
                    }}
                    aria-hidden="true"
                  />
                ) : null}
                <TimelineGridlines geometry={geometry} layout={layout} />
                <TimelineLinks geometry={geometry} rtl={rtl} movingId={moving?.id} idPrefix={uid} />
                {laneIndexes.map((l) => {
                  const lane = view.lanes[l];
                  const box = geometry.lanes[l];
                  if (!lane || !box) return null;
                  const titleId = `${uid}-lane-${l}`;
                  return (
                    // A group, not a region: fifty lanes would flood the landmark list.
                    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups bars under their lane's heading.
                    <div
                      role="group"
                      // The lane's key may be any string, or null for the lane of none: JSON keeps them apart.
                      key={JSON.stringify(lane.key)}
                      className={slot('lane')}
                      aria-labelledby={titleId}
                      data-lane={lane.key ?? ''}
                      style={{ top: box.top, height: box.height, width: fullWidth }}
                    >
                      <TimelineLaneHeader
                        lane={lane}
                        box={box}
                        title={laneTitle(l)}
                        titleId={titleId}
                        subtitle={laneSubtitle(l)}
                        width={geometry.laneHeaderWidth}
                        messages={messages}
                        className={slot('laneHeader')}
                        onToggle={toggleLane}
                      />
                      {lane.bars.map((bar) => {
                        const placed = boxOf(bar);
                        if (!placed) return null;
                        const ref: TimelineRef = { kind: bar.kind, id: bar.id };
                        const isActive = sameRef(active, ref);
                        const near = inWindow(placed.x, placed.width) && inRows(placed.y, placed.height);
                        if (!isActive && moving?.id !== bar.id && !near) return null;
                        return (
                          <TimelineBarView
                            key={bar.id}
                            bar={bar}
                            className={slot('bar')}
                            name={barName(bar, { messages, format, showDates: layout === 'time' })}
                            describedBy={instructionsId}
                            x={geometry.laneHeaderWidth + placed.x}
                            y={placed.y - box.top}
                            width={placed.width}
                            height={placed.height}
                            tabbable={isActive}
                            selected={sameRef(selected, ref)}
                            moving={moving?.id === bar.id && (moving.pointer === undefined || moving.pointer.started)}
                            late={bar.dependsOn.some((d) => d.late)}
                            progressLabel={progressText(bar, messages, format)}
                            findingsLabel={bar.findings.length > 0 ? String(bar.findings.length) : null}
                            {...(editable && bar.kind === 'initiative' ? { onPointerDown: move.onBarPointerDown } : {})}
                          />
                        );
                      })}
                    </div>
                  );
                })}
              </div>
            </div>
            <TimelineUnscheduled
              groups={groups}
              open={openGroups}
              onToggle={toggleGroup}
              onShowHorizons={groups.some((g) => g.horizon !== undefined) ? showHorizons : undefined}
              active={active}
              describedBy={instructionsId}
              messages={messages}
              className={slot('unscheduled')}
            />
          </div>
        </div>
      )}
      {props.details === false || empty ? null : (
        <TimelineDetails
          id={detailsId}
          className={slot('details')}
          plan={plan}
          bar={selectedBar}
          messages={messages}
          format={format}
        />
      )}
    </div>
  );
}
