import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import reactProject from '../../packages/react/vitest.config.js';
import { reactTests } from '../../packages/react/vitest.files.js';
import { react18 } from './react18.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The React package's tests that render with React: every .tsx test (jsdom and server render).
 * Its .ts tests cover plain functions, which React's version cannot change: they run once, in the
 * `react` project.
 */
const rendering = (files: readonly string[]) => files.filter((file) => file.endsWith('.test.tsx'));

/** The rendering test files that swap modules, and the rest. */
export const react18Tests = {
  swapping: rendering(reactTests.swapping),
  sharing: rendering(reactTests.sharing),
};

/**
 * A project that runs `files` on React 18.3, the oldest React the package's peer range allows,
 * with the React package's own settings. `isolate: false` runs the files in one module graph and
 * one environment per worker, as the `react` project does: about three times cheaper, which keeps
 * `pnpm test` within its time on CI. A file that swaps modules cannot share a graph in which the
 * real ones are loaded already: it runs isolated.
 */
export function react18Project(name: string, files: readonly string[], isolate: boolean) {
  return defineProject({
    ...reactProject,
    plugins: [...(reactProject.plugins ?? []), react18()],
    test: {
      ...reactProject.test,
      name,
      include: [...files],
      isolate,
      // After the other projects, as a group: interleaved with their files, a worker could not
      // keep this project's module graph from one file to the next.
      sequence: { ...reactProject.test?.sequence, groupOrder: 2 },
      setupFiles: [here('../../packages/react/vitest.setup.ts')],
    },
  });
}
