import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'react18-smoke',
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    expect: {
      // A test without an assertion proves nothing: fail it.
      requireAssertions: true,
      // What the page shows after a key is polled for, with the browser tests' allowance for a
      // shared two-core machine; speed is measured by `pnpm bench`, not here.
      poll: { timeout: 10_000 },
    },
  },
});
