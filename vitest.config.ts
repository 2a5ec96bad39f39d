import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/react', 'packages/import', 'packages/cli', 'tests/storybook', 'tests/portal'],
  },
});
