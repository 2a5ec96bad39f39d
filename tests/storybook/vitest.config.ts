import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'storybook',
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium, a few pages at a time: the machines have two cores.
    maxConcurrency: 2,
  },
});
