'use client';
import type { PriorityMatrixView, PriorityQuadrant } from '@throughline/core';
import {
  memo,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type Ref,
} from 'react';
import { CHART, type ChartScales } from './chartScales.js';
import type { ChartedFramework, PriorityMatrixMessages } from './messages.js';
import { colorOf, PriorityPointView } from './PriorityPointView.js';

/** The point being moved, drawn where the move would put it, and where it came from. */
export interface MovingPoint {
  readonly rank: number;
  readonly x: number;
  readonly y: number;
}

/** What the chart's delegated handlers receive: events on the SVG, the point found by `data-rank`. */
export interface ChartHandlers {
  readonly onKeyDown: (event: ReactKeyboardEvent<SVGSVGElement>) => void;
  readonly onFocus: (event: ReactFocusEvent<SVGSVGElement>) => void;
  readonly onBlur: (event: ReactFocusEvent<SVGSVGElement>) => void;
  readonly onPointerDown: (event: ReactPointerEvent<SVGSVGElement>) => void;
  readonly onPointerMove: (event: ReactPointerEvent<SVGSVGElement>) => void;
  readonly onPointerUp: (event: ReactPointerEvent<SVGSVGElement>) => void;
  readonly onPointerCancel: (event: ReactPointerEvent<SVGSVGElement>) => void;
}

export interface PriorityChartProps {
  readonly view: PriorityMatrixView;
  readonly scales: ChartScales;
  /** Each point's accessible name, by rank. */
  readonly names: readonly string[];
  /** The point that takes Tab (roving focus). */
  readonly active: number;
  readonly moving: MovingPoint | null;
  readonly messages: PriorityMatrixMessages;
  readonly format: (value: number) => string;
  readonly describedBy: string;
  readonly readOnly: boolean;
  readonly handlers: ChartHandlers;
  readonly svgRef: Ref<SVGSVGElement>;
  readonly className: string | undefined;
  readonly pointClass: string | undefined;
  readonly dir: 'ltr' | 'rtl';
}

const QUADRANTS: readonly PriorityQuadrant[] = ['quick-win', 'big-bet', 'filler', 'money-pit'];

/**
 * The scatter: quadrants split where the view says, both axes with their ticks and titles, and a
 * point per plotted entity. Axes and quadrant labels are drawn for the eye only: each point's
 * name says its value, effort and quadrant. Keys and pointers are handled once, on the SVG.
 */
export const PriorityChart = memo(function PriorityChart(props: PriorityChartProps) {
  const { view, scales, messages, moving } = props;
  const { plot } = scales;
  const framework = view.framework as ChartedFramework;
  const splitX = scales.x(view.split.effort);
  const splitY = scales.y(view.split.value);
  const low = scales.x(view.effortAxis.domain[0]);
  const high = scales.x(view.effortAxis.domain[1]);
  const rtl = props.dir === 'rtl';
  /** Where a quadrant's outer corner is: the effort edge and value edge it reaches. */
  const corner = (quadrant: PriorityQuadrant) => {
    const highValue = quadrant === 'quick-win' || quadrant === 'big-bet';
    const lowEffort = quadrant === 'quick-win' || quadrant === 'filler';
    return { highValue, lowEffort, edge: lowEffort ? low : high, outer: highValue ? plot.top : plot.bottom };
  };
  const movingPoint = moving ? view.points[moving.rank] : undefined;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of points in a drawing (no fieldset in SVG).
    <svg
      ref={props.svgRef}
      className={props.className}
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="group"
      aria-label={messages.chartLabel(messages.framework[view.framework])}
      aria-describedby={props.describedBy}
      data-readonly={props.readOnly || undefined}
      data-moving={moving ? true : undefined}
      {...props.handlers}
    >
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group takes no focus; its labels are for the eye, each point's name says its quadrant. */}
      <g aria-hidden="true" className="tl-pmatrix-quadrants">
        {QUADRANTS.map((quadrant) => {
          const { edge, outer } = corner(quadrant);
          return (
            <rect
              key={quadrant}
              data-quadrant={quadrant}
              x={Math.min(edge, splitX)}
              y={Math.min(outer, splitY)}
              width={Math.abs(edge - splitX)}
              height={Math.abs(outer - splitY)}
            />
          );
        })}
        {/* After every area, so a label wider than its quadrant is not covered by the next one's. */}
        {QUADRANTS.map((quadrant) => {
          const { edge, highValue, lowEffort } = corner(quadrant);
          return (
            <text
              key={quadrant}
              data-quadrant={quadrant}
              x={edge + (lowEffort !== rtl ? 6 : -6)}
              y={highValue ? plot.top + 16 : plot.bottom - 8}
              textAnchor={lowEffort ? 'start' : 'end'}
            >
              {messages.quadrant[quadrant]}
            </text>
          );
        })}
        <line className="tl-pmatrix-split" x1={splitX} x2={splitX} y1={plot.top} y2={plot.bottom} />
        <line className="tl-pmatrix-split" x1={plot.left} x2={plot.right} y1={splitY} y2={splitY} />
      </g>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group takes no focus; its ticks are for the eye, each point's name says its value and effort. */}
      <g aria-hidden="true" className="tl-pmatrix-axes">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        <line x1={scales.axisX} x2={scales.axisX} y1={plot.top} y2={plot.bottom} />
        {scales.xTicks.map((tick) => (
          <text key={tick} x={scales.x(tick)} y={plot.bottom + 16} textAnchor="middle">
            {props.format(tick)}
          </text>
        ))}
        {scales.yTicks.map((tick) => (
          <text key={tick} x={scales.axisX + (rtl ? 8 : -8)} y={scales.y(tick) + 4} textAnchor="end">
            {props.format(tick)}
          </text>
        ))}
        <text
          className="tl-pmatrix-axis-title"
          x={(plot.left + plot.right) / 2}
          y={CHART.height - 10}
          textAnchor="middle"
        >
          {messages.effortAxis[framework]}
        </text>
        <text
          className="tl-pmatrix-axis-title"
          transform={`translate(${rtl ? CHART.width - 14 : 14} ${(plot.top + plot.bottom) / 2}) rotate(${rtl ? 90 : -90})`}
          textAnchor="middle"
        >
          {messages.valueAxis[framework]}
        </text>
      </g>
      {movingPoint ? (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the outline of where a moved point was takes no focus.
        <circle
          aria-hidden="true"
          className="tl-pmatrix-ghost"
          cx={scales.x(movingPoint.effort)}
          cy={scales.y(movingPoint.value)}
          r={7}
        />
      ) : null}
      <g className="tl-pmatrix-points">
        {view.points.map((point) => {
          const entry = view.legend[point.legend];
          const at = moving?.rank === point.rank ? moving : null;
          return (
            <PriorityPointView
              // Ids are unique among one kind, and a point keeps its element when a change moves its rank.
              key={point.ref.id}
              point={point}
              x={at ? at.x : scales.x(point.effort)}
              y={at ? at.y : scales.y(point.value)}
              name={props.names[point.rank] ?? point.title}
              color={colorOf(entry?.slot ?? -1)}
              fill={entry?.color}
              tabbable={point.rank === props.active}
              moving={at !== null}
              className={props.pointClass}
            />
          );
        })}
      </g>
    </svg>
  );
});
