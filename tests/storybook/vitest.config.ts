import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  // The hydration test renders the stories in Node, against the packages' source as Storybook does.
  ssr: { resolve: { conditions: ['@throughline/source', ...defaultServerConditions] } },
  test: {
    name: 'storybook',
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium, a few pages at a time: the machines have two cores.
    maxConcurrency: 2,
    expect: {
      // A test without an assertion proves nothing: fail it.
      requireAssertions: true,
      // What the page shows after a key or a drop is polled for. The default second is too short
      // on a shared two-core machine running four Chromium pages (one of them checking a 400,000-cell
      // grid with axe); how fast the views respond is measured by `pnpm bench`, not here.
      poll: { timeout: 10_000 },
    },
  },
});
