'use client';
import type { Plan, TimelineBar } from '@throughline/core';
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
} from 'react';
import { BaselineNotice } from '../shared/BaselineNotice.js';
import { cx } from '../shared/classes.js';
import { PlanView } from '../shared/PlanView.js';
import { LiveRegion, useAnnouncer } from '../shared/useAnnouncer.js';
import { useElementHeight, useElementWidth } from '../shared/useElementWidth.js';
import { axisLabels } from './axisLabels.js';
import { dayScaleStyle } from './dayScale.js';
import { defaultRoadmapTimelineMessages, type RoadmapTimelineMessages } from './messages.js';
import { MILESTONE_ROW } from './milestoneMarks.js';
import { type RoadmapTimelineProps, type RoadmapTimelineSlot, TIMELINE_CLASSES } from './props.js';
import { refOf, type TimelineRef } from './refs.js';
import { AXIS_ROW, TimelineAxis } from './TimelineAxis.js';
import { laneOfBar, TimelineBody } from './TimelineBody.js';
import { TimelineCompared } from './TimelineCompared.js';
import { TimelineDetails } from './TimelineDetails.js';
import { revealBar, TimelineEdges } from './TimelineEdges.js';
import { TimelineHeader } from './TimelineHeader.js';
import { movingBarOf } from './TimelineLane.js';
import { TimelineMilestones } from './TimelineMilestones.js';
import { TimelineNotices } from './TimelineNotices.js';
import type { TimelineExportFormat } from './TimelineToolbar.js';
import { TimelineUnscheduled } from './TimelineUnscheduled.js';
import { useLaneWindow } from './useLaneWindow.js';
import { useOpening } from './useOpening.js';
import { useReschedule } from './useReschedule.js';
import { useTimelineBaseline } from './useTimelineBaseline.js';
import { useTimelineExport } from './useTimelineExport.js';
import { useTimelineKeyboard } from './useTimelineKeyboard.js';
import { useTimelineNavigation } from './useTimelineNavigation.js';
import { useTimelineSelection } from './useTimelineSelection.js';
import { useTimelineState } from './useTimelineState.js';

export type { RoadmapTimelineFile } from './exportTimeline.js';
export type { RoadmapTimelineProps, RoadmapTimelineSlot, TimelineSelectionKind } from './props.js';

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
  return (
    <PlanView props={props} defaults={defaultRoadmapTimelineMessages} classes={TIMELINE_CLASSES}>
      {(setup) => <Timeline {...props} {...setup} />}
    </PlanView>
  );
}

interface TimelineProps extends Omit<RoadmapTimelineProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: RoadmapTimelineMessages;
  readonly slot: (name: RoadmapTimelineSlot) => string | undefined;
  readonly notice?: ReactNode;
}

// The shell: it measures, composes the hooks (state, opening scroll, navigation, selection,
// reschedule, lane window, keyboard, export) and hands their results to the parts. It holds no
// behaviour of its own beyond wiring, which is why it is longer than a part (~390 lines, half of
// them the frame's JSX).
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
  const announcer = useAnnouncer();
  const detailsId = props.details === false ? undefined : `${uid}-details`;
  const { selected, select: selectRef } = useTimelineSelection(props.onSelect);
  // Selecting a bar shows its details below: said aloud, since focus stays on the bar.
  const select = useCallback(
    (ref: TimelineRef) => {
      selectRef(ref);
      const bar = ref.kind === 'milestone' ? undefined : latest.current.state.bars.get(ref.id);
      if (bar && latest.current.detailsId) announcer.announce(latest.current.messages.detailsShown(bar.title));
    },
    [selectRef, announcer],
  );

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
    announce: announcer.announce,
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
  const latest = useRef({ props, nav, lanes, geometry, editable, move, state, detailsId, messages });
  latest.current = { props, nav, lanes, geometry, editable, move, state, detailsId, messages };

  const focusItem = useCallback((ref: TimelineRef) => {
    const { nav: n, lanes: l } = latest.current;
    n.requestFocus(ref);
    const lane = n.laneOf(ref);
    if (lane !== undefined) l.scrollToLane(lane);
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
      if (revealBar(scrollRef.current, geometry, bar, side, rtl))
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

  const compared = useTimelineBaseline(props, { view, geometry, messages });
  // A change in the list goes to its bar: selected (details shown), scrolled to and focused.
  const goTo = useCallback(
    (id: string) => {
      const ref: TimelineRef = { kind: 'initiative', id };
      select(ref);
      focusItem(ref);
    },
    [select, focusItem],
  );

  // The bar being moved, where the move would put it: given only to its lane.
  const { moving, target } = move;
  const movingBar = useMemo(() => movingBarOf(moving, target, geometry, view), [moving, target, geometry, view]);

  const instructionsId = `${uid}-instructions`;
  const empty = view.lanes.every((lane) => lane.bars.length === 0) && view.unscheduled.length === 0;
  const fullWidth = geometry.laneHeaderWidth + geometry.contentWidth;
  const labels = useMemo(() => axisLabels(zoom, messages, format), [zoom, messages, format]);
  const selectedBar = selected === null || selected.kind === 'milestone' ? undefined : state.bars.get(selected.id);

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
      <BaselineNotice baseline={props.baseline} messages={messages} />
      <TimelineHeader
        plan={plan}
        header={props.header}
        toolbar={props.toolbar !== false}
        legend={props.legend !== false}
        layout={layout}
        zoom={zoom}
        onLayout={state.setLayout}
        onZoom={state.setZoom}
        onExport={onExportClick}
        messages={messages}
        className={slot('header')}
        toolbarClassName={slot('toolbar')}
        legendClassName={slot('legend')}
      />
      <TimelineNotices
        notices={state.notices}
        messages={messages}
        onLanesBy={state.setLanesBy}
        onLayout={state.switchLayout}
        className="tl-timeline-notices"
      />
      <p className="tl-visually-hidden">{messages.todayIs(format.date(state.day))}</p>
      <p id={instructionsId} className="tl-visually-hidden">
        {editable ? messages.instructions : messages.instructionsReadOnly}
      </p>
      <LiveRegion announcer={announcer} />
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
            // Focus scrolls a bar into view clear of the sticky axis and lane headers.
            style={{ scrollPaddingTop: headerHeight, scrollPaddingInlineStart: geometry.laneHeaderWidth }}
            aria-label={messages.label}
            onKeyDown={onKeyDown}
            onPointerMove={editable ? move.onPointerMove : undefined}
            onPointerUp={editable ? move.onPointerUp : undefined}
            onPointerCancel={editable ? move.onPointerCancel : undefined}
            onClick={onClick}
            onFocus={nav.onFocus}
            onBlur={onBlur}
          >
            {/* The day scale's custom properties: what a zoom changes for every bar and milestone. */}
            <div
              className="tl-timeline-canvas"
              style={{ width: fullWidth, ...dayScaleStyle(geometry) } as CSSProperties}
            >
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
              <TimelineBody
                plan={plan}
                view={view}
                geometry={geometry}
                layout={layout}
                lanes={lanes.lanes}
                span={lanes.span}
                active={active}
                selected={selected}
                detailsId={detailsId}
                moving={movingBar}
                rtl={rtl}
                idPrefix={uid}
                describedBy={instructionsId}
                baseline={compared.marks}
                baselineLabel={compared.label}
                messages={messages}
                format={format}
                laneClassName={slot('lane')}
                laneHeaderClassName={slot('laneHeader')}
                barClassName={slot('bar')}
                onToggleLane={state.toggleLane}
                onBarPointerDown={editable ? move.onBarPointerDown : undefined}
              />
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
      <TimelineCompared
        compared={compared}
        plan={plan}
        showChanges={props.showChanges !== false}
        order={nav.order}
        onGo={goTo}
        messages={messages}
        format={format}
        className={slot('changes')}
      />
    </div>
  );
}
