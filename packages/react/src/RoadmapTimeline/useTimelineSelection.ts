'use client';
import { useCallback, useRef, useState } from 'react';
import { warnRenamed } from '../shared/deprecated.js';
import type { RoadmapTimelineProps, TimelineSelectionKind } from './props.js';
import type { TimelineRef } from './refs.js';

/** Tells the host what was activated; a callback still declared as `(id, kind)` is called that way, with a warning. */
export function tellSelected(onSelect: RoadmapTimelineProps['onSelect'], ref: TimelineRef): void {
  if (!onSelect) return;
  if (onSelect.length >= 2) {
    warnRenamed('RoadmapTimeline', 'onSelect(id, kind)', 'onSelect({ kind, id })');
    (onSelect as unknown as (id: string, kind: TimelineSelectionKind) => void)(ref.id, ref.kind);
  } else onSelect({ kind: ref.kind, id: ref.id });
}

/**
 * The bar whose details are shown, and `select`: a bar or milestone activated (Enter, Space or a
 * click) becomes the selection (a milestone has no details) and is handed to `onSelect` as
 * `{ kind, id }`. `select` keeps one identity and calls the latest `onSelect`.
 *
 * @example
 * const { selected, select } = useTimelineSelection((ref) => navigate(`/${ref.kind}s/${ref.id}`));
 */
export function useTimelineSelection(onSelect: RoadmapTimelineProps['onSelect']) {
  const [selected, setSelected] = useState<TimelineRef | null>(null);
  const latest = useRef(onSelect);
  latest.current = onSelect;
  const select = useCallback((ref: TimelineRef) => {
    if (ref.kind !== 'milestone') setSelected((was) => (was?.kind === ref.kind && was.id === ref.id ? was : ref));
    tellSelected(latest.current, ref);
  }, []);
  return { selected, select };
}
