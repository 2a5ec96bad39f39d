import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.js';
import { storybookDir } from '../support/storybook.js';

declare module 'vitest' {
  export interface ProvidedContext {
    storybookUrl: string;
  }
}

/** Serves the static Storybook once for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await serveStatic(storybookDir);
  project.provide('storybookUrl', server.url);
  return () => server.close();
}
