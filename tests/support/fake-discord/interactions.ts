// Builders for INTERACTION_CREATE payloads shaped like Discord's (API v10), with the fields
// discord.js 14 requires (entitlements, authorizing_integration_owners).
import { snowflake } from './snowflake.js';

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

/** Who interacts, where. */
export interface Actor {
  user: FakeUser;
  guildId: string;
  channelId: string;
  /** Has Manage Server (0x20). */
  moderator?: boolean;
  locale?: string;
}

export interface CommandRef {
  id: string;
  name: string;
}

/** An attachment as Discord resolves it (`data.resolved.attachments`). */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

export type OptionInput = string | number | boolean | FakeAttachment;
type Json = Record<string, unknown>;

const VIEW_CHANNEL = 1n << 10n;
const SEND_MESSAGES = 1n << 11n;
const EMBED_LINKS = 1n << 14n;
const READ_MESSAGE_HISTORY = 1n << 16n;
const USE_APPLICATION_COMMANDS = 1n << 31n;
const MANAGE_GUILD = 0x20n;
const MANAGE_MESSAGES = 1n << 13n;
const MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS;
/** What the bot itself may do in the channel. */
const APP_PERMISSIONS = (MEMBER_PERMISSIONS | (1n << 15n)).toString();

export function fakeUser(username: string, bot = false): FakeUser {
  return { id: snowflake(), username, global_name: bot ? null : username, discriminator: '0', avatar: null, ...(bot ? { bot } : {}) };
}

export function memberPermissions(moderator: boolean): string {
  return (moderator ? MEMBER_PERMISSIONS | MANAGE_GUILD | MANAGE_MESSAGES : MEMBER_PERMISSIONS).toString();
}

function channelOf(actor: Actor): Json {
  return { id: actor.channelId, type: 0, guild_id: actor.guildId, name: 'general', permissions: memberPermissions(actor.moderator ?? false), flags: 0 };
}

function base(applicationId: string, actor: Actor, type: number, data: Json): Json {
  return {
    id: snowflake(),
    application_id: applicationId,
    type,
    data,
    guild_id: actor.guildId,
    guild: { id: actor.guildId, locale: 'en-US', features: [] },
    channel_id: actor.channelId,
    channel: channelOf(actor),
    member: {
      user: actor.user,
      roles: [],
      permissions: memberPermissions(actor.moderator ?? false),
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    },
    token: `itoken-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    app_permissions: APP_PERMISSIONS,
    locale: actor.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': actor.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

function optionType(value: OptionInput): number {
  if (typeof value === 'object') return 11;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function commandOptions(options: Record<string, OptionInput>, focused?: string): Json[] {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: optionType(value),
    value: typeof value === 'object' ? value.id : value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

function resolvedAttachments(options: Record<string, OptionInput>): Json {
  const attachments = Object.values(options).filter((value): value is FakeAttachment => typeof value === 'object');
  return attachments.length ? { resolved: { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } } : {};
}

/** A slash command invocation (type 2, data.type 1), optionally of a subcommand (option type 1). */
export function chatInputInteraction(
  applicationId: string,
  actor: Actor,
  command: CommandRef,
  options: Record<string, OptionInput> = {},
  subcommand?: string,
): Json {
  const leaves = commandOptions(options);
  return base(applicationId, actor, 2, {
    id: command.id,
    name: command.name,
    type: 1,
    guild_id: actor.guildId,
    options: subcommand ? [{ name: subcommand, type: 1, options: leaves }] : leaves,
    ...resolvedAttachments(options),
  });
}

/** Autocomplete while typing `focused` (type 4); `options` holds what is typed so far. */
export function autocompleteInteraction(
  applicationId: string,
  actor: Actor,
  command: CommandRef,
  options: Record<string, OptionInput>,
  focused: string,
  subcommand?: string,
): Json {
  const leaves = commandOptions(options, focused);
  return base(applicationId, actor, 4, {
    id: command.id,
    name: command.name,
    type: 1,
    guild_id: actor.guildId,
    options: subcommand ? [{ name: subcommand, type: 1, options: leaves }] : leaves,
  });
}

/** A click on a button (type 3, component_type 2) of `message`. */
export function buttonInteraction(applicationId: string, actor: Actor, customId: string, message: Json): Json {
  return { ...base(applicationId, actor, 3, { custom_id: customId, component_type: 2 }), message };
}

/** "Apps → <command>" on a message (type 2, data.type 3, resolved.messages). */
export function messageContextMenuInteraction(applicationId: string, actor: Actor, command: CommandRef, target: Json): Json {
  return base(applicationId, actor, 2, {
    id: command.id,
    name: command.name,
    type: 3,
    guild_id: actor.guildId,
    target_id: target.id,
    resolved: { messages: { [String(target.id)]: target } },
  });
}

/** A message as Discord delivers it inside interactions: posted by `author` in the actor's channel. */
export function messageObject(author: FakeUser, channelId: string, fields: Json = {}): Json {
  return {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    author,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...fields,
  };
}
