import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** A built folder: a file its build writes, and how to build it when that file is missing. */
export interface BuiltFolder {
  readonly file: string;
  readonly build: string;
}

const STORYBOOK: BuiltFolder = { file: 'index.json', build: 'build Storybook first (pnpm build-storybook)' };

/** Serves a built folder (the static Storybook unless told otherwise) on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string, built: BuiltFolder = STORYBOOK): Promise<StaticServer> {
  if (!existsSync(`${dir}/${built.file}`)) {
    throw new Error(`${dir}/${built.file} is missing: ${built.build}.`);
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
