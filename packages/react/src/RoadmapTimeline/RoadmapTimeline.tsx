import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type AlignmentReport,
  applyChange,
  type Change,
  getPlanIndex,
  type Plan,
  type RescheduleTarget,
  rescheduleTarget,
  type ScoreOptions,
  type TimelineAudience,
  type TimelineBar,
  type TimelineLanesBy,
  type TimelineLayout,
  type TimelineView,
  type TimelineViewOptions,
  timelineCsv,
  timelineRecords,
  timelineView,
} from '@throughline/core';
import {
  type CSSProperties,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
  type PointerEvent as ReactPointerEvent,
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
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import { useViewSetup } from '../shared/useViewSetup.js';
import { axisLabels } from './axisLabels.js';
import { defaultImageColors, svgToPng, type TimelineImageColors, timelineSvg } from './exportImage.js';
import { barName, goalText, timelineFormat } from './format.js';
import { MILESTONE_ROW, type TimelineGeometry, type TimelineZoom, timelineGeometry } from './geometry.js';
import { defaultRoadmapTimelineMessages, type RoadmapTimelineMessages } from './messages.js';
import { TimelineBarView } from './TimelineBarView.js';
import { TimelineDetails } from './TimelineDetails.js';
import { TimelineLegend } from './TimelineLegend.js';
import { type TimelineExportFormat, TimelineToolbar } from './TimelineToolbar.js';

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
  | 'error';

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
};

/** A file the timeline exports, handed to `onExport` instead of being downloaded when given. */
export interface RoadmapTimelineFile {
  readonly format: TimelineExportFormat;
  readonly name: string;
  readonly type: string;
  readonly data: Blob;
}

export type TimelineSelectionKind = 'initiative' | 'theme' | 'milestone';

export interface RoadmapTimelineProps {
  /** A plan from `createPlan`, or raw host data (validated on the way in; invalid data shows its problems). */
  readonly plan: unknown;
  /** `time`: bars on a date axis. `horizons`: Now / Next / Later columns, no dates. Controlled when given. */
  readonly layout?: TimelineLayout;
  readonly defaultLayout?: TimelineLayout;
  readonly onLayoutChange?: (layout: TimelineLayout) => void;
  /** How much time a column holds on the time axis. Controlled when given. */
  readonly zoom?: TimelineZoom;
  readonly defaultZoom?: TimelineZoom;
  readonly onZoomChange?: (zoom: TimelineZoom) => void;
  readonly lanesBy?: TimelineLanesBy;
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

const AXIS_ROW = 26;
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
  const { state, messages, slot } = useViewSetup(props, defaultRoadmapTimelineMessages, DEFAULT_CLASSES);
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
  return <Timeline {...props} plan={state.plan} messages={messages} slot={slot} />;
}

interface TimelineProps extends Omit<RoadmapTimelineProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: RoadmapTimelineMessages;
  readonly slot: (name: RoadmapTimelineSlot) => string | undefined;
}

interface Moving {
  readonly id: string;
  readonly steps: number;
  readonly pointer?: { readonly id: number; readonly x0: number; readonly stepPx: number; readonly started: boolean };
}

/** Milestone ids share the keyboard's order with bars; this keeps the two apart. */
const MILESTONE = 'milestone:';

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
  const [uncontrolledLayout, setLayout] = useState<TimelineLayout>(props.defaultLayout ?? 'time');
  const [uncontrolledZoom, setZoom] = useState<TimelineZoom>(props.defaultZoom ?? 'quarter');
  const layout = props.layout ?? uncontrolledLayout;
  const zoom = props.zoom ?? uncontrolledZoom;
  const audience = props.audience ?? 'product';
  const [today] = useState(() => props.today ?? todayIso());
  const day = props.today ?? today;
  const format = useMemo(() => timelineFormat(props.locale), [props.locale]);

  const report = useMemo<AlignmentReport | undefined>(
    () => (audience === 'product' ? reportFor(plan, day, props.scoreOptions) : undefined),
    [plan, audience, props.scoreOptions, day],
  );
  const view = useMemo(
    () => viewFor(plan, { layout, lanesBy: props.lanesBy ?? 'theme', audience, ...(report ? { report } : {}) }),
    [plan, layout, props.lanesBy, audience, report],
  );
  // A time axis wider than the container does not depend on the container's width: keep the
  // geometry (and every bar's props) when only the width changed, as it does right after mount.
  const lastGeometry = useRef<{ key: unknown[]; width: number; geometry: TimelineGeometry } | null>(null);
  const geometry = useMemo(() => {
    const key = [view, zoom, day, barHeight];
    const last = lastGeometry.current;
    if (
      last &&
      layout === 'time' &&
      last.key.every((k, i) => k === key[i]) &&
      last.geometry.contentWidth > Math.max(width, last.width) - last.geometry.laneHeaderWidth
    )
      return last.geometry;
    const next = timelineGeometry(view, { zoom, width, today: day, rowHeight: barHeight + 8 });
    lastGeometry.current = { key, width, geometry: next };
    return next;
  }, [view, zoom, width, day, barHeight, layout]);
  const bars = useMemo(() => new Map(view.lanes.flatMap((lane) => lane.bars.map((bar) => [bar.id, bar]))), [view]);

  // The time axis opens on today: a reader starts from now. Once, the first time it is laid out at
  // its container's width; a today already in view leaves the scroll at the start.
  const openedOnToday = useRef(false);
  useIsomorphicLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (openedOnToday.current || !scroller || scroller.clientWidth === 0 || layout !== 'time') return;
    openedOnToday.current = true;
    const x = geometry.today;
    const visible = scroller.clientWidth - geometry.laneHeaderWidth;
    // One column of what came before stays in view, so today reads in context.
    if (x !== undefined && x > visible - geometry.stepWidth)
      scroller.scrollLeft = (rtl ? -1 : 1) * Math.max(0, x - geometry.stepWidth);
  }, [geometry, layout, rtl]);

  // A zoom keeps the date at the start of the visible span where it was, not the pixel offset
  // (which at another zoom would show another month).
  const beforeZoom = useRef({ zoom, geometry });
  useIsomorphicLayoutEffect(() => {
    const was = beforeZoom.current;
    beforeZoom.current = { zoom, geometry };
    const scroller = scrollRef.current;
    if (!scroller || was.zoom === zoom || layout !== 'time') return;
    const date = was.geometry.dateAt(Math.abs(scroller.scrollLeft));
    if (date !== undefined) scroller.scrollLeft = (rtl ? -1 : 1) * geometry.xOf(date);
  }, [zoom, geometry, layout, rtl]);

  // Reading order for the keyboard: milestones in time order, then lane by lane, then the unscheduled.
  const order = useMemo(
    () => [...view.milestones.map((m) => MILESTONE + m.id), ...geometry.order, ...view.unscheduled.map((i) => i.id)],
    [view, geometry],
  );
  const laneOf = useMemo(() => {
    const map = new Map<string, number>();
    view.lanes.forEach((lane, l) => {
      for (const bar of lane.bars) map.set(bar.id, l);
    });
    return map;
  }, [view]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const active = activeId !== null && order.includes(activeId) ? activeId : (order[0] ?? null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [moving, setMovingState] = useState<Moving | null>(null);
  // The move as the last event left it: keys pressed before the next render build on it, so fast
  // presses are never lost. Rendering reads `moving`; event handlers read this.
  const movingNow = useRef<Moving | null>(null);
  const setMoving = useCallback((next: Moving | null) => {
    movingNow.current = next;
    setMovingState(next);
  }, []);
  const [announcement, setAnnouncement] = useState('');
  const focusRequest = useRef<string | null>(null);
  const suppressClick = useRef(false);
  const editable = !props.readOnly && audience === 'product' && props.onChange !== undefined;

  const target: RescheduleTarget | null = useMemo(
    () => (moving ? rescheduleTarget(plan, moving.id, { layout, steps: moving.steps, unit: geometry.step }) : null),
    [moving, plan, layout, geometry.step],
  );

  // Lanes: only those in view when there are many; the active bar's lane stays mounted so the
  // roving tab stop and a bar being moved never disappear.
  const virtualize = view.lanes.length > (props.virtualizeAbove ?? 20);
  const axisHeight = layout === 'time' ? AXIS_ROW * 2 : AXIS_ROW;
  const bandHeight = geometry.milestoneRows * MILESTONE_ROW + (geometry.milestoneRows > 0 ? 8 : 0);
  const headerHeight = axisHeight + bandHeight;
  const activeLane = active === null ? undefined : laneOf.get(active);
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

  // Focus follows the keyboard once the target is rendered (its lane may need scrolling in first).
  useEffect(() => {
    const id = focusRequest.current;
    if (id === null) return;
    const element = rootRef.current?.querySelector<HTMLElement>(`[data-tl-id="${CSS.escape(id)}"]`);
    if (element) {
      focusRequest.current = null;
      element.focus();
    }
  });

  const focusItem = (id: string) => {
    setActiveId(id);
    focusRequest.current = id;
    const lane = laneOf.get(id);
    if (virtualize && lane !== undefined) virtualizer.scrollToIndex(lane, { align: 'auto' });
  };

  const whereText = (t: RescheduleTarget) =>
    layout === 'horizons' || t.change.horizonId !== undefined
      ? (t.horizon?.title ?? '')
      : t.start !== undefined && t.end !== undefined
        ? format.range(t.start, t.end)
        : '';

  const announceMove = (id: string, steps: number) => {
    const bar = bars.get(id);
    if (!bar) return;
    const next = rescheduleTarget(plan, id, { layout, steps, unit: geometry.step });
    setAnnouncement(next ? messages.moving(bar.title, whereText(next)) : messages.cannotMove(bar.title));
  };

  const commit = (id: string) => {
    const m = movingNow.current;
    setMoving(null);
    const bar = bars.get(id);
    if (m?.id !== id || !bar) return;
    const current = rescheduleTarget(plan, id, { layout, steps: m.steps, unit: geometry.step });
    if (!current) return;
    const result = applyChange(plan, current.change);
    if (!result.ok) return;
    setAnnouncement(messages.moved(bar.title, whereText(current)));
    props.onChange?.(current.change, result.plan);
  };

  const cancel = () => {
    const m = movingNow.current;
    if (!m) return;
    const bar = bars.get(m.id);
    setMoving(null);
    if (bar) setAnnouncement(messages.cancelled(bar.title));
  };

  const select = (id: string) => {
    if (id.startsWith(MILESTONE)) {
      props.onSelect?.(id.slice(MILESTONE.length), 'milestone');
      return;
    }
    setSelectedId(id);
    const bar = bars.get(id);
    props.onSelect?.(id, bar?.kind ?? 'initiative');
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    const focused = (event.target as HTMLElement).closest<HTMLElement>('[data-tl-id]')?.dataset.tlId;
    if (focused === undefined) return;
    // Where keys already sent focus, if it has not landed yet: fast presses move on from there.
    const id = focusRequest.current ?? focused;
    const moving = movingNow.current;
    const at = order.indexOf(id);
    const isBar = bars.has(id) && geometry.boxes.has(id);
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    const go = (to: number) => {
      const next = order[Math.max(0, Math.min(order.length - 1, to))];
      if (next !== undefined && next !== id) {
        if (moving) cancel();
        focusItem(next);
      }
    };
    switch (event.key) {
      case 'ArrowDown':
        go(at + 1);
        break;
      case 'ArrowUp':
        go(at - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(order.length - 1);
        break;
      case 'PageDown':
      case 'PageUp': {
        const lane = laneOf.get(id) ?? (event.key === 'PageDown' ? -1 : view.lanes.length);
        const step = event.key === 'PageDown' ? 1 : -1;
        for (let l = lane + step; l >= 0 && l < view.lanes.length; l += step) {
          const first = order.find((o) => laneOf.get(o) === l);
          if (first !== undefined) {
            go(order.indexOf(first));
            break;
          }
        }
        break;
      }
      case later:
      case earlier: {
        if (!editable || !isBar) {
          go(at + (event.key === later ? 1 : -1));
          break;
        }
        const steps = (moving?.id === id ? moving.steps : 0) + (event.key === later ? 1 : -1);
        setMoving({ id, steps });
        announceMove(id, steps);
        break;
      }
      case 'Enter':
        if (moving?.id === id) commit(id);
        else select(id);
        break;
      case ' ':
        if (moving?.id === id) commit(id);
        else select(id);
        break;
      case 'Escape':
        if (!moving) return;
        cancel();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const onBarPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLButtonElement>, id: string) => {
      if (event.button !== 0) return;
      const box = geometry.boxes.get(id);
      if (!box) return;
      // An undated bar moves a whole horizon at a time: one step is its own width.
      const stepPx = layout === 'time' && !box.bar.dated ? box.width : geometry.stepWidth;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setMoving({ id, steps: 0, pointer: { id: event.pointerId, x0: event.clientX, stepPx, started: false } });
    },
    [geometry, layout, setMoving],
  );

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const moving = movingNow.current;
    const pointer = moving?.pointer;
    if (!moving || !pointer || pointer.id !== event.pointerId) return;
    const dx = (event.clientX - pointer.x0) * (rtl ? -1 : 1);
    const started = pointer.started || Math.abs(dx) > 4;
    const steps = started ? Math.round(dx / pointer.stepPx) : 0;
    if (steps !== moving.steps || started !== pointer.started) {
      setMoving({ ...moving, steps, pointer: { ...pointer, started } });
      if (steps !== moving.steps) announceMove(moving.id, steps);
    }
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    const moving = movingNow.current;
    const pointer = moving?.pointer;
    if (!moving || !pointer || pointer.id !== event.pointerId) return;
    if (pointer.started) {
      suppressClick.current = true;
      if (moving.steps === 0) setMoving(null);
      else commit(moving.id);
    } else setMoving(null);
  };

  const onPointerCancel = () => {
    if (movingNow.current?.pointer) setMoving(null);
  };

  const onClick = (event: ReactMouseEvent<HTMLElement>) => {
    const element = (event.target as HTMLElement).closest<HTMLElement>('[data-tl-id]');
    const id = element?.dataset.tlId;
    if (id === undefined) return;
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    setActiveId(id);
    select(id);
  };

  const onFocus = (event: ReactFocusEvent<HTMLElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-tl-id]')?.dataset.tlId;
    // Focus that lands elsewhere than the keys sent it (a click, say) overrides where they sent it.
    if (focusRequest.current !== id) focusRequest.current = null;
    if (id !== undefined && id !== active) setActiveId(id);
  };

  const onBlur = (event: ReactFocusEvent<HTMLElement>) => {
    // A keyboard move that loses focus is abandoned, as a drag that leaves the window would be.
    const moving = movingNow.current;
    if (moving && !moving.pointer && !event.currentTarget.contains(event.relatedTarget as Node | null)) cancel();
  };

  const exportFile = async (exportFormat: TimelineExportFormat) => {
    const name = `${props.fileName ?? 'roadmap'}.${exportFormat}`;
    let data: Blob;
    if (exportFormat === 'csv') data = new Blob([timelineCsv(view)], { type: 'text/csv;charset=utf-8' });
    else if (exportFormat === 'json')
      data = new Blob([`${JSON.stringify(timelineRecords(view), null, 2)}\n`], { type: 'application/json' });
    else {
      const svg = timelineSvg(view, {
        geometry,
        zoom,
        messages,
        format,
        dir: rtl ? 'rtl' : 'ltr',
        colors: resolvedColors(rootRef.current),
        ...(plan.vision ? { title: plan.vision.title } : {}),
      });
      data = exportFormat === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
    }
    const file = { format: exportFormat, name, type: data.type, data };
    if (props.onExport) props.onExport(file);
    else downloadFile(file.name, file.data);
  };

  const setLayoutTo = (next: TimelineLayout) => {
    if (props.layout === undefined) setLayout(next);
    props.onLayoutChange?.(next);
  };
  const setZoomTo = (next: TimelineZoom) => {
    if (props.zoom === undefined) setZoom(next);
    props.onZoomChange?.(next);
  };

  const instructionsId = `${uid}-instructions`;
  const detailsId = `${uid}-details`;
  const empty = view.lanes.every((lane) => lane.bars.length === 0) && view.unscheduled.length === 0;
  const fullWidth = geometry.laneHeaderWidth + geometry.contentWidth;
  const labels = axisLabels(zoom, messages, format);
  const milestoneById = new Map(view.milestones.map((m) => [m.id, m]));
  const selectedBar = selectedId === null ? undefined : bars.get(selectedId);

  const laneTitle = (l: number) => {
    const lane = view.lanes[l];
    if (!lane) return '';
    return lane.theme?.title ?? lane.goal?.title ?? (view.lanesBy === 'goal' ? messages.noGoal : messages.noTheme);
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
        // A group, not a region: a page may hold several timelines, and landmarks must differ.
        // biome-ignore lint/a11y/noNoninteractiveElementInteractions: keys and pointer moves are delegated from the bars and milestones inside, each a button.
        // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls.
        <div
          ref={scrollRef as RefObject<HTMLDivElement>}
          role="group"
          className={slot('scroll')}
          aria-label={messages.label}
          onKeyDown={onKeyDown}
          onPointerMove={editable ? onPointerMove : undefined}
          onPointerUp={editable ? onPointerUp : undefined}
          onPointerCancel={editable ? onPointerCancel : undefined}
          onClick={onClick}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          <div className="tl-timeline-canvas" style={{ width: fullWidth }}>
            <div className={slot('axis')} style={{ height: headerHeight, width: fullWidth }}>
              <div className="tl-timeline-corner" style={{ width: geometry.laneHeaderWidth, height: headerHeight }} />
              <Axis view={view} geometry={geometry} labels={labels} axisHeight={axisHeight} messages={messages} />
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
                    const id = MILESTONE + milestone.id;
                    if (active !== id && !inWindow(mark.x - 8, 200)) return null;
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
                          data-tl-id={id}
                          data-kind={milestone.kind}
                          title={mark.labelled ? undefined : milestone.title}
                          tabIndex={active === id ? 0 : -1}
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
                  style={{ insetInlineStart: geometry.laneHeaderWidth + geometry.today, height: geometry.lanesHeight }}
                  aria-hidden="true"
                />
              ) : null}
              <Gridlines geometry={geometry} layout={layout} />
              <Links geometry={geometry} rtl={rtl} movingId={moving?.id} idPrefix={uid} />
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
                    key={lane.key ?? '∅'}
                    className={slot('lane')}
                    aria-labelledby={titleId}
                    data-lane={lane.key ?? ''}
                    style={{ top: box.top, height: box.height, width: fullWidth }}
                  >
                    <div className={slot('laneHeader')} style={{ width: geometry.laneHeaderWidth, height: box.height }}>
                      <p id={titleId} className="tl-timeline-lane-title">
                        {laneTitle(l)}
                      </p>
                      {lane.goal ? <p className="tl-muted">{goalText(lane.goal, messages, format)}</p> : null}
                      {lane.theme && lane.theme.goalIds.length > 0 ? (
                        <p className="tl-muted">
                          {lane.theme.goalIds
                            .map((g) => getPlanIndex(plan).goals.get(g))
                            .filter((g) => g !== undefined)
                            .map((g) => g.title)
                            .join(', ')}
                        </p>
                      ) : null}
                    </div>
                    {lane.bars.map((bar) => {
                      const placed = boxOf(bar);
                      if (!placed) return null;
                      const near = inWindow(placed.x, placed.width) && inRows(placed.y, placed.height);
                      if (active !== bar.id && moving?.id !== bar.id && !near) return null;
                      const late = bar.dependsOn.some((d) => d.late);
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
                          tabbable={active === bar.id}
                          selected={selectedId === bar.id}
                          moving={moving?.id === bar.id && (moving.pointer === undefined || moving.pointer.started)}
                          late={late}
                          progressLabel={messages.done(format.percent(bar.progress))}
                          findingsLabel={bar.findings.length > 0 ? String(bar.findings.length) : null}
                          {...(editable && bar.kind === 'initiative' ? { onPointerDown: onBarPointerDown } : {})}
                        />
                      );
                    })}
                  </div>
                );
              })}
            </div>
          </div>
          {view.unscheduled.length > 0 ? (
            // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls.
            <div role="group" className={slot('unscheduled')} aria-label={messages.unscheduled}>
              <p className="tl-timeline-lane-title">{messages.unscheduled}</p>
              <p className="tl-muted">{messages.unscheduledHint}</p>
              <ul>
                {view.unscheduled.map((initiative) => (
                  <li key={initiative.id}>
                    <button
                      type="button"
                      className="tl-link-button"
                      data-tl-id={initiative.id}
                      tabIndex={active === initiative.id ? 0 : -1}
                      aria-describedby={instructionsId}
                    >
                      {initiative.title}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
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

function Axis(props: {
  view: TimelineView;
  geometry: TimelineGeometry;
  labels: { major: (d: Date) => string; minor: (d: Date) => string };
  axisHeight: number;
  messages: RoadmapTimelineMessages;
}) {
  const { geometry: g } = props;
  const start = g.laneHeaderWidth;
  if (props.view.layout === 'horizons') {
    return (
      <div className="tl-timeline-ticks" aria-hidden="true">
        {g.columns.map((col) => (
          <span
            key={col.key}
            className="tl-tick"
            data-major="true"
            style={{ insetInlineStart: start + col.x, width: col.width, top: 0 }}
          >
            {col.title ?? ''}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className="tl-timeline-ticks" aria-hidden="true">
      {g.major.map((tick) => (
        <span
          key={`M${tick.date.getTime()}`}
          className="tl-tick"
          data-major="true"
          style={{ insetInlineStart: start + tick.x, width: tick.width, top: 0 }}
        >
          {props.labels.major(tick.date)}
        </span>
      ))}
      {g.minor.map((tick) => (
        <span
          key={`m${tick.date.getTime()}`}
          className="tl-tick"
          style={{ insetInlineStart: start + tick.x, width: tick.width, top: AXIS_ROW }}
        >
          {props.labels.minor(tick.date)}
        </span>
      ))}
      {g.today !== undefined ? (
        <span className="tl-today-label" style={{ insetInlineStart: start + g.today, top: 0 }}>
          {props.messages.today}
        </span>
      ) : null}
    </div>
  );
}

function Gridlines({ geometry: g, layout }: { geometry: TimelineGeometry; layout: TimelineLayout }) {
  const lines = layout === 'time' ? g.minor.map((t) => t.x) : g.columns.map((c) => c.x);
  return (
    <div className="tl-timeline-grid" aria-hidden="true">
      {lines.map((x) => (
        <span key={x} style={{ insetInlineStart: g.laneHeaderWidth + x, height: g.lanesHeight }} />
      ))}
    </div>
  );
}

/** Dependency arrows under the bars; mirrored as a whole in right-to-left, like the axis. */
function Links({
  geometry: g,
  rtl,
  movingId,
  idPrefix,
}: {
  geometry: TimelineGeometry;
  rtl: boolean;
  movingId: string | undefined;
  /** Keeps the arrowheads' ids apart when a page holds several timelines. */
  idPrefix: string;
}) {
  if (g.links.length === 0) return null;
  const arrowId = (late: boolean) => `${idPrefix}-arrow${late ? '-late' : ''}`;
  const width = g.contentWidth;
  return (
    <svg
      className="tl-timeline-links"
      aria-hidden="true"
      width={width}
      height={g.lanesHeight}
      style={{ insetInlineStart: g.laneHeaderWidth }}
    >
      <defs>
        {[false, true].map((late) => (
          <marker
            key={String(late)}
            id={arrowId(late)}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L8,4 L0,8 z" className="tl-link-head" data-late={late || undefined} />
          </marker>
        ))}
      </defs>
      <g transform={rtl ? `translate(${width} 0) scale(-1 1)` : undefined}>
        {g.links.map((link) => (
          <path
            key={`${link.fromId}>${link.toId}`}
            d={link.path}
            className="tl-link"
            data-late={link.late || undefined}
            data-hidden={movingId === link.fromId || movingId === link.toId || undefined}
            markerEnd={`url(#${arrowId(link.late)})`}
          />
        ))}
      </g>
    </svg>
  );
}

/** The theme's colours as the page resolves them, so an exported image matches what is on screen. */
function resolvedColors(element: HTMLElement | null): Partial<TimelineImageColors> {
  if (!element || typeof getComputedStyle === 'undefined') return defaultImageColors;
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--tl-color-bg', defaultImageColors.background),
    text: read('--tl-color-text', defaultImageColors.text),
    muted: read('--tl-color-text-muted', defaultImageColors.muted),
    border: read('--tl-color-border', defaultImageColors.border),
    laneAlt: read('--tl-color-surface', defaultImageColors.laneAlt),
    bar: read('--tl-color-accent', defaultImageColors.bar),
    progress: read('--tl-color-success', defaultImageColors.progress),
    today: read('--tl-color-today', defaultImageColors.today),
    late: read('--tl-color-danger', defaultImageColors.late),
    milestone: read('--tl-color-accent', defaultImageColors.milestone),
  };
}

/** Pixels rendered beyond each side of what is visible, along time and down the lanes. */
const OVERSCAN = 600;
/** Down the lanes a row is 52 pixels: a few rows either side are enough. */
const ROWS_OVERSCAN = 200;
/** The window moves in steps of this many pixels, so scrolling re-renders now and then, not per pixel. */
const WINDOW_STEP = 200;

/**
 * The part of the lanes near what is visible, from the scroll container's position: along time in
 * the inline coordinates the geometry uses, and down the lanes in pixels from the first lane.
 * Before mount (and on the server) it starts at the top and the inline start.
 */
function useScrollWindow(scrollRef: RefObject<HTMLElement | null>, width: number, headerWidth: number, header: number) {
  const [offset, setOffset] = useState({ left: 0, top: 0, height: 640 });
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const left = Math.floor(Math.abs(scroller.scrollLeft) / WINDOW_STEP) * WINDOW_STEP;
      const top = Math.floor(scroller.scrollTop / WINDOW_STEP) * WINDOW_STEP;
      const height = scroller.clientHeight || 640;
      setOffset((o) => (o.left === left && o.top === top && o.height === height ? o : { left, top, height }));
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    read();
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scrollRef]);
  return {
    start: offset.left - OVERSCAN,
    end: offset.left + width - headerWidth + WINDOW_STEP + OVERSCAN,
    top: offset.top - header - ROWS_OVERSCAN,
    bottom: offset.top + offset.height - header + WINDOW_STEP + ROWS_OVERSCAN,
  };
}
