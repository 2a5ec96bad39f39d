'use client';
import { type BaselineFilter, getPlanIndex, type TimelineView } from '@throughline/core';
import { useCallback, useMemo } from 'react';
import { type BaselineInput, isBaselineView } from '../shared/useBaseline.js';
import { useControllableState } from '../shared/useControllableState.js';
import { barBaselines, removedInitiatives } from './baselineMarks.js';
import type { TimelineGeometry } from './geometryTypes.js';
import type { RoadmapTimelineMessages } from './messages.js';
import type { RoadmapTimelineProps } from './props.js';

/**
 * The timeline against its `baseline` prop: the readable baseline (undefined for none or an
 * unreadable one), what it is called, each bar's standing and ghost as laid out now, the
 * initiatives removed since, and the "what changed" filter on the view-state contract
 * (`changeFilter` / `defaultChangeFilter` / `onChangeFilterChange`).
 *
 * @example
 * const compared = useTimelineBaseline(props, { view, geometry, messages });
 * compared.marks?.get('init-onboarding')?.state; // 'slipped'
 */
export function useTimelineBaseline(
  props: Pick<RoadmapTimelineProps, 'changeFilter' | 'defaultChangeFilter' | 'onChangeFilterChange'> & {
    readonly baseline?: BaselineInput;
  },
  laid: {
    readonly view: TimelineView;
    readonly geometry: TimelineGeometry;
    readonly messages: RoadmapTimelineMessages;
  },
) {
  const { view, geometry, messages } = laid;
  const baseline = props.baseline && isBaselineView(props.baseline) ? props.baseline : undefined;
  const label = baseline?.diff.before.label ?? messages.unlabelledBaseline;
  const [filter, setFilter] = useControllableState<BaselineFilter>(
    props.changeFilter,
    props.defaultChangeFilter ?? 'all',
    props.onChangeFilterChange,
  );
  const marks = useMemo(
    () => (baseline ? barBaselines(view, geometry, baseline) : undefined),
    [baseline, view, geometry],
  );
  const removed = useMemo(() => (baseline ? removedInitiatives(baseline.spans) : []), [baseline]);
  const horizonTitle = useCallback(
    (id: string) => (baseline ? getPlanIndex(baseline.before).horizons.get(id)?.title : undefined),
    [baseline],
  );
  return { baseline, label, marks, removed, horizonTitle, filter, setFilter };
}
