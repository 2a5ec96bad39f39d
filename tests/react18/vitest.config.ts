import { fileURLToPath } from 'node:url';
import { react18Project, react18Tests } from './project.js';

/**
 * The React package's rendering tests on React 18, sharing one module graph (see project.ts), and
 * the check that React 18, and only it, ran.
 */
export default react18Project(
  'react18',
  [...react18Tests.sharing, fileURLToPath(new URL('react18.test.tsx', import.meta.url))],
  false,
);
