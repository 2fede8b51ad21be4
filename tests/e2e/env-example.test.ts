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

/** A fake Discord and the bot started against it with the environment `environment` makes; stopped after the suite. */
function botAgainstFake(environment: (fake: FakeDiscord, dataDir: string) => NodeJS.ProcessEnv) {
  const started = { fake: undefined as FakeDiscord | undefined, bot: undefined as BotProcess | undefined, dataDir: '' };

  beforeAll(async () => {
    ensureBuilt();
    started.fake = await FakeDiscord.start();
    started.dataDir = copyDataDir();
    started.bot = startBot(environment(started.fake, started.dataDir));
  });

  afterAll(async () => {
    await started.bot?.stop();
    await started.fake?.stop();
    if (started.dataDir) rmSync(started.dataDir, { recursive: true, force: true });
  });

  /** Waits for the bot to connect and register its commands, then sends one command and returns the reply text. */
  return async (command: string): Promise<string> => {
    const fake = started.fake!;
    await fake.waitForShards(1, STARTUP_MS).catch((error: Error) => {
      throw new Error(`${error.message}\n--- bot output ---\n${started.bot?.output() ?? ''}`);
    });
    await fake.waitFor(() => fake.world.commandsOf(fake.guild.id).length > 0, STARTUP_MS, 'guild commands to be registered');
    const record = await fake.reply(fake.command(fake.actor(), command));
    return messageText(record.original);
  };
}

describe('Byline started from a filled-in copy of .env.example', () => {
  const ask = botAgainstFake((fake, dataDir) => {
    const filledIn = botEnvironment(fake, dataDir);
    const filledKeys = ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'DATA_DIR', 'PATH', 'HOME'];
    return { ...exampleEnvironment(), ...Object.fromEntries(filledKeys.map((key) => [key, filledIn[key]])), LOG_LEVEL: 'warn' };
  });

  it('connects and answers (an empty SHARD_COUNT= line means no sharding)', async () => {
    expect(await ask('help')).toContain('/summary');
  });
});

describe('Byline started without DISCORD_CLIENT_ID', () => {
  const ask = botAgainstFake((fake, dataDir) => {
    const env = botEnvironment(fake, dataDir);
    delete env.DISCORD_CLIENT_ID;
    return env;
  });

  it('takes the application id from READY, registers the commands and answers', async () => {
    expect(await ask('summary')).toContain('¶');
  });
});
