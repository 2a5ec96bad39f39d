import { resolve } from 'node:path';
import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

// The example portal: its store against PGlite, and the built app (`next build`) in Chromium.
// scripts/test-portal.mjs builds the app, then runs this project one file at a time.
export default defineProject({
  // The store's tests run on the packages' sources; the app itself uses their builds.
  ssr: { resolve: { conditions: ['@throughline/source', ...defaultServerConditions] } },
  test: {
    name: 'portal',
    root: resolve(import.meta.dirname, '../..'),
    include: ['tests/portal/**/*.test.ts', 'examples/portal/lib/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    expect: {
      // A test without an assertion proves nothing: fail it.
      requireAssertions: true,
      // What a page shows after a key or an answer is polled for, with room for a loaded machine.
      poll: { timeout: 15_000 },
    },
  },
});
