// deploy/nginx.conf, run by a real nginx (Debian's nginx-light + brotli_static module) over the
// sample build: precompressed files, caching per kind of file, security headers, 404 page.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY_HEADER,
  PERMISSIONS_POLICY,
  REFERRER_POLICY,
} from '../../src/security/csp.ts';

const CONF = path.resolve(import.meta.dirname, '../../deploy/nginx.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const LONG = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

function headerValue(conf: string, name: string): string | undefined {
  return conf.match(new RegExp(`add_header ${name} "([^"]*)" always;`))?.[1];
}

test('the shipped config sends the CSP, Referrer-Policy and Permissions-Policy of src/security/csp.ts', async () => {
  const conf = await readFile(CONF, 'utf8');
  expect(headerValue(conf, 'Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
  expect(headerValue(conf, 'Referrer-Policy')).toBe(REFERRER_POLICY);
  expect(headerValue(conf, 'Permissions-Policy')).toBe(PERMISSIONS_POLICY);
  expect(headerValue(conf, 'X-Content-Type-Options')).toBe('nosniff');
  expect(conf).toMatch(/^\s*gzip_static on;/m);
  expect(conf).toMatch(/^\s*brotli_static on;/m);
});

// CI installs nginx (scripts/run.sh); elsewhere the test says it was skipped.
describe.skipIf(!NGINX && process.env.CI !== 'true')('served by nginx', () => {
  let work: string;
  let nginx: ChildProcess;
  let origin: string;

  const freePort = () =>
    new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });

  beforeAll(async () => {
    expect(NGINX, 'nginx is not installed (apt install nginx-light libnginx-mod-http-brotli-static)').toBeDefined();
    work = await mkdtemp(path.join(os.tmpdir(), 'nginx-conf-'));
    await symlink(inject('sampleDist'), path.join(work, 'jdxh'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const site = (await readFile(CONF, 'utf8'))
      .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
      .replace(/listen \[::\]:80;/, '')
      .replace(/root \/srv\/www;/, `root ${work};`);
    await writeFile(path.join(work, 'site.conf'), site);
    await writeFile(
      path.join(work, 'nginx.conf'),
      [
        existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '',
        process.getuid?.() === 0 ? 'user root;' : '',
        'daemon off; master_process off; worker_processes 1;',
        `pid ${work}/nginx.pid; error_log stderr warn;`,
        'events { worker_connections 64; }',
        `http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;`,
        `  client_body_temp_path ${work}/tmp; proxy_temp_path ${work}/tmp; fastcgi_temp_path ${work}/tmp;`,
        `  uwsgi_temp_path ${work}/tmp; scgi_temp_path ${work}/tmp;`,
        `  include ${work}/site.conf; }`,
      ].join('\n'),
    );
    const check = spawnSync(NGINX!, ['-t', '-p', work, '-c', `${work}/nginx.conf`], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX!, ['-p', work, '-c', `${work}/nginx.conf`], { stdio: ['ignore', 'ignore', 'pipe'] });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${origin}/jdxh/`).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('nginx did not start');
  });

  afterAll(async () => {
    nginx?.kill('SIGTERM');
    if (work) await rm(work, { recursive: true, force: true });
  });

  const get = (url: string, encoding = 'identity') =>
    // Node's fetch would decode the body; ask for raw bytes through the header only.
    fetch(`${origin}${url}`, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });

  test('a page comes as brotli, gzip or plain, each the same document', async () => {
    const plain = await readFile(path.join(inject('sampleDist'), 'index.html'));
    const br = await get('/jdxh/', 'br');
    expect(br.headers.get('content-encoding')).toBe('br');
    const gz = await get('/jdxh/', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const identity = await get('/jdxh/');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await identity.arrayBuffer()).equals(plain)).toBe(true);
    // fetch() has already decoded br and gzip bodies when it sees content-encoding.
    expect(Buffer.from(await br.arrayBuffer()).equals(plain)).toBe(true);
    expect(Buffer.from(await gz.arrayBuffer()).equals(plain)).toBe(true);
    expect(zlib.gunzipSync(await readFile(path.join(inject('sampleDist'), 'index.html.gz'))).equals(plain)).toBe(true);
  });

  test('every response carries the security headers', async () => {
    for (const url of ['/jdxh/', '/jdxh/no-such-page/']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), url).toBe(REFERRER_POLICY);
      expect(response.headers.get('permissions-policy'), url).toBe(PERMISSIONS_POLICY);
      expect(response.headers.get('server'), url).toBe('nginx');
    }
  });

  test('hashed files are cached for a year, pages for minutes, other files revalidated', async () => {
    const dist = inject('sampleDist');
    const files = (await readdir(dist, { recursive: true })).map(String);
    const hashed = files.filter((f) => f.startsWith('_astro/') && !/\.(gz|br)$/.test(f));
    expect(hashed.length).toBeGreaterThan(0);
    for (const file of hashed) expect((await get(`/jdxh/${file}`)).headers.get('cache-control'), file).toBe(LONG);
    for (const file of files.filter((f) => /^pagefind\/.+_[0-9a-f]+\.pf_(fragment|index|meta|filter)$/.test(f)).slice(0, 5)) {
      expect((await get(`/jdxh/${file}`)).headers.get('cache-control'), file).toBe(LONG);
    }
    if (files.includes('pagefind/pagefind.js')) {
      expect((await get('/jdxh/pagefind/pagefind.js')).headers.get('cache-control')).toBe('no-cache');
    }
    expect((await get('/jdxh/')).headers.get('cache-control')).toBe(SHORT);
    expect((await get('/jdxh/index.html')).headers.get('cache-control')).toBe(SHORT);
  });

  test('a missing page answers 404 with the site\'s own page; the bare host goes to the base path', async () => {
    const missing = await get('/jdxh/no-such-page/');
    expect(missing.status).toBe(404);
    if (existsSync(path.join(inject('sampleDist'), '404.html'))) {
      expect(await missing.text()).toBe(await readFile(path.join(inject('sampleDist'), '404.html'), 'utf8'));
    }
    const root = await get('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toMatch(/\/jdxh\/$/);
  });
});
