import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { forbiddenAddressKind, isMetadataAddress } from './address-policy.js';

export const FETCH_LIMITS = { redirects: 3, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 } as const;

/** A page fetched for /article add: its final URL (after redirects) and decoded text. */
export interface FetchedPage {
  url: string;
  format: 'html' | 'text' | 'markdown';
  contentType: string;
  text: string;
}

export interface FetchOptions {
  /** FETCH_ALLOW_PRIVATE: allow loopback and private addresses (cloud metadata stays refused). */
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  /** The format when the caller already knows it (an attachment's file extension): any content type is then accepted. */
  format?: FetchedPage['format'];
}

/** A fetch that was refused or failed, with a short message a moderator can act on. */
export class FetchRefusedError extends Error {
  override name = 'FetchRefusedError';
}

const FORMAT_BY_CONTENT_TYPE: Record<string, FetchedPage['format']> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/**
 * Fetches an article page from a URL a moderator typed, defensively: http(s) only, each
 * redirect hop re-checked (at most 3), a 10 s budget for the whole exchange, a 5 MB cap
 * enforced while streaming, HTML or text only. The host is resolved first and every address
 * it resolves to must be public (unless `allowPrivate`); the connection is then pinned to the
 * checked address, so a DNS answer that changes between check and connect cannot redirect it.
 */
export async function fetchArticlePage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = parseHttpUrl(url);
  for (let hop = 0; ; hop += 1) {
    const response = await requestOnce(current, options, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= FETCH_LIMITS.redirects) {
        throw new FetchRefusedError(`Refused: more than ${FETCH_LIMITS.redirects} redirects.`);
      }
      current = parseHttpUrl(new URL(response.headers.location, current).href);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchRefusedError(`The page answered HTTP ${status}.`);
    }
    return readPage(current, response, options, signal, timeoutMs);
  }
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new FetchRefusedError('That is not a valid URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError(`Refused: only http and https links can be fetched, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username || url.password) throw new FetchRefusedError('Refused: links with a user name or password are not fetched.');
  return url;
}

async function checkedAddress(url: URL, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new FetchRefusedError(`Could not resolve the host ${host}.`);
  }
  for (const { address } of addresses) {
    const kind = forbiddenAddressKind(address);
    if (kind && (!allowPrivate || isMetadataAddress(address))) {
      throw new FetchRefusedError(`Refused: ${host} resolves to ${address}, ${kind}.`);
    }
  }
  const first = addresses[0];
  if (!first) throw new FetchRefusedError(`Could not resolve the host ${host}.`);
  return first;
}

async function requestOnce(url: URL, options: FetchOptions, signal: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  const pinned = await checkedAddress(url, options.allowPrivate);
  const pinnedLookup = ((_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      lookup: pinnedLookup,
      signal,
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9', 'user-agent': 'Byline article fetcher' },
    });
    outgoing.on('response', resolve);
    outgoing.on('error', (error) => reject(failure(error, signal, timeoutMs)));
    outgoing.end();
  });
}

function failure(error: Error, signal: AbortSignal, timeoutMs: number): FetchRefusedError {
  if (error instanceof FetchRefusedError) return error;
  if (signal.aborted) return new FetchRefusedError(`Gave up: the page took longer than ${timeoutMs / 1000} s.`);
  return new FetchRefusedError(`Could not fetch the page (${error.message}).`);
}

async function readPage(
  url: URL,
  response: IncomingMessage,
  options: FetchOptions,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<FetchedPage> {
  const contentType = response.headers['content-type'] ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const format = options.format ?? FORMAT_BY_CONTENT_TYPE[mediaType];
  const maxBytes = options.maxBytes ?? FETCH_LIMITS.maxBytes;
  if (!format) {
    response.resume();
    throw new FetchRefusedError(`Refused: the link serves ${mediaType || 'no content type'}, not an HTML or text page.`);
  }
  const tooLarge = () => new FetchRefusedError(`Refused: the page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw failure(error as Error, signal, timeoutMs);
  }
  return { url: url.href, format, contentType, text: decode(Buffer.concat(chunks), contentType) };
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
