// The example portal: `next build` on the packages' builds (the package checks made them), then
// the `portal` test project: the store on PGlite, the built app in Chromium, and the change
// endpoint under load. One file at a time: each starts a server of its own.
import { execFileSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const extraArgs = process.argv.slice(2);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
ensureChromium();
if (!extraArgs.includes('--no-build')) {
  execFileSync('pnpm', ['--filter', 'portal', 'exec', 'next', 'build'], { stdio: 'inherit', env });
}
const vitestArgs = extraArgs.filter((arg) => arg !== '--no-build');
try {
  execFileSync('pnpm', ['exec', 'vitest', 'run', '--project', 'portal', '--no-file-parallelism', ...vitestArgs], {
    stdio: 'inherit',
    env,
  });
} catch {
  process.exit(1);
}
