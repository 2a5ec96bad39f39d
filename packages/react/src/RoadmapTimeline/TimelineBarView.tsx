'use client';
import type { TimelineBar } from '@throughline/core';
import { type CSSProperties, memo, type PointerEvent as ReactPointerEvent } from 'react';

export interface TimelineBarViewProps {
  readonly bar: TimelineBar;
  readonly name: string;
  readonly describedBy: string;
  /** Pixels, or a CSS length (days on the time axis, scaled by the canvas's custom properties). */
  readonly x: number | string;
  readonly y: number;
  readonly width: number | string;
  readonly height: number;
  readonly tabbable: boolean;
  readonly selected: boolean;
  readonly moving: boolean;
  readonly late: boolean;
  readonly progressLabel: string;
  readonly findingsLabel: string | null;
  /** How the bar stands against the baseline, when the timeline is compared with one. */
  readonly baseline?: 'slipped' | 'pulled-in' | 'added' | 'unchanged' | undefined;
  /** The id of the details panel this bar's selection shows, given to the selected bar only. */
  readonly controls?: string | undefined;
  readonly className?: string;
  readonly onPointerDown?: (event: ReactPointerEvent<HTMLButtonElement>, id: string) => void;
}

/** One bar: title, progress and confidence (as its outline), positioned by the geometry. */
export const TimelineBarView = memo(function TimelineBarView(props: TimelineBarViewProps) {
  const { bar } = props;
  const style = {
    insetInlineStart: props.x,
    top: props.y,
    width: props.width,
    height: props.height,
    '--tl-bar-progress': `${Math.round(bar.progress * 100)}%`,
    ...(bar.color !== undefined ? { '--tl-bar-color': bar.color } : {}),
  } as CSSProperties;
  return (
    <button
      type="button"
      className={props.className}
      style={style}
      data-tl-kind={bar.kind}
      data-tl-id={bar.id}
      data-kind={bar.kind}
      data-confidence={bar.initiative?.confidence}
      data-status={bar.initiative?.status}
      data-dated={bar.dated}
      data-selected={props.selected || undefined}
      data-moving={props.moving || undefined}
      data-late={props.late || undefined}
      data-work={bar.itemCount === 0 ? 'none' : undefined}
      data-baseline={props.baseline}
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.name}
      aria-describedby={props.describedBy}
      aria-pressed={props.moving || undefined}
      aria-current={props.selected || undefined}
      aria-controls={props.controls}
      onPointerDown={props.onPointerDown ? (event) => props.onPointerDown?.(event, bar.id) : undefined}
    >
      {/* The visible text is the start of the accessible name (title, progress, findings); the
          ≈, ⚠ and ⚑ marks are drawn by CSS from the data attributes and read out in the name. */}
      {/* Spaces between the parts keep the visible text readable as words where it is read as text. */}
      <span className="tl-bar-title">{bar.title}</span>{' '}
      <span className="tl-bar-meta">
        {props.progressLabel}
        {props.findingsLabel ? (
          <>
            {' '}
            <span className="tl-bar-findings">{props.findingsLabel}</span>
          </>
        ) : null}
      </span>
    </button>
  );
});
