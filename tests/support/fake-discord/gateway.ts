// Discord's gateway (v10, JSON, no compression): HELLO, heartbeat ACK, IDENTIFY → READY →
// GUILD_CREATE for the guilds of that shard, RESUME, and dispatches to a chosen shard.
import type { WebSocket } from 'ws';
import { memberPermissions } from './interactions.js';
import type { Json } from './records.js';
import { shardOf, snowflake } from './snowflake.js';
import type { DiscordWorld, FakeGuild } from './world.js';

const HEARTBEAT_INTERVAL_MS = 41_250;

enum Op {
  Dispatch = 0,
  Heartbeat = 1,
  Identify = 2,
  PresenceUpdate = 3,
  VoiceStateUpdate = 4,
  Resume = 6,
  RequestGuildMembers = 8,
  InvalidSession = 9,
  Hello = 10,
  HeartbeatAck = 11,
}

export class GatewaySession {
  shard: [number, number] | null = null;
  readonly sessionId = snowflake();
  private sequence = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly world: DiscordWorld,
    private readonly resumeUrl: string,
  ) {
    socket.on('message', (raw) => this.onMessage(String(raw)));
    socket.on('close', (code) => {
      world.gatewayCloses.push(code);
      world.changed();
    });
    this.send({ op: Op.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS, _trace: ['fake-discord'] } });
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  dispatch(event: string, data: unknown): void {
    this.sequence += 1;
    this.send({ op: Op.Dispatch, t: event, s: this.sequence, d: data });
  }

  close(): void {
    this.socket.terminate();
  }

  private send(packet: Json): void {
    if (this.open) this.socket.send(JSON.stringify({ s: null, t: null, ...packet }));
  }

  private onMessage(raw: string): void {
    let packet: Json;
    try {
      packet = JSON.parse(raw) as Json;
    } catch {
      this.socket.close(4002, 'Decode error');
      return;
    }
    const data = (packet.d ?? {}) as Json;
    switch (packet.op) {
      case Op.Heartbeat:
        this.send({ op: Op.HeartbeatAck });
        break;
      case Op.Identify:
        this.identify(data);
        break;
      case Op.Resume:
        this.resume(data);
        break;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
        break;
      default:
        this.socket.close(4001, 'Unknown opcode');
    }
  }

  /** Continues a session this fake started (same shard), or refuses like Discord: INVALID_SESSION, not resumable. */
  private resume(data: Json): void {
    const shard = this.world.sessionShards.get(String(data.session_id));
    if (!shard) {
      this.send({ op: Op.InvalidSession, d: false });
      return;
    }
    this.shard = shard;
    this.sequence = Number(data.seq) || 0;
    this.world.resumes += 1;
    this.dispatch('RESUMED', { _trace: ['fake-discord'] });
    this.world.changed();
  }

  private identify(data: Json): void {
    const shard = (Array.isArray(data.shard) ? data.shard : [0, 1]) as [number, number];
    this.shard = shard;
    this.world.sessionShards.set(this.sessionId, shard);
    this.world.identifies.push({ shard, intents: Number(data.intents), token: String(data.token), compress: data.compress === true });
    const guilds = this.world.guilds.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
    this.dispatch('READY', {
      v: 10,
      user: this.world.botUser,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.resumeUrl,
      shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['fake-discord'],
    });
    for (const guild of guilds) this.dispatch('GUILD_CREATE', guildCreate(this.world, guild));
    this.world.changed();
  }
}

function guildCreate(world: DiscordWorld, guild: FakeGuild): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      { id: guild.id, name: '@everyone', permissions: memberPermissions(false), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [{ user: world.botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
    channels: [
      { id: guild.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: 0 },
    ],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
