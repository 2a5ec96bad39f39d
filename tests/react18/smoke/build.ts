import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { react18 } from '../react18.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the page is built; `dist/`, so git and Biome leave it alone. */
export const smokeDir = here('dist');

/** The builds the page imports, as a host's bundler would: the published entry points, not the source. */
const builds = ['../../../packages/core/dist/index.js', '../../../packages/react/dist/index.js'];

/**
 * Builds the smoke page with Vite against React 18, from the packages' builds (`pnpm build`; in
 * `pnpm test`, the package checks build them just before). A development build: React's warnings
 * reach the console, where the tests look for them. Resolves to the path of every module bundled.
 */
export async function buildSmokePage(): Promise<string[]> {
  const missing = builds.map(here).filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: build the packages first (pnpm build).`);
  const output = await build({
    root: here('.'),
    configFile: false,
    mode: 'development',
    logLevel: 'warn',
    // As a React host on Vite builds: its React plugin also keeps the packages' 'use client' lines quiet.
    plugins: [react(), react18()],
    build: { outDir: smokeDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap(({ output: files }) => files.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])));
}
