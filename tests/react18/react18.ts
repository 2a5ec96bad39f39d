import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * React and every library the React package or its tests use that peers on React. Each is
 * installed in this folder as a copy peered to React 18 (see package.json); a library missing here
 * would keep its React 19 copy and bring React 19 along with it.
 */
export const react18Packages = [
  'react',
  'react-dom',
  '@dnd-kit/core',
  '@dnd-kit/sortable',
  '@dnd-kit/utilities',
  '@tanstack/react-virtual',
  '@testing-library/react',
] as const;

const anchor = fileURLToPath(new URL('./package.json', import.meta.url));

const isPeered = (source: string) => react18Packages.some((name) => source === name || source.startsWith(`${name}/`));

/**
 * Resolves each of `react18Packages` (and its subpaths: `react/jsx-runtime`, `react-dom/server`…)
 * as if this folder imported it, whoever imports it: the React package's source or build, its
 * tests, Testing Library. So one React is loaded, version 18, and the libraries peered on React
 * load their React 18 copies, whose own imports of React Node resolves to the same React 18.
 */
export function react18(): Plugin {
  return {
    name: 'throughline:react-18',
    enforce: 'pre',
    async resolveId(source, _importer, options) {
      if (!isPeered(source)) return null;
      const resolved = await this.resolve(source, anchor, { ...options, skipSelf: true });
      if (!resolved) {
        throw new Error(
          `${source} is not installed in tests/react18: add it to tests/react18/package.json and run pnpm install.`,
        );
      }
      return resolved;
    },
  };
}
