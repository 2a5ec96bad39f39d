import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a built folder (the static Storybook) on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  if (!existsSync(`${dir}/index.json`)) {
    throw new Error(`${dir}/index.json is missing: build Storybook first (pnpm build-storybook).`);
  }
  const handler = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
