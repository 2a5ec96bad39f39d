import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { reactTests } from './vitest.files.js';

export default defineProject({
  plugins: [react()],
  // Tests run against the packages' source (jsdom tests as a browser would resolve, SSR tests as Node).
  resolve: { conditions: ['@throughline/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@throughline/source', ...defaultServerConditions] } },
  test: {
    name: 'react',
    environment: 'jsdom',
    // The files that swap no module share one module graph and one jsdom per worker; the others
    // run in `react-isolated` (vitest.isolated.config.ts). Testing Library unmounts after each test.
    include: reactTests.sharing,
    isolate: false,
    // After core, import and cli, as a group: interleaved with their files, a worker could not keep
    // this project's module graph from one file to the next.
    sequence: { groupOrder: 1 },
    setupFiles: ['./vitest.setup.ts'],
    // jsdom with user-event on a whole sample plan takes seconds on a shared two-core CI machine;
    // the default 5 s ceiling failed a correct test there. Speed is measured by `pnpm bench`, not here.
    testTimeout: 60_000,
    // A test without an assertion proves nothing: fail it.
    expect: { requireAssertions: true },
  },
});
