'use client';
import type { PriorityColorBy, PriorityLegendEntry } from '@throughline/core';
import { memo } from 'react';
import type { PriorityMatrixMessages } from './messages.js';
import { colorOf } from './PriorityPointView.js';

/**
 * What the colours and shapes of the points mean: a swatch per goal (or theme) with how many points
 * it colours, the entry for work that reaches none, and the diamond that marks work reaching no goal.
 */
export const PriorityLegend = memo(function PriorityLegend(props: {
  readonly legend: readonly PriorityLegendEntry[];
  readonly colorBy: PriorityColorBy;
  readonly untraced: boolean;
  readonly messages: PriorityMatrixMessages;
  readonly format: (value: number) => string;
  readonly className: string | undefined;
}) {
  const { messages } = props;
  const none = props.colorBy === 'goal' ? messages.noGoal : messages.noTheme;
  return (
    <ul className={props.className} aria-label={messages.legendLabel[props.colorBy]}>
      {props.legend.map((entry) => (
        <li key={entry.id ?? ''} data-color={colorOf(entry.slot)}>
          <span
            className="tl-pmatrix-swatch"
            aria-hidden="true"
            style={entry.color === undefined ? undefined : { background: entry.color }}
          />
          {entry.id === null ? none : entry.title} <span className="tl-muted">({props.format(entry.count)})</span>
        </li>
      ))}
      {props.untraced ? (
        <li data-untraced="true">
          <span className="tl-pmatrix-swatch" aria-hidden="true" />
          {messages.untracedKey}
        </li>
      ) : null}
    </ul>
  );
});
