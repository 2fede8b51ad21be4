// Discord's REST API (v10) as far as a bot answering interactions uses it. Every call is
// recorded; unknown routes answer 404 in Discord's error shape and are recorded apart.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from './records.js';
import { discordError, type DiscordWorld, type RestResult } from './world.js';

const API_PREFIX = '/api/v10';

interface Request {
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (world: DiscordWorld, request: Request) => RestResult;

/** Serves the pieces of the gateway info and identity routes that depend on where the fake listens. */
export interface RestEnvironment {
  gatewayUrl(): string;
}

const scopeOf = (params: Record<string, string>) => params.guild ?? 'global';
const asJson = (body: unknown): Json => (typeof body === 'object' && body !== null ? (body as Json) : {});

function application(world: DiscordWorld): Json {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    flags: 0,
    bot: world.botUser,
    owner: { ...world.botUser, bot: false },
    verify_key: '0'.repeat(64),
    team: null,
  };
}

function commandRoutes(prefix: string): Array<[string, Handler]> {
  return [
    [`GET ${prefix}`, (world, { params }) => ({ status: 200, body: world.commandsOf(scopeOf(params)) })],
    [`PUT ${prefix}`, (world, { route, params, body }) => world.putCommands(route, scopeOf(params), body)],
    [`POST ${prefix}`, (world, { route, params, body }) => world.postCommand(route, scopeOf(params), body)],
    [
      `GET ${prefix}/:command`,
      (world, { params }) => {
        const command = world.commandsOf(scopeOf(params)).find((c) => c.id === params.command);
        return command ? { status: 200, body: command } : discordError(404, 10063, 'Unknown application command');
      },
    ],
    [`PATCH ${prefix}/:command`, (world, { route, params, body }) => world.patchCommand(route, scopeOf(params), params.command!, body)],
    [`DELETE ${prefix}/:command`, (world, { params }) => world.deleteCommand(scopeOf(params), params.command!)],
  ];
}

function routeTable(environment: RestEnvironment): Array<[string, Handler]> {
  return [
    [
      'GET /gateway/bot',
      () => ({
        status: 200,
        body: {
          url: environment.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 16 },
        },
      }),
    ],
    ['GET /gateway', () => ({ status: 200, body: { url: environment.gatewayUrl() } })],
    ['GET /users/@me', (world) => ({ status: 200, body: world.botUser })],
    ['GET /applications/@me', (world) => ({ status: 200, body: application(world) })],
    ['GET /oauth2/applications/@me', (world) => ({ status: 200, body: application(world) })],
    ...commandRoutes('/applications/:app/commands'),
    ...commandRoutes('/applications/:app/guilds/:guild/commands'),
    [
      'POST /interactions/:id/:token/callback',
      (world, { route, params, query, body }) => {
        const callback = asJson(body);
        const data = typeof callback.data === 'object' && callback.data !== null ? (callback.data as Json) : null;
        return world.callback(route, params.id!, params.token!, Number(callback.type), data, query.get('with_response') === 'true');
      },
    ],
    ['GET /webhooks/:app/:token/messages/:message', (world, { params }) => world.getOriginal(params.app!, params.token!)],
    [
      'PATCH /webhooks/:app/:token/messages/:message',
      (world, { route, params, body }) => world.editMessage(route, params.app!, params.token!, params.message!, asJson(body)),
    ],
    ['DELETE /webhooks/:app/:token/messages/:message', (world, { params }) => world.deleteMessage(params.app!, params.token!, params.message!)],
    ['POST /webhooks/:app/:token', (world, { route, params, body }) => world.followUp(route, params.app!, params.token!, asJson(body))],
  ];
}

interface CompiledRoute {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function compile([key, handler]: [string, Handler]): CompiledRoute {
  const [method, template] = key.split(' ') as [string, string];
  const names: string[] = [];
  const source = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, template, pattern: new RegExp(`^${source}$`), names, handler };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** JSON bodies, or the `payload_json` part of multipart bodies (discord.js sends those with files). */
function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const boundary = /multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (boundary) {
    const parts = raw.toString('utf8').split(`--${boundary[1] ?? boundary[2]}`);
    const payload = parts.find((part) => /name="payload_json"/.test(part));
    const json = payload?.slice(payload.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, '');
    return json ? JSON.parse(json) : undefined;
  }
  return JSON.parse(raw.toString('utf8'));
}

export function createRestHandler(world: DiscordWorld, environment: RestEnvironment) {
  const routes = routeTable(environment).map(compile);

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    let body: unknown;
    let result: RestResult;
    let route = `${method} ${url.pathname}`;
    try {
      body = parseBody(await readBody(request), request.headers['content-type']);
      const match = url.pathname.startsWith(API_PREFIX)
        ? routes.map((candidate) => ({ candidate, found: candidate.method === method && candidate.pattern.exec(path) })).find((m) => m.found)
        : undefined;
      if (match?.found) {
        route = `${method} ${match.candidate.template}`;
        const params = Object.fromEntries(match.candidate.names.map((name, i) => [name, decodeURIComponent(match.found ? match.found[i + 1]! : '')]));
        result = match.candidate.handler(world, { route, params, query: url.searchParams, body });
      } else {
        result = discordError(404, 0, '404: Not Found');
        world.unknownRoutes.push({ method, route, path: url.pathname, status: 404, body });
      }
    } catch (error) {
      result = discordError(400, 50109, `The request body contains invalid JSON: ${(error as Error).message}`);
    }
    world.routes.push({ method, route, path: url.pathname + url.search, status: result.status, body });
    world.changed();
    const payload = result.body === undefined ? '' : JSON.stringify(result.body);
    response.writeHead(result.status, result.body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(payload);
  };
}
