import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../support/static-server.js';
import { buildSmokePage, smokeDir } from './build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    smokeUrl: string;
    smokeModules: string[];
  }
}

/** Builds the React 18 page and serves it once for the smoke tests. */
export default async function setup(project: TestProject) {
  project.provide('smokeModules', await buildSmokePage());
  const server = await serveStatic(smokeDir, { file: 'index.html', how: 'the smoke page did not build' });
  project.provide('smokeUrl', server.url);
  return () => server.close();
}
