// What an operator sees in the logs at the most verbose level: one JSON line per interaction
// (not a TTY, so no pretty printing), and never the token.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { botEnvironment, copyDataDir, ensureBuilt, startBot, type BotProcess } from './helpers/bot-process.js';

const STARTUP_MS = 30_000;
const TOKEN = 'e2e-secret-token-4f9a7c';

describe('Byline logs at LOG_LEVEL=trace', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  let bot: BotProcess | undefined;
  let output = '';

  beforeAll(async () => {
    ensureBuilt();
    fake = await FakeDiscord.start();
    dataDir = copyDataDir();
    bot = startBot(botEnvironment(fake, dataDir, { DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'trace' }));
    await fake.waitForShards(1, STARTUP_MS).catch((error: Error) => {
      throw new Error(`${error.message}\n--- bot output ---\n${bot?.output() ?? ''}`);
    });
    await fake.waitFor(() => fake.world.findCommand(fake.guild.id, 'help'), STARTUP_MS, 'commands to be registered');
    await fake.reply(fake.command(fake.actor(), 'help'));
    await fake.reply(fake.command(fake.actor(), 'who', { name: 'Kirby' }));
    await bot.stop();
    output = bot.output();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('used the token to log in', () => {
    expect(fake.world.identifies.map((identify) => identify.token)).toEqual([TOKEN]);
  });

  it('never writes the token', () => {
    expect(output).not.toContain(TOKEN);
  });

  it('writes one JSON line per interaction with command, user, guild, latency and outcome', () => {
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const interactions = lines.filter((line) => 'latencyMs' in line);
    expect(interactions.map((line) => line.command)).toEqual(['help', 'who']);
    for (const line of interactions) {
      expect(line).toMatchObject({ guildId: fake.guild.id, outcome: expect.any(String) });
      expect(typeof line.userId).toBe('string');
      expect(typeof line.latencyMs).toBe('number');
    }
  });
});
