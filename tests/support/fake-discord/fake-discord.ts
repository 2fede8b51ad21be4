// A loopback Discord: REST under /api/v10 and the gateway on one ephemeral 127.0.0.1 port.
// Point discord.js at it with `rest: { api: fake.apiUrl }` (or DISCORD_API_URL for the bot).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { GatewaySession } from './gateway.js';
import {
  type Actor,
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  type FakeAttachment,
  fakeUser,
  messageContextMenuInteraction,
  type OptionInput,
} from './interactions.js';
import type { InteractionRecord, Json } from './records.js';
import { createRestHandler } from './rest.js';
import { shardOf, snowflake } from './snowflake.js';
import { DiscordWorld, type FakeGuild } from './world.js';

export class FakeDiscord {
  readonly world = new DiscordWorld();
  /** Pages and attachments served under /files/ (a web site or Discord's CDN, for fetching). */
  private readonly files = new Map<string, { body: Buffer; contentType: string }>();
  private readonly sessions: GatewaySession[] = [];
  private readonly http: Server;
  private readonly gateway: WebSocketServer;

  private constructor() {
    const rest = createRestHandler(this.world, { gatewayUrl: () => this.gatewayUrl });
    this.http = createServer((request, response) => {
      const file = this.files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      if (request.method === 'GET' && file) {
        response.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length });
        response.end(file.body);
      } else void rest(request, response);
    });
    this.gateway = new WebSocketServer({ server: this.http });
    this.gateway.on('connection', (socket) => this.sessions.push(new GatewaySession(socket, this.world, this.gatewayUrl)));
  }

  /** Starts on 127.0.0.1 with an ephemeral port, with these guilds (one new guild by default). */
  static async start(options: { guildIds?: string[] } = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve, reject) => {
      fake.http.once('error', reject);
      fake.http.listen(0, '127.0.0.1', resolve);
    });
    for (const id of options.guildIds ?? [snowflake()]) fake.addGuild(id);
    return fake;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** REST base without the version, like discord.js's default `https://discord.com/api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  /** The first guild, the one `DISCORD_GUILD_ID` should name. */
  get guild(): FakeGuild {
    return this.world.guilds[0]!;
  }

  addGuild(id = snowflake()): FakeGuild {
    const guild = { id, name: `Guild ${this.world.guilds.length + 1}`, channelId: snowflake() };
    this.world.guilds.push(guild);
    return guild;
  }

  actor(options: { guild?: FakeGuild; moderator?: boolean; username?: string } = {}): Actor {
    const guild = options.guild ?? this.guild;
    return {
      user: fakeUser(options.username ?? (options.moderator ? 'moderator' : 'member')),
      guildId: guild.id,
      channelId: guild.channelId,
      moderator: options.moderator ?? false,
    };
  }

  /** Serves `body` at GET /files/<name> and returns its URL. */
  serveFile(name: string, body: string | Buffer, contentType: string): string {
    const pathname = `/files/${encodeURIComponent(name)}`;
    this.files.set(pathname, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), contentType });
    return `http://127.0.0.1:${this.port}${pathname}`;
  }

  /** An uploaded file as Discord resolves it in an attachment option, served from the fake's CDN. */
  attachment(filename: string, body: string, contentType: string): FakeAttachment {
    const url = this.serveFile(`${snowflake()}-${filename}`, body, contentType);
    return { id: snowflake(), filename, size: Buffer.byteLength(body), url, proxy_url: url, content_type: contentType };
  }

  /** Resolves with `check()`'s first truthy value, re-checked on every change; rejects after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value) {
          done();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.world.events.off('change', attempt);
      };
      this.world.events.on('change', attempt);
      attempt();
    });
  }

  /** Waits until every shard of `shardCount` has identified and received its guilds. */
  waitForShards(shardCount: number, timeoutMs: number): Promise<true> {
    return this.waitFor(
      () => {
        const ready = new Set(this.openSessions().filter((s) => s.shard?.[1] === shardCount).map((s) => s.shard![0]));
        return ready.size === shardCount;
      },
      timeoutMs,
      `${shardCount} shard(s) to identify`,
    );
  }

  private openSessions(): GatewaySession[] {
    return this.sessions.filter((session) => session.open && session.shard);
  }

  /** Sends INTERACTION_CREATE to the shard that owns the interaction's guild. */
  dispatchInteraction(payload: Json): InteractionRecord {
    const guildId = String(payload.guild_id);
    const session = this.openSessions()
      .reverse()
      .find((candidate) => shardOf(guildId, candidate.shard![1]) === candidate.shard![0]);
    if (!session) throw new Error(`fake Discord: no identified shard for guild ${guildId}`);
    const record = this.world.trackInteraction(payload);
    session.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  private commandRef(actor: Actor, name: string, type: number): { id: string; name: string } {
    const command = this.world.findCommand(actor.guildId, name, type);
    return { id: command ? String(command.id) : snowflake(), name };
  }

  command(actor: Actor, name: string, options: Record<string, OptionInput> = {}, subcommand?: string): InteractionRecord {
    return this.dispatchInteraction(chatInputInteraction(this.applicationId, actor, this.commandRef(actor, name, 1), options, subcommand));
  }

  autocomplete(actor: Actor, name: string, options: Record<string, OptionInput>, focused: string, subcommand?: string): InteractionRecord {
    return this.dispatchInteraction(
      autocompleteInteraction(this.applicationId, actor, this.commandRef(actor, name, 1), options, focused, subcommand),
    );
  }

  clickButton(actor: Actor, customId: string, message: Json): InteractionRecord {
    return this.dispatchInteraction(buttonInteraction(this.applicationId, actor, customId, message));
  }

  messageCommand(actor: Actor, name: string, target: Json): InteractionRecord {
    return this.dispatchInteraction(messageContextMenuInteraction(this.applicationId, actor, this.commandRef(actor, name, 3), target));
  }

  /** Waits until the interaction's response shows its final content (after any defer). */
  reply(record: InteractionRecord, timeoutMs = 10_000): Promise<InteractionRecord> {
    return this.waitFor(() => record.settled && record, timeoutMs, `a reply to interaction ${record.id}`).catch((error: Error) => {
      const violations = this.world.violations.filter((violation) => violation.interactionId === record.id).flatMap((v) => v.problems);
      throw new Error(`${error.message} (${describe(record)}; violations: ${violations.join('; ') || 'none'})`);
    });
  }

  /** Milliseconds from dispatch to first callback, for every answered interaction. */
  firstCallbackLatencies(): number[] {
    return [...this.world.interactions.values()].flatMap((record) => (record.firstCallbackMs === null ? [] : [record.firstCallbackMs]));
  }

  /** Closes every gateway connection (the bot sees Discord go away). */
  disconnectAll(): void {
    for (const session of this.sessions) session.close();
  }

  async stop(): Promise<void> {
    this.disconnectAll();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

function describe(record: InteractionRecord): string {
  const data = record.payload.data as Json;
  const what = typeof data.name === 'string' ? `/${data.name}` : `component ${String(data.custom_id)}`;
  const callbacks = record.callbacks.map((callback) => `type ${callback.type} after ${Math.round(callback.afterMs)} ms`);
  return `${what} in guild ${record.guildId}; callbacks: ${callbacks.join(', ') || 'none'}`;
}
