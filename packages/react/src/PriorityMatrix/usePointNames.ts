'use client';
import type { PriorityColorBy, PriorityMatrixView } from '@throughline/core';
import { useMemo } from 'react';
import { numberText } from '../shared/intlText.js';
import type { PriorityMatrixMessages } from './messages.js';

/**
 * A number formatter that formats each number once: points share values, and two thousand names
 * would otherwise format four thousand numbers.
 *
 * @example
 * const format = remembered(numberText('en-GB', { maximumFractionDigits: 2 }));
 * format(1600); // '1,600', formatted once however often it is asked for
 */
export function remembered(format: (value: number) => string): (value: number) => string {
  const known = new Map<number, string>();
  return (value) => {
    let text = known.get(value);
    if (text === undefined) {
      text = format(value);
      known.set(value, text);
    }
    return text;
  };
}

/**
 * The numbers as the view writes them (`format`, each formatted once) and each point's accessible
 * name, by rank: title, rank, value, effort, quadrant and what colours it, worked out once per view,
 * messages and locale.
 *
 * @example
 * const { format, names } = usePointNames(view, messages, locale, 'goal');
 * names[0]; // 'Redesign the signup flow, rank 1: value 1,600, effort 2, quick win; Activation'
 */
export function usePointNames(
  view: PriorityMatrixView,
  messages: PriorityMatrixMessages,
  locale: string,
  colorBy: PriorityColorBy,
): { readonly format: (value: number) => string; readonly names: readonly string[] } {
  const format = useMemo(() => remembered(numberText(locale, { maximumFractionDigits: 2 })), [locale]);
  const names = useMemo(
    () =>
      view.points.map((point) => {
        const entry = view.legend[point.legend];
        return messages.point({
          title: point.title,
          rank: point.rank + 1,
          value: format(point.value),
          effort: format(point.effort),
          quadrant: messages.quadrantOne[point.quadrant],
          colour: entry?.id ? entry.title : colorBy === 'goal' ? messages.noGoal : messages.noTheme,
          untraced: point.untraced,
        });
      }),
    [view, messages, format, colorBy],
  );
  return { format, names };
}
