import type { PriorityAxis } from '@throughline/core';
import { type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3-scale';

/**
 * The chart's drawing box, in the SVG's own units: it scales to the width it is given (a
 * `viewBox`), so nothing is measured and the server draws what the browser draws. The value axis
 * takes the inline start (left, or right when right to left), the effort axis the foot.
 */
export const CHART = { width: 640, height: 420, top: 12, bottom: 52, start: 76, end: 16 } as const;

/** The plotting area inside the box: where points and quadrants go. */
export interface PlotArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where the chart puts a value and an effort, the ticks of each axis, and back from a position. */
export interface ChartScales {
  readonly plot: PlotArea;
  /** The x of an effort and the y of a value, kept inside the plot (a moved point past the axis's end sits on its edge). */
  readonly x: (effort: number) => number;
  readonly y: (value: number) => number;
  /** The same without keeping inside the plot: where a drag measures how near each step would put a point. */
  readonly project: { readonly effort: (effort: number) => number; readonly value: (value: number) => number };
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
  /** Where the value axis is drawn (the inline start). */
  readonly axisX: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Ticks of a log axis: its powers of ten when it spans two or more, else d3's. */
function logTicks(scale: ScaleContinuousNumeric<number, number>): number[] {
  const ticks = scale.ticks(6);
  const decades = ticks.filter((tick) => Math.abs(Math.log10(tick) - Math.round(Math.log10(tick))) < 1e-9);
  return decades.length >= 2 ? decades : ticks.slice(0, 6);
}

/**
 * The chart's scales (d3-scale) for the view's axes: effort along x from the value axis outwards
 * (right to left, from the right), value up y, linear or log as the view says. Positions are
 * rounded to a tenth of a unit, so a server render and the browser write the same attributes.
 *
 * @example
 * const scales = chartScales(view.valueAxis, view.effortAxis, 'ltr');
 * scales.x(point.effort); scales.y(point.value);
 */
export function chartScales(valueAxis: PriorityAxis, effortAxis: PriorityAxis, dir: 'ltr' | 'rtl'): ChartScales {
  const rtl = dir === 'rtl';
  const left = rtl ? CHART.end : CHART.start;
  const right = CHART.width - (rtl ? CHART.start : CHART.end);
  const plot = { left, right, top: CHART.top, bottom: CHART.height - CHART.bottom };
  const xScale = scaleLinear()
    .domain([...effortAxis.domain])
    .range(rtl ? [right, left] : [left, right])
    .clamp(true);
  const yScale = (valueAxis.scale === 'log' ? scaleLog() : scaleLinear())
    .domain([...valueAxis.domain])
    .range([plot.bottom, plot.top])
    .clamp(true);
  const xFree = xScale.copy().clamp(false);
  const yFree = yScale.copy().clamp(false);
  return {
    plot,
    x: (effort) => round(xScale(effort)),
    y: (value) => round(valueAxis.scale === 'log' && value <= 0 ? plot.bottom : yScale(value)),
    project: {
      effort: (effort) => xFree(effort),
      value: (value) => (valueAxis.scale === 'log' && value <= 0 ? plot.bottom : yFree(value)),
    },
    xTicks: xScale.ticks(6),
    yTicks: valueAxis.scale === 'log' ? logTicks(yScale) : yScale.ticks(5),
    axisX: rtl ? right : left,
  };
}
