// `pnpm bench`: builds what the browser suites open, then runs every suite against the packages'
// source (the same code the builds contain).
import { execFileSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

ensureChromium();
if (!process.argv.includes('--no-build')) execFileSync('pnpm', ['--silent', 'build-storybook'], { stdio: 'inherit' });
const args = process.argv.slice(2).filter((arg) => arg !== '--no-build');
try {
  execFileSync('pnpm', ['exec', 'tsx', '--conditions=@throughline/source', 'bench/run.ts', ...args], {
    stdio: 'inherit',
  });
} catch {
  process.exit(1);
}
