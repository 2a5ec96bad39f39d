/**
 * What a focusable thing on the timeline is: a bar (an initiative, or a theme in the executive
 * audience), a milestone, or an unscheduled initiative. Ids are arbitrary strings, so the kind is
 * carried beside the id, never read from it; the DOM holds them apart too (`data-tl-kind`,
 * `data-tl-id`).
 */
export type TimelineRefKind = 'initiative' | 'theme' | 'milestone';

export interface TimelineRef {
  readonly kind: TimelineRefKind;
  readonly id: string;
}

export const sameRef = (a: TimelineRef | null | undefined, b: TimelineRef | null | undefined): boolean =>
  a === b || (a != null && b != null && a.kind === b.kind && a.id === b.id);

const KINDS: readonly TimelineRefKind[] = ['initiative', 'theme', 'milestone'];

/** The ref of the element an event happened in (the nearest element carrying one). */
export function refOf(target: EventTarget | null): TimelineRef | undefined {
  if (!(target instanceof Element)) return undefined;
  const element = target.closest<HTMLElement>('[data-tl-kind][data-tl-id]');
  const kind = element?.dataset.tlKind as TimelineRefKind | undefined;
  const id = element?.dataset.tlId;
  return kind !== undefined && id !== undefined && KINDS.includes(kind) ? { kind, id } : undefined;
}

/** The element drawn for a ref, compared attribute by attribute (no id ever goes into a selector). */
export function elementOf(root: ParentNode | null | undefined, ref: TimelineRef): HTMLElement | undefined {
  if (!root) return undefined;
  for (const element of root.querySelectorAll<HTMLElement>(`[data-tl-kind="${ref.kind}"][data-tl-id]`))
    if (element.dataset.tlId === ref.id) return element;
  return undefined;
}

/** The attributes that mark an element as a ref's. */
export const refAttributes = (ref: TimelineRef) => ({ 'data-tl-kind': ref.kind, 'data-tl-id': ref.id });
