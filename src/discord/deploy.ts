// `npm run deploy`: registers Byline's commands — in DISCORD_GUILD_ID when set (instant),
// else globally — with one bulk overwrite.
import { REST } from 'discord.js';
import { commandDefinitions } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { deployCommands } from './sync.js';

async function deploy(): Promise<void> {
  const config = loadConfig();
  const { token, clientId, guildId, apiUrl } = config.discord ?? {};
  if (!token || !clientId) throw new ConfigError('DISCORD_TOKEN and DISCORD_CLIENT_ID are required to deploy commands.');
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  await deployCommands({ rest, applicationId: clientId, guildId: guildId ?? null, definitions: commandDefinitions });
  const where = guildId ? `in server ${guildId}` : 'globally (may take up to an hour to appear)';
  process.stdout.write(`Registered ${commandDefinitions.length} commands ${where}.\n`);
}

deploy().catch((error: unknown) => {
  process.stderr.write(`byline deploy: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
