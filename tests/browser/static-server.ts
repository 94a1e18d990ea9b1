import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:40123/jdxh/ — always ends with "/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send the build's `.br`/`.gz` beside a file when the browser accepts it (as nginx gzip_static does). */
  precompressed?: boolean;
  /**
   * The Cache-Control header for a path (e.g. deploy/nginx.conf's rules); with it, files also carry
   * Last-Modified and a conditional request for an unchanged file gets 304, as from nginx.
   */
  cacheControl?: (pathname: string) => string;
}

/**
 * Serves a built `dist/` folder on 127.0.0.1 under `basePath`, as any static host would:
 * directory → index.html, unknown path → 404.html with status 404.
 */
export async function serveStatic(root: string, basePath = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const accepted = options.precompressed ? String(req.headers['accept-encoding'] ?? '') : '';
    const encodings = [
      ...(/\bbr\b/.test(accepted) ? [['br', '.br']] : []),
      ...(/\bgzip\b/.test(accepted) ? [['gzip', '.gz']] : []),
    ];
    const send = async (file: string, status = 200) => {
      const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
      // Read first: a missing file must throw before any header is written.
      let body = await readFile(file);
      if (options.cacheControl && status === 200) {
        const modified = (await stat(file)).mtime;
        modified.setMilliseconds(0);
        headers['cache-control'] = options.cacheControl(pathname);
        headers['last-modified'] = modified.toUTCString();
        const since = req.headers['if-modified-since'];
        if (since && Date.parse(since) >= modified.getTime()) {
          res.writeHead(304, headers);
          res.end();
          return;
        }
      }
      for (const [encoding, suffix] of encodings) {
        const encoded = await readFile(file + suffix).catch(() => null);
        if (encoded) {
          body = encoded;
          headers['content-encoding'] = encoding;
          headers.vary = 'Accept-Encoding';
          break;
        }
      }
      res.writeHead(status, headers);
      res.end(body);
    };
    const notFound = async () => {
      const page = path.join(root, '404.html');
      try {
        await send(page, 404);
      } catch {
        res.writeHead(404).end('not found');
      }
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(path.resolve(root))) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await send(file);
    } catch {
      await notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
