import { build, defaultClientConditions } from 'vite';

/**
 * Builds the page that hydrates a story (index.html and its script) into `outDir`: React's
 * development build, the only one that reports each attribute the server wrote differently.
 */
export async function buildHydrationPage(outDir: string): Promise<void> {
  await build({
    root: import.meta.dirname,
    configFile: false,
    logLevel: 'warn',
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    // The stories run against the packages' source, as in Storybook.
    resolve: { conditions: ['@throughline/source', ...defaultClientConditions] },
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // Unminified, React names each component where it reports a mismatch. The page parses it
      // once per browser page, not once per story.
      minify: false,
      // React's development build is large, and the page is opened on 127.0.0.1 only.
      chunkSizeWarningLimit: 5000,
      rolldownOptions: {
        // A bundle for one page keeps no module boundaries, so the views' 'use client' has no use
        // here; it is for a host's server build (checked on the package's build).
        onwarn: (warning, warn) => {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
}
