import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  url: string;
  /** Register a handler for a path; tests use it for ruling packs, an OpenAI-compatible mock, webhooks. */
  on(path: string, handler: http.RequestListener): void;
  close(): Promise<void>;
}

/** A test-owned HTTP server on loopback only. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, http.RequestListener>();
  const srv = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    on: (path, handler) => void routes.set(path, handler),
    close: () => new Promise((resolve) => srv.close(() => resolve())),
  };
}
