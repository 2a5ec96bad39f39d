import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/core',
      'packages/react',
      'packages/react/vitest.isolated.config.ts',
      'tests/react18',
      'tests/react18/vitest.isolated.config.ts',
      'packages/import',
      'packages/cli',
      'tests/storybook',
      'tests/react18/smoke',
      'tests/portal',
    ],
  },
});
