'use client';
import { useLayoutEffect } from 'react';

/** useLayoutEffect in the browser; nothing on the server, where it warns and has nothing to measure. */
export const useIsomorphicLayoutEffect: typeof useLayoutEffect =
  typeof document === 'undefined' ? () => {} : useLayoutEffect;
