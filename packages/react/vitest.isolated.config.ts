import { defineProject } from 'vitest/config';
import reactProject from './vitest.config.js';
import { reactTests } from './vitest.files.js';

/** The React package's test files that swap modules (render counts): each in a module graph of its own. */
export default defineProject({
  ...reactProject,
  test: { ...reactProject.test, name: 'react-isolated', include: reactTests.swapping, isolate: true, sequence: {} },
});
