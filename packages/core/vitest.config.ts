import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  ssr: { resolve: { conditions: ['@throughline/source', ...defaultServerConditions] } },
  test: {
    name: 'core',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Pure functions, no module swapped: the files share one module graph per worker, which
    // halves the CPU the run takes on a two-core CI machine.
    isolate: false,
    // A ceiling for a shared, loaded CI machine, not a speed check (that is `pnpm bench`).
    testTimeout: 30_000,
    // A test without an assertion proves nothing: fail it.
    expect: { requireAssertions: true },
  },
});
