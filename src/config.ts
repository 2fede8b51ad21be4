import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import dotenv from 'dotenv';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface DiscordConfig {
  token: string;
  /** Application id; when unset the bot takes it from Discord's READY (deploying needs it set). */
  clientId: string | null;
  guildId: string | null;
  /** REST base without the version (discord.js `rest.api`), e.g. a REST proxy. */
  apiUrl: string | null;
}

export interface Config {
  /** Null when no DISCORD_TOKEN is set: Byline then runs the local console. */
  discord: DiscordConfig | null;
  dataDir: string;
  logLevel: LogLevel;
  /** Servers whose moderators may reload the operator's articles; empty means any server. */
  adminGuildIds: string[];
  watchData: boolean;
  fetchAllowPrivate: boolean;
  shardCount: number | 'auto' | null;
}

/** A bad environment: the message names the variable and is shown as one line, without a stack. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SNOWFLAKE = /^\d{1,20}$/;

function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function snowflake(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = optional(env, name);
  if (value !== null && !SNOWFLAKE.test(value)) {
    throw new ConfigError(`${name} must be a Discord id (digits only), got "${value.slice(0, 40)}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = optional(env, name)?.toLowerCase();
  if (value === null || value === undefined) return false;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value.slice(0, 40)}"`);
}

function httpUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = optional(env, name);
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${value.slice(0, 80)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL, got "${value.slice(0, 80)}"`);
  }
  return value.replace(/\/+$/, '');
}

/** discord.js appends the API version itself: accept a base given with one (".../api/v10") too. */
function restBase(env: NodeJS.ProcessEnv): string | null {
  return httpUrl(env, 'DISCORD_API_URL')?.replace(/\/v\d+$/, '') ?? null;
}

function dataDirectory(env: NodeJS.ProcessEnv): string {
  const dir = resolve(optional(env, 'DATA_DIR') ?? './data');
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(`DATA_DIR must be a folder of articles; ${dir} is not one`);
  }
  return dir;
}

function shardCount(env: NodeJS.ProcessEnv): number | 'auto' | null {
  const value = optional(env, 'SHARD_COUNT');
  if (value === null) return null;
  if (value === 'auto') return 'auto';
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 10_000) {
    throw new ConfigError(`SHARD_COUNT must be a whole number from 1 or "auto", got "${value.slice(0, 40)}"`);
  }
  return count;
}

function discordConfig(env: NodeJS.ProcessEnv): DiscordConfig | null {
  const token = optional(env, 'DISCORD_TOKEN');
  if (token === null) return null;
  if (/\s/.test(token)) throw new ConfigError('DISCORD_TOKEN looks malformed (check for spaces or quotes)');
  return { token, clientId: snowflake(env, 'DISCORD_CLIENT_ID'), guildId: snowflake(env, 'DISCORD_GUILD_ID'), apiUrl: restBase(env) };
}

/** Reads `.env` (quietly) once and validates the environment; throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { readDotenv?: boolean } = {}): Config {
  if (options.readDotenv ?? env === process.env) dotenv.config({ quiet: true });

  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel.slice(0, 40)}"`);
  }
  const discord = discordConfig(env);
  const adminList = optional(env, 'ADMIN_GUILD_IDS');
  const adminGuildIds = adminList
    ? adminList.split(',').map((id) => id.trim()).filter(Boolean)
    : discord?.guildId ? [discord.guildId] : [];
  for (const id of adminGuildIds) {
    if (!SNOWFLAKE.test(id)) throw new ConfigError(`ADMIN_GUILD_IDS must be comma-separated Discord ids, got "${id.slice(0, 40)}"`);
  }

  return {
    discord,
    dataDir: dataDirectory(env),
    logLevel: logLevel as LogLevel,
    adminGuildIds,
    watchData: flag(env, 'WATCH_DATA'),
    fetchAllowPrivate: flag(env, 'FETCH_ALLOW_PRIVATE'),
    shardCount: shardCount(env),
  };
}
