'use client';
import { getPlanIndex, type Plan, type PriorityPoint } from '@throughline/core';
import { type ReactNode, useCallback, useId, useMemo, useRef } from 'react';
import { cx } from '../shared/classes.js';
import { numberText } from '../shared/intlText.js';
import { PlanView } from '../shared/PlanView.js';
import { LiveRegion, useAnnouncer } from '../shared/useAnnouncer.js';
import { useControllableState } from '../shared/useControllableState.js';
import { chartScales } from './chartScales.js';
import { defaultPriorityMatrixMessages, type PriorityMatrixMessages } from './messages.js';
import { PriorityEmpty, PriorityMissing } from './PriorityAside.js';
import { PriorityChart } from './PriorityChart.js';
import { PriorityLegend } from './PriorityLegend.js';
import { PriorityRanked } from './PriorityRanked.js';
import { PriorityToolbar } from './PriorityToolbar.js';
import { DEFAULT_CLASSES, type PriorityMatrixProps, type PriorityMatrixSlot } from './props.js';
import { useApplyOrder } from './useApplyOrder.js';
import { useChartHandlers } from './useChartHandlers.js';
import { usePointFocus } from './usePointFocus.js';
import { usePointNames } from './usePointNames.js';
import { usePriorityMove } from './usePriorityMove.js';
import { usePriorityView } from './usePriorityView.js';

export type { PriorityMatrixProps, PriorityMatrixSlot } from './props.js';

/**
 * Items or initiatives as points of value against effort, scored by a prioritisation framework
 * (`scorePriorities`): quadrants (quick wins, big bets, fillers, money pits), points coloured by
 * goal or theme with work that reaches no goal drawn as a diamond, and the framework's order
 * beside it with "Apply this order" for the backlog. Each point is focusable: arrow keys walk them
 * in rank order, Enter picks one up, arrows change its inputs a step at a time and Enter drops it,
 * as a pointer drag does; a drop is one `set-priority` change.
 *
 * @example
 * <PriorityMatrix plan={plan} defaultFramework="wsjf" onChange={(change, next) => setPlan(next)} />
 */
export function PriorityMatrix(props: PriorityMatrixProps) {
  return (
    <PlanView props={props} defaults={defaultPriorityMatrixMessages} classes={DEFAULT_CLASSES}>
      {(setup) => <Matrix {...props} {...setup} />}
    </PlanView>
  );
}

interface MatrixProps extends Omit<PriorityMatrixProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: PriorityMatrixMessages;
  readonly slot: (name: PriorityMatrixSlot) => string | undefined;
  readonly notice: ReactNode;
  readonly locale: string;
}

/** The chart over a valid plan: the report and view-model computed once per input, hooks behave, parts draw. */
function Matrix(props: MatrixProps) {
  const { plan, messages, slot, locale } = props;
  const dir = props.dir ?? 'ltr';
  const colorBy = props.colorBy ?? 'goal';
  const [framework, setFramework] = useControllableState(
    props.framework,
    props.defaultFramework ?? 'rice',
    props.onFrameworkChange,
  );
  const [entities, setEntities] = useControllableState(
    props.entities,
    props.defaultEntities ?? 'items',
    props.onEntitiesChange,
  );
  const options = useMemo(() => ({ ...props.scoreOptions, framework }), [props.scoreOptions, framework]);
  const { report, view } = usePriorityView(plan, options, {
    entities,
    colorBy,
    split: props.split,
    valueScale: props.valueScale,
    backlogId: props.backlogId,
  });
  const scales = useMemo(() => chartScales(view.valueAxis, view.effortAxis, dir), [view, dir]);
  const { format, names } = usePointNames(view, messages, locale, colorBy);
  const tick = useMemo(() => numberText(locale, { notation: 'compact', maximumFractionDigits: 1 }), [locale]);

  const uid = useId();
  const instructionsId = `${uid}-instructions`;
  const svgRef = useRef<SVGSVGElement>(null);
  const announcer = useAnnouncer();
  const editable = props.readOnly !== true && props.onChange !== undefined;
  const movable = editable && framework !== 'moscow';
  const move = usePriorityMove({
    plan,
    view,
    report,
    options,
    scales,
    svgRef,
    messages,
    format,
    announce: announcer.announce,
    onChange: props.onChange,
  });
  const focus = usePointFocus(view, svgRef);
  const handlers = useChartHandlers({ view, focus, move, editable: movable, dir, onSelect: props.onSelect });
  const order = useApplyOrder({
    plan,
    report,
    view,
    editable,
    messages,
    format,
    announce: announcer.announce,
    onChange: props.onChange,
  });
  const titleOf = useCallback(
    (ref: PriorityPoint['ref']) => {
      const index = getPlanIndex(plan);
      return (ref.kind === 'item' ? index.items.get(ref.id) : index.initiatives.get(ref.id))?.title ?? ref.id;
    },
    [plan],
  );
  const activePoint = view.points[focus.active];

  return (
    <div
      className={cx(slot('root'), props.className)}
      dir={props.dir}
      data-framework={framework}
      data-entities={entities}
    >
      {props.notice}
      {props.toolbar === false ? null : (
        <PriorityToolbar
          framework={framework}
          onFrameworkChange={setFramework}
          entities={entities}
          onEntitiesChange={setEntities}
          messages={messages}
          className={slot('toolbar')}
        />
      )}
      <p id={instructionsId} className="tl-visually-hidden">
        {movable ? messages.instructions : messages.instructionsReadOnly}
      </p>
      <LiveRegion announcer={announcer} />
      {view.empty ? (
        <PriorityEmpty
          empty={view.empty}
          framework={framework}
          entities={entities}
          messages={messages}
          onFramework={setFramework}
          onEntities={setEntities}
          className={slot('empty')}
        />
      ) : (
        <div className="tl-pmatrix-body">
          <div className="tl-pmatrix-figure">
            <PriorityChart
              view={view}
              scales={scales}
              names={names}
              active={focus.active}
              moving={move.moving}
              messages={messages}
              format={tick}
              describedBy={instructionsId}
              readOnly={!movable}
              handlers={handlers}
              svgRef={svgRef}
              className={slot('chart')}
              pointClass={slot('point')}
              dir={dir}
            />
            <PriorityLegend
              legend={view.legend}
              colorBy={colorBy}
              untraced={view.points.some((point) => point.untraced)}
              messages={messages}
              format={format}
              className={slot('legend')}
            />
            {activePoint ? (
              <p className={slot('details')}>{messages.details(activePoint.title, activePoint.explanation)}</p>
            ) : null}
          </div>
          <PriorityRanked
            points={view.points}
            title={messages.rankedLabel(messages.framework[framework])}
            messages={messages}
            format={format}
            onSelect={props.onSelect}
            applyReason={order.block === null ? null : messages.applyReason[order.block]}
            onApply={order.apply}
            className={slot('ranked')}
          />
        </div>
      )}
      {view.unplottedCount > 0 ? (
        <PriorityMissing
          missing={view.missing}
          count={view.unplottedCount}
          entities={entities}
          alternatives={view.empty ? [] : view.alternatives}
          titleOf={titleOf}
          messages={messages}
          format={format}
          onFramework={setFramework}
          className={slot('missing')}
        />
      ) : null}
    </div>
  );
}
