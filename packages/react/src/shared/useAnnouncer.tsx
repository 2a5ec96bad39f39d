'use client';
import { memo, useState, useSyncExternalStore } from 'react';

/** Says a sentence to assistive technology through a view's live region, without re-rendering the view. */
export interface Announcer {
  /** Announces `text`; the same text twice is announced twice. */
  readonly announce: (text: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
  readonly current: () => string;
}

/**
 * A tiny store for one live region: `announce` from any handler, `LiveRegion` draws it. Only the
 * region re-renders on an announcement. Repeating a sentence alternates a trailing no-break space,
 * so screen readers hear it again.
 *
 * @example
 * const announcer = createAnnouncer();
 * announcer.announce('Moved Login to position 1 of 12 in Product backlog.');
 * announcer.current(); // 'Moved Login to position 1 of 12 in Product backlog.'
 */
export function createAnnouncer(): Announcer {
  let text = '';
  const listeners = new Set<() => void>();
  return {
    announce: (next) => {
      text = next !== '' && text.replace(/\u00a0$/, '') === next && !text.endsWith('\u00a0') ? `${next}\u00a0` : next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => text,
  };
}

/**
 * One announcer for a view's lifetime.
 *
 * @example
 * const announcer = useAnnouncer();
 * // in a handler: announcer.announce(messages.moved(title, position, total, backlog));
 * // in the view: <LiveRegion announcer={announcer} />
 */
export function useAnnouncer(): Announcer {
  const [announcer] = useState(createAnnouncer);
  return announcer;
}

/** The polite live region an announcer speaks through: visually hidden, never focused. */
export const LiveRegion = memo(function LiveRegion({ announcer }: { readonly announcer: Announcer }) {
  const text = useSyncExternalStore(announcer.subscribe, announcer.current, () => '');
  return (
    <div className="tl-visually-hidden" aria-live="polite" aria-atomic="true" data-part="announcer">
      {text}
    </div>
  );
});
