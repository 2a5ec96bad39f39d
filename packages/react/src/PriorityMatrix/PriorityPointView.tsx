'use client';
import type { PriorityPoint } from '@throughline/core';
import { memo } from 'react';

/** Colours of the palette the points cycle through (`--tl-color-series-1` …). */
export const SERIES = 8;

/** A legend entry's palette colour as a data attribute: `1`–`8`, or `none` for work that reaches no goal or theme. */
export const colorOf = (slot: number): string => (slot < 0 ? 'none' : String((slot % SERIES) + 1));

/** Half the size of a point: a circle's radius, a diamond's half-diagonal is a little more (same area). */
const R = 6;
const D = 8;

export interface PriorityPointViewProps {
  readonly point: PriorityPoint;
  readonly x: number;
  readonly y: number;
  /** The accessible name: title, rank, value, effort, quadrant, colour. */
  readonly name: string;
  /** The palette colour (`colorOf`), and the host's own colour for the goal or theme, if it gave one. */
  readonly color: string;
  readonly fill: string | undefined;
  readonly tabbable: boolean;
  readonly moving: boolean;
  readonly className: string | undefined;
}

/**
 * One point: a circle, or a diamond (a `path`) for work that reaches no goal (shape as well as
 * colour), at its place on the chart. One element with no handlers of its own: the chart delegates keys and
 * pointers and finds the point by `data-rank`, so two thousand points mount as two thousand
 * elements and a move re-renders only the point that moved.
 */
export const PriorityPointView = memo(function PriorityPointView(props: PriorityPointViewProps) {
  const { point, x, y } = props;
  const shared = {
    className: props.className,
    'data-rank': point.rank,
    'data-quadrant': point.quadrant,
    'data-color': props.color,
    'data-moving': props.moving || undefined,
    style: props.fill === undefined ? undefined : { fill: props.fill },
    tabIndex: props.tabbable ? 0 : -1,
    role: 'button',
    'aria-label': props.name,
    'aria-pressed': props.moving || undefined,
  } as const;
  return point.untraced ? (
    <path {...shared} d={`M${x} ${y - D}L${x + D} ${y}L${x} ${y + D}L${x - D} ${y}Z`} />
  ) : (
    <circle {...shared} cx={x} cy={y} r={R} />
  );
});
