// The Discord edge: a discord.js client with only the Guilds intent, the interaction router,
// and command sync at start. Signals are main.ts's business; stop() is ours.
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { commandDefinitions, commandMap, messageCommandMap } from '../../commands/index.js';
import type { Config } from '../config.js';
import { ArticleEditor } from '../library/editor.js';
import type { Library } from '../library/library.js';
import { warnIfAnyServerMayReload } from '../library/permissions.js';
import { createRouter } from './router.js';
import { syncCommands } from './sync.js';

export interface RunningBot {
  client: Client;
  /** Stops taking interactions, lets those in flight finish (briefly), then disconnects. */
  stop(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 2000;

export async function startBot({ config, logger, library }: { config: Config; logger: Logger; library: Library }): Promise<RunningBot> {
  const discord = config.discord;
  if (!discord) throw new Error('startBot needs DISCORD_TOKEN and DISCORD_CLIENT_ID.');

  // discord.js reads SHARD_COUNT from the environment too; outside a shard process ours is
  // either unset or empty (an empty value would make discord.js refuse to start).
  if (process.env.SHARDING_MANAGER !== 'true') delete process.env.SHARD_COUNT;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(discord.apiUrl ? { rest: { api: discord.apiUrl } } : {}),
  });
  // In a shard process (spawned by ShardingManager) discord.js sets client.shard from the environment.
  const shardIds = client.shard?.ids ?? null;
  const log = shardIds ? logger.child({ shard: shardIds }) : logger;
  warnIfAnyServerMayReload(config, log);

  const route = createRouter({
    commands: commandMap,
    messageCommands: messageCommandMap,
    library,
    articleEditor: new ArticleEditor({ library, allowPrivate: config.fetchAllowPrivate, logger: log }),
    logger: log,
    adminGuildIds: config.adminGuildIds,
  });
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!accepting) return;
    const handled = route(interaction).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  client.once(Events.ClientReady, (ready) => log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'ready'));
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));

  client.rest.setToken(discord.token);
  // One process registers commands: the only one, or shard 0. It runs beside the login, so a slow
  // or failing command route never delays answering the commands already registered.
  const applicationId = discord.clientId
    ? Promise.resolve(discord.clientId)
    : new Promise<string>((resolve) => client.once(Events.ClientReady, (ready) => resolve(ready.application.id)));
  const sync =
    !shardIds || shardIds.includes(0)
      ? applicationId
          .then((id) => syncCommands({ rest: client.rest, applicationId: id, guildId: discord.guildId, definitions: commandDefinitions }, log))
          .catch((error: unknown) => log.error({ err: error }, 'could not sync commands; serving the ones already registered'))
      : Promise.resolve();
  await client.login(discord.token);
  await sync;

  return {
    client,
    async stop() {
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, DRAIN_TIMEOUT_MS);
      });
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
      await client.destroy();
    },
  };
}
