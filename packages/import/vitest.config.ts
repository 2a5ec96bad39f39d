import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  ssr: { resolve: { conditions: ['@throughline/source', ...defaultServerConditions] } },
  test: {
    name: 'import',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // A ceiling for a shared, loaded CI machine, not a speed check (that is `pnpm bench`).
    testTimeout: 30_000,
    // A test without an assertion proves nothing: fail it.
    expect: { requireAssertions: true },
  },
});
