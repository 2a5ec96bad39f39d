import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  // Tests run against the packages' source (jsdom tests as a browser would resolve, SSR tests as Node).
  resolve: { conditions: ['@throughline/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@throughline/source', ...defaultServerConditions] } },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    // jsdom with user-event on a whole sample plan takes seconds on a shared two-core CI machine;
    // the default 5 s ceiling failed a correct test there. Speed is measured by `pnpm bench`, not here.
    testTimeout: 60_000,
    // A test without an assertion proves nothing: fail it.
    expect: { requireAssertions: true },
  },
});
