import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('src', import.meta.url));

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** Whether a test file swaps modules of the package (`vi.mock`): it needs a module graph of its own. */
const swapsModules = (file: string) => /\bvi\.(?:mock|doMock)\(/.test(readFileSync(file, 'utf8'));

const tests = walk(source).filter((file) => /\.test\.tsx?$/.test(file));

/**
 * The React package's test files (absolute paths), split by whether they can share one module
 * graph and one jsdom per worker (`isolate: false`, about three times cheaper than a graph and a
 * jsdom per file) or swap modules and so need their own (`vi.mock`: the render-count tests).
 */
export const reactTests = {
  sharing: tests.filter((file) => !swapsModules(file)),
  swapping: tests.filter(swapsModules),
};
