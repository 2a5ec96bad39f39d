// Real-browser tests: build the static Storybook, then run the browser test project, which serves
// it on 127.0.0.1 and drives Debian's Chromium through every story.
import { execFileSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const extraArgs = process.argv.slice(2);
ensureChromium();
if (!extraArgs.includes('--no-build')) {
  execFileSync('pnpm', ['--silent', 'build-storybook'], { stdio: 'inherit' });
}
const vitestArgs = extraArgs.filter((arg) => arg !== '--no-build');
try {
  execFileSync('pnpm', ['exec', 'vitest', 'run', '--project', 'storybook', ...vitestArgs], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
