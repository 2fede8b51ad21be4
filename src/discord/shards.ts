// Sharding for large deployments: a ShardingManager spawns one process per shard, each
// running dist/src/main.js. Those processes see SHARDING_MANAGER=true (and SHARDS,
// SHARD_COUNT, DISCORD_TOKEN) in their environment, and main.ts must then start the bot
// directly (`process.env.SHARDING_MANAGER === 'true'`), never another manager; discord.js
// then fills `client.shard` (a ShardClientUtil) and IDENTIFYs with `shard: [id, count]`.
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.js';

export interface RunningShards {
  manager: ShardingManager;
  stop(): Promise<void>;
}

const MAIN_SCRIPT = fileURLToPath(new URL('../main.js', import.meta.url));

/**
 * Discord's recommended shard count, asked through the configured REST base: discord.js's
 * own `totalShards: 'auto'` always calls discord.com and would bypass DISCORD_API_URL.
 */
async function recommendedShards(token: string, apiUrl: string | null): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  return typeof gateway.shards === 'number' && gateway.shards > 0 ? gateway.shards : 1;
}

export async function startShardManager({ config, logger }: { config: Config; logger: Logger }): Promise<RunningShards> {
  const discord = config.discord;
  if (!discord) throw new Error('Sharding needs DISCORD_TOKEN and DISCORD_CLIENT_ID.');
  if (config.shardCount === null) throw new Error('startShardManager needs SHARD_COUNT.');
  const totalShards = config.shardCount === 'auto' ? await recommendedShards(discord.token, discord.apiUrl) : config.shardCount;

  // The token reaches each shard through its environment (DISCORD_TOKEN), never its arguments.
  const manager = new ShardingManager(MAIN_SCRIPT, { token: discord.token, totalShards, respawn: true, mode: 'process' });
  const log = logger.child({ manager: true });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, totalShards }, 'shard started');
    shard.on('death', () => log.warn({ shard: shard.id }, 'shard process exited'));
  });
  await manager.spawn({ amount: totalShards, timeout: 60_000 });

  return {
    manager,
    async stop() {
      for (const shard of manager.shards.values()) shard.kill();
    },
  };
}
