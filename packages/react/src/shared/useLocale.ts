'use client';
import { useSyncExternalStore } from 'react';

/**
 * The locale a view formats with, when the host gives none, wherever the reader's is not known
 * yet: on the server and while the browser hydrates the server's HTML. Fixed, so both write the
 * same text; the reader's own locale takes over in the render right after hydration.
 */
export const SERVER_LOCALE = 'en-US';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

const readerLocale = (): string => navigator.language || SERVER_LOCALE;
const serverLocale = (): string => SERVER_LOCALE;

/**
 * The locale to format dates and numbers with: the host's `locale` when given; otherwise the
 * reader's (`navigator.language`, followed when it changes), except on the server and during
 * hydration, where it is `SERVER_LOCALE` so that the server's HTML and the browser's first render
 * agree. A host that knows the reader's locale on the server (from `Accept-Language`, a profile)
 * passes it and gets the reader's formats from the first byte.
 */
export function useLocale(locale: string | undefined): string {
  const fallback = useSyncExternalStore(subscribe, readerLocale, serverLocale);
  return locale ?? fallback;
}
