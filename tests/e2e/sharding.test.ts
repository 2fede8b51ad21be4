// Byline sharded: SHARD_COUNT=2 makes the bot's ShardingManager spawn two shard processes,
// each identifying with its own [id, count], and Discord routes a guild to shard (id >> 22) % 2.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { guildIdOnShard, shardOf } from '../support/fake-discord/snowflake.js';
import { botEnvironment, copyDataDir, ensureBuilt, startBot, type BotProcess } from './helpers/bot-process.js';
import { messageText } from './helpers/messages.js';

// The ShardingManager spawns shards 5.5 s apart by default.
const STARTUP_MS = 45_000;

describe('Byline with SHARD_COUNT=2', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  let bot: BotProcess | undefined;
  const withBotOutput = (error: Error): never => {
    throw new Error(`${error.message}\n--- bot output ---\n${bot?.output() ?? ''}`);
  };

  beforeAll(async () => {
    ensureBuilt();
    // The first guild (DISCORD_GUILD_ID, where commands are registered) lives on shard 1.
    fake = await FakeDiscord.start({ guildIds: [guildIdOnShard(1, 2), guildIdOnShard(0, 2)] });
    dataDir = copyDataDir();
    bot = startBot(botEnvironment(fake, dataDir, { SHARD_COUNT: '2' }));
    await fake.waitForShards(2, STARTUP_MS).catch(withBotOutput);
    await fake.waitFor(() => fake.world.commandsOf(fake.guild.id).length > 0, STARTUP_MS, 'guild commands to be registered');
  }, STARTUP_MS + 15_000);

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('identifies once per shard, with shard [0,2] and [1,2]', () => {
    const shards = fake.world.identifies.map((identify) => identify.shard.join(',')).sort();
    expect(shards).toEqual(['0,2', '1,2']);
  });

  it('registers the commands once, not once per shard', () => {
    const writes = fake.world.routes.filter((call) => /^(PUT|POST) \/applications\/:app\/(guilds\/:guild\/)?commands$/.test(call.route));
    expect(writes.length).toBeLessThanOrEqual(1);
  });

  it('answers an interaction for a guild on shard 1 through shard 1', async () => {
    expect(shardOf(fake.guild.id, 2)).toBe(1);
    const record = await fake.reply(fake.command(fake.actor(), 'help')).catch(withBotOutput);
    expect(messageText(record.original)).toContain('/summary');
    expect(record.firstCallbackMs).toBeLessThan(3000);
  });

  it('answers an interaction for a guild on shard 0 through shard 0', async () => {
    const other = fake.world.guilds[1]!;
    expect(shardOf(other.id, 2)).toBe(0);
    const record = await fake.reply(fake.command(fake.actor({ guild: other }), 'summary')).catch(withBotOutput);
    expect(messageText(record.original)).toMatch(/¶\d+/);
  });

  it('sends nothing Discord would refuse', () => {
    expect(fake.world.violations).toEqual([]);
    expect(fake.world.unknownRoutes).toEqual([]);
  });
});
