// Registering commands with Discord. Discord allows 200 command creations a day per server,
// so startup compares what is registered with ours and overwrites only when they differ.
import { Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Logger } from 'pino';

/** The two REST calls sync needs; @discordjs/rest's `REST` has them. */
export interface CommandRest {
  get(route: `/${string}`): Promise<unknown>;
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface SyncTarget {
  rest: CommandRest;
  applicationId: string;
  /** Guild commands (instant, for development) when set; global commands otherwise. */
  guildId: string | null;
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[];
}

type Json = Record<string, unknown>;

export function commandsRoute(applicationId: string, guildId: string | null): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
}

function normaliseOption(raw: Json): Json {
  const options = Array.isArray(raw.options) ? (raw.options as Json[]).map(normaliseOption) : [];
  const choices = Array.isArray(raw.choices) ? (raw.choices as Json[]).map(({ name, value }) => ({ name, value })) : [];
  const channelTypes = Array.isArray(raw.channel_types) ? [...(raw.channel_types as number[])].sort() : [];
  return {
    type: raw.type,
    name: raw.name,
    description: raw.description ?? '',
    required: raw.required ?? false,
    autocomplete: raw.autocomplete ?? false,
    choices,
    options,
    channel_types: channelTypes,
    min_length: raw.min_length ?? null,
    max_length: raw.max_length ?? null,
    min_value: raw.min_value ?? null,
    max_value: raw.max_value ?? null,
  };
}

/**
 * A command as a comparable value: the fields we set, with Discord's defaults filled in, and
 * without what the server adds (id, application_id, version, guild_id, localizations we never set).
 */
export function normaliseCommand(raw: Json): Json {
  return {
    type: raw.type ?? 1,
    name: raw.name,
    description: raw.description ?? '',
    default_member_permissions: raw.default_member_permissions ?? null,
    nsfw: raw.nsfw ?? false,
    options: Array.isArray(raw.options) ? (raw.options as Json[]).map(normaliseOption) : [],
  };
}

function canonical(commands: readonly unknown[]): string {
  const normalised = commands.map((command) => normaliseCommand(command as Json));
  normalised.sort((a, b) => `${a.type}:${a.name}`.localeCompare(`${b.type}:${b.name}`));
  return JSON.stringify(normalised);
}

/** True when the registered commands already match ours (ignoring server-added fields and defaults). */
export function sameCommands(registered: readonly unknown[], ours: readonly RESTPostAPIApplicationCommandsJSONBody[]): boolean {
  return canonical(registered) === canonical(ours);
}

/** Overwrites the registered commands with ours in one PUT. */
export async function deployCommands(target: SyncTarget): Promise<void> {
  await target.rest.put(commandsRoute(target.applicationId, target.guildId), { body: target.definitions });
}

/** Compares (GET) and overwrites (PUT) only when different; returns what it did. */
export async function syncCommands(target: SyncTarget, logger?: Logger): Promise<'unchanged' | 'updated'> {
  const registered = await target.rest.get(commandsRoute(target.applicationId, target.guildId));
  const scope = target.guildId ? { guildId: target.guildId } : { scope: 'global' };
  if (Array.isArray(registered) && sameCommands(registered, target.definitions)) {
    logger?.info({ ...scope, commands: target.definitions.length }, 'commands already registered');
    return 'unchanged';
  }
  await deployCommands(target);
  logger?.info({ ...scope, commands: target.definitions.length }, 'commands registered');
  return 'updated';
}
