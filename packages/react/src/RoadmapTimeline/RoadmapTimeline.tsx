'use client';
import {
  type Change,
  getPlanIndex,
  type Plan,
  type PlanRef,
  type ScoreOptions,
  type TimelineAudience,
  type TimelineBar,
  type TimelineLanesBy,
  type TimelineLayout,
} from '@throughline/core';
import {
  type CSSProperties,
  type FocusEvent as ReactFocusEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { cx } from '../shared/classes.js';
import { warnRenamed } from '../shared/deprecated.js';
import { InvalidPlan } from '../shared/PlanError.js';
import { useElementHeight, useElementWidth } from '../shared/useElementWidth.js';
import type { SalvageProps } from '../shared/usePlan.js';
import { useViewSetup } from '../shared/useViewSetup.js';
import { axisLabels } from './axisLabels.js';
import type { RoadmapTimelineFile } from './exportTimeline.js';
import { goalText } from './format.js';
import { MILESTONE_ROW, type TimelineZoom } from './geometry.js';
import { defaultRoadmapTimelineMessages, type RoadmapTimelineMessages } from './messages.js';
import { refOf, type TimelineRef } from './refs.js';
import { AXIS_ROW, TimelineAxis, TimelineGridlines, TimelineLinks } from './TimelineAxis.js';
import { TimelineDetails } from './TimelineDetails.js';
import { TimelineEdges } from './TimelineEdges.js';
import { TimelineLaneView, type TimelineMovingBar } from './TimelineLane.js';
import { TimelineLegend } from './TimelineLegend.js';
import { TimelineMilestones } from './TimelineMilestones.js';
import { TimelineNotices } from './TimelineNotices.js';
import { type TimelineExportFormat, TimelineToolbar } from './TimelineToolbar.js';
import { TimelineUnscheduled } from './TimelineUnscheduled.js';
import { useLaneWindow } from './useLaneWindow.js';
import { useOpening } from './useOpening.js';
import { useReschedule } from './useReschedule.js';
import { useTimelineExport } from './useTimelineExport.js';
import { useTimelineKeyboard } from './useTimelineKeyboard.js';
import { useTimelineNavigation } from './useTimelineNavigation.js';
import { useTimelineState } from './useTimelineState.js';

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
  /** `executive`: goals, themes and outcomes only. `product` (default): initiatives with backlog progress and findings. Controlled when given. */
  readonly audience?: TimelineAudience;
  readonly defaultAudience?: TimelineAudience;
  readonly onAudienceChange?: (audience: TimelineAudience) => void;
  /** Called with the one `reschedule` change a gesture makes and the plan it leads to. */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /**
   * Called with `{ kind, id }` when a bar or milestone is activated (Enter, Space or a click), for
   * the host's own navigation. A callback declared as `(id, kind)` is still called that way for one
   * release, with a development warning.
   */
  readonly onSelect?: (ref: PlanRef & { readonly kind: TimelineSelectionKind }) => void;
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
  /** Reading direction; right-to-left runs time from right to left, and ← and → swap. */
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

/** Tells the host what was activated; a callback still declared as `(id, kind)` is called that way, with a warning. */
function tellSelected(onSelect: RoadmapTimelineProps['onSelect'], ref: TimelineRef): void {
  if (!onSelect) return;
  if (onSelect.length >= 2) {
    warnRenamed('RoadmapTimeline', 'onSelect(id, kind)', 'onSelect({ kind, id })');
    (onSelect as unknown as (id: string, kind: TimelineSelectionKind) => void)(ref.id, ref.kind);
  } else onSelect({ kind: ref.kind, id: ref.id });
}

/** The lane a ref's bar is drawn in, if it is a bar of that kind. */
const laneOfBar = (
  geometry: { boxes: ReadonlyMap<string, { lane: number; bar: TimelineBar }> },
  ref: TimelineRef | null,
) => {
  if (ref === null || ref.kind === 'milestone') return undefined;
  const box = geometry.boxes.get(ref.id);
  return box && box.bar.kind === ref.kind ? box.lane : undefined;
};

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
  const dir = props.dir ?? 'ltr';
  const rtl = dir === 'rtl';

  const state = useTimelineState(plan, props, { width, barHeight });
  const { layout, zoom, view, geometry, format } = state;
  const editable = !props.readOnly && state.audience === 'product' && props.onChange !== undefined;
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<TimelineRef | null>(null);

  useOpening(scrollRef, { view, geometry, layout, zoom, rtl, today: state.day });
  const nav = useTimelineNavigation({ view, geometry, unscheduled: state.listed, rootRef });
  const { active } = nav;
  const move = useReschedule({
    plan,
    layout,
    geometry,
    bars: state.bars,
    messages,
    format,
    dir,
    onChange: props.onChange,
    announce: setAnnouncement,
  });

  const axisHeight = layout === 'time' ? AXIS_ROW * 2 : AXIS_ROW;
  const bandHeight = geometry.milestoneRows * MILESTONE_ROW + (geometry.milestoneRows > 0 ? 8 : 0);
  const headerHeight = axisHeight + bandHeight;
  const activeLane = laneOfBar(geometry, active);
  const lanes = useLaneWindow({
    scrollRef,
    geometry,
    laneCount: view.lanes.length,
    headerHeight,
    width,
    virtualizeAbove: props.virtualizeAbove ?? 20,
    keepLane: activeLane,
  });

  // Handlers read the latest render through this, so each keeps one identity.
  const latest = useRef({ props, nav, lanes, geometry, editable, move });
  latest.current = { props, nav, lanes, geometry, editable, move };

  const focusItem = useCallback((ref: TimelineRef) => {
    const { nav: n, lanes: l } = latest.current;
    n.requestFocus(ref);
    const lane = n.laneOf(ref);
    if (lane !== undefined) l.scrollToLane(lane);
  }, []);
  const select = useCallback((ref: TimelineRef) => {
    if (ref.kind !== 'milestone') setSelected(ref);
    tellSelected(latest.current.props.onSelect, ref);
  }, []);
  const movable = useCallback((ref: TimelineRef) => {
    const { editable: e, geometry: g } = latest.current;
    return e && ref.kind === 'initiative' && g.boxes.has(ref.id);
  }, []);
  const movingId = useCallback(() => latest.current.move.movingNow.current?.initiativeId ?? null, []);
  const onKeyDown = useTimelineKeyboard({
    order: nav.order,
    focusRequest: nav.focusRequest,
    movingId,
    dir,
    movable,
    step: move.step,
    commit: move.commit,
    cancel: move.cancel,
    focus: focusItem,
    select,
  });

  const onClick = useCallback(
    (event: ReactMouseEvent<HTMLElement>) => {
      const ref = refOf(event.target);
      const { nav: n, move: m } = latest.current;
      if (ref === undefined || m.takeClick()) return;
      n.setActive(ref);
      select(ref);
    },
    [select],
  );
  const onBlur = useCallback((event: ReactFocusEvent<HTMLElement>) => {
    // A keyboard move that loses focus is abandoned, as a drag that leaves the window would be.
    const m = latest.current.move;
    const gesture = m.movingNow.current;
    if (gesture && !gesture.pointer && !event.currentTarget.contains(event.relatedTarget as Node | null)) m.cancel();
  }, []);

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
      latest.current.nav.requestFocus({ kind: bar.kind, id: bar.id });
    },
    [geometry, rtl],
  );

  const exportAs = useTimelineExport({
    plan,
    view,
    geometry,
    zoom,
    messages,
    format,
    dir,
    rootRef,
    fileName: props.fileName,
    onExport: props.onExport,
  });
  const onExportClick = useCallback((f: TimelineExportFormat) => void exportAs(f), [exportAs]);

  // The bar being moved, where the move would put it: given only to its lane.
  const { moving, target } = move;
  const movingBar = useMemo((): TimelineMovingBar | null => {
    if (!moving) return null;
    const box = geometry.boxes.get(moving.initiativeId);
    if (!box) return null;
    const lifted = moving.pointer === undefined || moving.pointer.started;
    let placed: { x: number; width: number } = box;
    if (target && layout === 'time' && target.start !== undefined && target.end !== undefined) {
      placed = geometry.spanOf({ start: target.start, end: target.end });
    } else if (target) {
      const column = view.horizons.findIndex((h) => h.id === target.horizon?.id);
      if (column >= 0) placed = geometry.spanOf({ column });
    }
    return { id: moving.initiativeId, lifted, x: placed.x, width: placed.width };
  }, [moving, target, geometry, layout, view]);
  const movingLane = movingBar ? geometry.boxes.get(movingBar.id)?.lane : undefined;
  const selectedLane = laneOfBar(geometry, selected);

  const instructionsId = `${uid}-instructions`;
  const empty = view.lanes.every((lane) => lane.bars.length === 0) && view.unscheduled.length === 0;
  const fullWidth = geometry.laneHeaderWidth + geometry.contentWidth;
  const labels = useMemo(() => axisLabels(zoom, messages, format), [zoom, messages, format]);
  const selectedBar = selected === null || selected.kind === 'milestone' ? undefined : state.bars.get(selected.id);
  const goals = getPlanIndex(plan).goals;

  const laneTitle = (l: number) => {
    const lane = view.lanes[l];
    if (!lane) return '';
    return lane.theme?.title ?? lane.goal?.title ?? (view.lanesBy === 'goal' ? messages.noGoal : messages.noTheme);
  };
  const laneSubtitle = (l: number) => {
    const lane = view.lanes[l];
    if (lane?.goal) return goalText(lane.goal, messages, format);
    if (!lane?.theme || lane.theme.goalIds.length === 0) return null;
    return lane.theme.goalIds
      .map((g) => goals.get(g)?.title)
      .filter((g) => g !== undefined)
      .join(', ');
  };

  return (
    <div
      ref={rootRef}
      className={cx(slot('root'), props.className)}
      dir={props.dir}
      data-layout={layout}
      data-zoom={zoom}
      data-audience={state.audience}
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
            onLayout={state.setLayout}
            onZoom={state.setZoom}
            onExport={onExportClick}
          />
        )}
        {props.legend === false ? null : <TimelineLegend messages={messages} className={slot('legend')} />}
      </div>
      <TimelineNotices
        notices={state.notices}
        messages={messages}
        onLanesBy={state.setLanesBy}
        onLayout={state.switchLayout}
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
                <TimelineMilestones
                  milestones={view.milestones}
                  geometry={geometry}
                  span={lanes.span}
                  activeId={active?.kind === 'milestone' ? active.id : null}
                  top={axisHeight}
                  height={bandHeight}
                  describedBy={instructionsId}
                  messages={messages}
                  format={format}
                  className={slot('milestone')}
                />
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
                <TimelineLinks
                  geometry={geometry}
                  span={lanes.span}
                  rtl={rtl}
                  movingId={movingBar?.id}
                  idPrefix={uid}
                />
                {lanes.lanes.map((l) => {
                  const lane = view.lanes[l];
                  const box = geometry.lanes[l];
                  if (!lane || !box) return null;
                  return (
                    <TimelineLaneView
                      // The lane's key may be any string, or null for the lane of none: JSON keeps them apart.
                      key={JSON.stringify(lane.key)}
                      lane={lane}
                      box={box}
                      geometry={geometry}
                      span={lanes.span}
                      title={laneTitle(l)}
                      titleId={`${uid}-lane-${l}`}
                      subtitle={laneSubtitle(l)}
                      width={fullWidth}
                      activeId={activeLane === l && active ? active.id : null}
                      selectedId={selectedLane === l && selected ? selected.id : null}
                      moving={movingLane === l ? movingBar : null}
                      showDates={layout === 'time'}
                      describedBy={instructionsId}
                      messages={messages}
                      format={format}
                      className={slot('lane')}
                      headerClassName={slot('laneHeader')}
                      barClassName={slot('bar')}
                      onToggle={state.toggleLane}
                      onBarPointerDown={editable ? move.onBarPointerDown : undefined}
                    />
                  );
                })}
              </div>
            </div>
            <TimelineUnscheduled
              groups={state.groups}
              open={state.openGroups}
              onToggle={state.toggleGroup}
              onShowHorizons={state.groups.some((g) => g.horizon !== undefined) ? state.showHorizons : undefined}
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
          id={`${uid}-details`}
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
