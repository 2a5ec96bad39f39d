import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** The example portal, built by `next build` (scripts/test-portal.mjs does it before the tests). */
export const portalDir = resolve(import.meta.dirname, '../../examples/portal');

export interface PortalServer {
  readonly url: string;
  /** Stops the server (SIGTERM) and starts it again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free port on 127.0.0.1');
  return address.port;
}

/**
 * Starts the built portal with `next start` on a free 127.0.0.1 port, its PGlite database in
 * `dataDir`, and resolves once it answers `GET /api/plan` (the database opened, migrated, seeded).
 */
export async function startPortal(dataDir: string): Promise<PortalServer> {
  if (!existsSync(`${portalDir}/.next/BUILD_ID`)) {
    throw new Error(`${portalDir}/.next is missing: build the portal first (pnpm --filter portal build).`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';

  async function start(): Promise<void> {
    output = '';
    const next = resolve(portalDir, 'node_modules/next/dist/bin/next');
    const started = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: portalDir,
      env: { ...process.env, PORTAL_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: stopping it stops whatever it started
    });
    child = started;
    started.stdout?.on('data', (chunk) => (output += chunk));
    started.stderr?.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null) throw new Error(`next start exited (${started.exitCode}):\n${output}`);
      const ready = await fetch(`${url}/api/plan`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    throw new Error(`the portal did not answer on ${url} in 150 s:\n${output}`);
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running?.pid || running.exitCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    process.kill(-running.pid, 'SIGTERM');
    const timer = setTimeout(() => running.pid && process.kill(-running.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Starts the server; one that never got ready is stopped, not left running. */
  async function startOrStop(): Promise<void> {
    try {
      await start();
    } catch (error) {
      await stop();
      throw error;
    }
  }

  await startOrStop();
  return {
    url,
    stop,
    async restart() {
      await stop();
      await startOrStop();
    },
  };
}
