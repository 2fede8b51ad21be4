import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticlePage } from '../../src/fetch/safe-fetch.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const htmlCorpus = join(resolve(repoRoot, '../shared'), 'corpora/html');
const CORPUS_PAGE = 'aeb-82b6d780c792';

const SMALL_PAGE = '<html><head><title>Loopback story</title></head><body><article><p>Body text.</p></article></body></html>';

let server: Server;
let base: string;
const open = { allowPrivate: true };

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const hops = /^\/redirect\/(\d+)$/.exec(path);
    if (hops) {
      const left = Number(hops[1]);
      response.writeHead(302, { location: left > 0 ? `/redirect/${left - 1}` : '/small' }).end();
    } else if (path === '/small') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SMALL_PAGE);
    } else if (path === '/plain') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('Title\n\nA paragraph.');
    } else if (path === '/corpus') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(join(htmlCorpus, `${CORPUS_PAGE}.html`)));
    } else if (path === '/image') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64));
    } else if (path === '/no-type') {
      response.writeHead(200).end('x');
    } else if (path === '/huge') {
      // No content-length: the cap must hold while streaming.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(256 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 24 && response.write(chunk)) sent += 1;
        if (sent < 24) response.once('drain', push);
        else response.end();
      };
      push();
    } else if (path === '/declared-huge') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
      response.write('<html>');
    } else if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html>');
    } else if (path === '/to-metadata') {
      response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    } else if (path === '/to-file') {
      response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    } else if (path === '/missing') {
      response.writeHead(404, { 'content-type': 'text/html' }).end('gone');
    } else {
      response.writeHead(500).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('fetchArticlePage', () => {
  it('fetches an HTML page and reports its format and final URL', async () => {
    const page = await fetchArticlePage(`${base}/small`, open);
    expect(page).toMatchObject({ url: `${base}/small`, format: 'html', text: SMALL_PAGE });
  });

  it('fetches plain text as text', async () => {
    expect((await fetchArticlePage(`${base}/plain`, open)).format).toBe('text');
  });

  it('follows up to 3 redirects and refuses a fourth', async () => {
    const page = await fetchArticlePage(`${base}/redirect/2`, open);
    expect(page.url).toBe(`${base}/small`);
    await expect(fetchArticlePage(`${base}/redirect/3`, open)).rejects.toThrow('more than 3 redirects');
  });

  it.each([
    ['ftp://example.com/story', 'only http and https'],
    ['file:///etc/passwd', 'only http and https'],
    ['javascript:alert(1)', 'only http and https'],
    ['not a url', 'not a valid URL'],
    ['http://user:secret@example.com/', 'user name or password'],
  ])('refuses %s', async (url, message) => {
    await expect(fetchArticlePage(url, { allowPrivate: false })).rejects.toThrow(message);
  });

  it.each([
    ['http://127.0.0.1:9/', 'a loopback address'],
    ['http://localhost:9/', 'a loopback address'],
    ['http://[::1]:9/', 'a loopback address'],
    ['http://[::ffff:127.0.0.1]:9/', 'a loopback address'],
    ['http://10.0.0.8/', 'a private network address'],
    ['http://192.168.1.1/', 'a private network address'],
    ['http://169.254.169.254/latest/meta-data/', 'a cloud metadata address'],
    ['http://100.64.0.1/', 'a shared (CGNAT) address'],
    ['http://0.0.0.0/', 'an unspecified address'],
  ])('refuses %s unless private addresses are allowed', async (url, kind) => {
    await expect(fetchArticlePage(url, { allowPrivate: false })).rejects.toThrow(kind);
  });

  it('re-checks every redirect hop: a redirect to the metadata address is refused even when private is allowed', async () => {
    await expect(fetchArticlePage(`${base}/to-metadata`, open)).rejects.toThrow('169.254.169.254, a cloud metadata address');
    await expect(fetchArticlePage(`${base}/to-file`, open)).rejects.toThrow('only http and https');
  });

  it('refuses content that is not HTML or text', async () => {
    await expect(fetchArticlePage(`${base}/image`, open)).rejects.toThrow('serves image/png, not an HTML or text page');
    await expect(fetchArticlePage(`${base}/no-type`, open)).rejects.toThrow('no content type');
  });

  it('accepts any content type when the caller knows the format (an attachment)', async () => {
    const file = await fetchArticlePage(`${base}/no-type`, { ...open, format: 'text' });
    expect(file).toMatchObject({ format: 'text', text: 'x' });
  });

  it('stops reading past the 5 MB cap, whether or not the size is declared', async () => {
    await expect(fetchArticlePage(`${base}/huge`, open)).rejects.toThrow('larger than 5 MB');
    await expect(fetchArticlePage(`${base}/declared-huge`, open)).rejects.toThrow('larger than 5 MB');
  });

  it('gives up when the page takes longer than the time budget', async () => {
    await expect(fetchArticlePage(`${base}/slow`, { ...open, timeoutMs: 300 })).rejects.toThrow('took longer than 0.3 s');
  });

  it('reports an HTTP error status', async () => {
    await expect(fetchArticlePage(`${base}/missing`, open)).rejects.toThrow('HTTP 404');
  });
});

describe.skipIf(!existsSync(htmlCorpus))('fetchArticlePage on a corpus page', () => {
  it('returns the page byte for byte', async () => {
    const page = await fetchArticlePage(`${base}/corpus`, open);
    expect(page.text).toBe(readFileSync(join(htmlCorpus, `${CORPUS_PAGE}.html`), 'utf8'));
  });
});
