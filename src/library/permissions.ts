import type { Logger } from 'pino';
import type { Config } from '../config.js';

/**
 * Whether a moderator of `guildId` may reload the operator's articles (the top level of the
 * data directory, shared by every server): moderators of ADMIN_GUILD_IDS servers (which
 * defaults to DISCORD_GUILD_ID), or of any server when neither is set. `null` is the local
 * console, which is the operator; a Discord caller always passes its server's id (never a DM's null).
 */
export function canReloadOperatorData(guildId: string | null, config: Pick<Config, 'adminGuildIds'>): boolean {
  if (guildId === null || config.adminGuildIds.length === 0) return true;
  return config.adminGuildIds.includes(guildId);
}

/** Logs, once at start, that every server's moderators may reload the shared articles. */
export function warnIfAnyServerMayReload(config: Pick<Config, 'adminGuildIds'>, logger: Logger): void {
  if (config.adminGuildIds.length > 0) return;
  logger.warn(
    'ADMIN_GUILD_IDS and DISCORD_GUILD_ID are not set: moderators of any server can /reload the operator articles',
  );
}
