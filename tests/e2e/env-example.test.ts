// An operator's first start: .env.example copied to .env with only the Discord values filled
// in. Every other variable is present but empty (or at its example value), as dotenv loads it.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { botEnvironment, copyDataDir, ensureBuilt, repoRoot, startBot, type BotProcess } from './helpers/bot-process.js';
import { messageText } from './helpers/messages.js';

const STARTUP_MS = 30_000;

function exampleEnvironment(): Record<string, string> {
  const entries = readFileSync(path.join(repoRoot, '.env.example'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1]!, match[2]!] as const);
  return Object.fromEntries(entries);
}

describe('Byline started from a filled-in copy of .env.example', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    ensureBuilt();
    fake = await FakeDiscord.start();
    dataDir = copyDataDir();
    const filledIn = botEnvironment(fake, dataDir);
    const env = { ...exampleEnvironment(), ...Object.fromEntries(
      ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'DATA_DIR', 'PATH', 'HOME'].map((key) => [key, filledIn[key]]),
    ), LOG_LEVEL: 'warn' };
    bot = startBot(env);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('connects and answers (an empty SHARD_COUNT= line means no sharding)', async () => {
    await fake.waitForShards(1, STARTUP_MS).catch((error: Error) => {
      throw new Error(`${error.message}\n--- bot output ---\n${bot?.output() ?? ''}`);
    });
    await fake.waitFor(() => fake.world.commandsOf(fake.guild.id).length > 0, STARTUP_MS, 'guild commands to be registered');
    const record = await fake.reply(fake.command(fake.actor(), 'help'));
    expect(messageText(record.original)).toContain('/summary');
  });
});

describe('Byline started without DISCORD_CLIENT_ID', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    ensureBuilt();
    fake = await FakeDiscord.start();
    dataDir = copyDataDir();
    const env = botEnvironment(fake, dataDir);
    delete env.DISCORD_CLIENT_ID;
    bot = startBot(env);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes the application id from READY, registers the commands and answers', async () => {
    await fake.waitForShards(1, STARTUP_MS).catch((error: Error) => {
      throw new Error(`${error.message}\n--- bot output ---\n${bot?.output() ?? ''}`);
    });
    await fake.waitFor(() => fake.world.commandsOf(fake.guild.id).length > 0, STARTUP_MS, 'guild commands to be registered');
    const record = await fake.reply(fake.command(fake.actor(), 'summary'));
    expect(messageText(record.original)).toContain('¶');
  });
});
