// The loopback Discord itself, checked with the real, unmodified discord.js client: if these
// pass, a failure in the bot's e2e suite is the bot's, not the fake's.
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { messageObject } from '../support/fake-discord/interactions.js';

const NO_MENTIONS = { parse: [] };

describe('loopback Discord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const handlers: Array<(interaction: Interaction) => Promise<void>> = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    client.on(Events.InteractionCreate, (interaction) => void handlers.shift()?.(interaction));
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login('test-token');
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  it('logs in with GET /gateway/bot, identifies with the Guilds intent, and learns the application from READY', () => {
    expect(fake.world.routes.map((call) => call.route)).toContain('GET /gateway/bot');
    expect(fake.world.identifies).toEqual([{ shard: [0, 1], intents: GatewayIntentBits.Guilds, token: 'test-token', compress: false }]);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.has(fake.guild.id)).toBe(true);
  });

  it('stores guild commands with bulk overwrite and returns them with ids', async () => {
    const definitions = [
      { name: 'ping', description: 'Replies with pong', options: [{ type: 3, name: 'text', description: 'What to echo', autocomplete: true }] },
      { name: 'Ask Byline', type: 3 },
    ];
    await client.application!.commands.set(definitions, fake.guild.id);
    const stored = fake.world.commandsOf(fake.guild.id);
    expect(stored.map((command) => [command.name, command.type, command.guild_id])).toEqual([
      ['ping', 1, fake.guild.id],
      ['Ask Byline', 3, fake.guild.id],
    ]);
    const fetched = await client.application!.commands.fetch({ guildId: fake.guild.id });
    expect(fetched.size).toBe(2);
  });

  it('delivers a slash command and records the reply, its latency and no violation', async () => {
    handlers.push(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: `pong ${interaction.options.getString('text')}`, allowedMentions: NO_MENTIONS });
    });
    const record = await fake.reply(fake.command(fake.actor(), 'ping', { text: '@everyone' }));
    expect(record.callbacks.map((callback) => callback.type)).toEqual([4]);
    expect(record.original?.content).toBe('pong @everyone');
    expect(record.firstCallbackMs).toBeLessThan(3000);
    expect(fake.world.violations).toEqual([]);
  });

  it('follows a deferred ephemeral reply through the edit of @original', async () => {
    handlers.push(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ embeds: [{ description: 'done' }], allowedMentions: NO_MENTIONS });
    });
    const record = await fake.reply(fake.command(fake.actor({ moderator: true }), 'ping'));
    expect(record.callbacks.map((callback) => callback.type)).toEqual([5]);
    expect(record.original?.flags).toBe(64);
    expect((record.original?.embeds as Array<{ description: string }>)[0]?.description).toBe('done');
    const routes = fake.world.routes.map((call) => call.route);
    expect(routes).toContain('PATCH /webhooks/:app/:token/messages/:message');
  });

  it('answers autocomplete with choices, and records a choice list over the limits', async () => {
    handlers.push(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond(Array.from({ length: 26 }, (_, i) => ({ name: `${typed} ${i}`, value: `v${i}` })));
    });
    const record = await fake.reply(fake.autocomplete(fake.actor(), 'ping', { text: 'ab' }, 'text'));
    expect(record.callbacks[0]?.type).toBe(8);
    expect((record.callbacks[0]?.data?.choices as unknown[]).length).toBe(26);
    expect(fake.world.violations.at(-1)?.problems).toEqual(['26 choices (max 25)']);
    fake.world.violations.length = 0;
  });

  it('updates the clicked message for a button, and reads the target of a message context menu', async () => {
    const clicked = messageObject(fake.world.botUser, fake.guild.channelId, {
      content: 'page 1',
      components: [{ type: 1, components: [{ type: 2, style: 1, label: '▶', custom_id: 'next:1' }] }],
    });
    handlers.push(async (interaction) => {
      if (!interaction.isButton()) return;
      await interaction.update({ content: `after ${interaction.customId}`, allowedMentions: NO_MENTIONS });
    });
    const button = await fake.reply(fake.clickButton(fake.actor(), 'next:1', clicked));
    expect(button.callbacks[0]?.type).toBe(7);
    expect(button.original?.id).toBe(clicked.id);
    expect(button.original?.content).toBe('after next:1');

    const target = messageObject(fake.actor().user, fake.guild.channelId, { content: 'Who went to Pyongyang?' });
    handlers.push(async (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) return;
      await interaction.reply({ content: `asked: ${interaction.targetMessage.content}`, allowedMentions: NO_MENTIONS });
    });
    const menu = await fake.reply(fake.messageCommand(fake.actor(), 'Ask Byline', target));
    expect(menu.original?.content).toBe('asked: Who went to Pyongyang?');
    expect(fake.world.violations).toEqual([]);
  });

  it('records over-limit payloads, missing allowed_mentions and a second acknowledgement', async () => {
    handlers.push(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: 'x'.repeat(2001) });
    });
    const record = await fake.reply(fake.command(fake.actor(), 'ping'));
    const again = await fetch(`${fake.apiUrl}/v10/interactions/${record.id}/${record.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'again', allowed_mentions: NO_MENTIONS } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ message: 'Interaction has already been acknowledged.', code: 40060 });
    const problems = fake.world.violations.flatMap((violation) => violation.problems);
    expect(problems).toContain('content has 2001 characters (max 2000)');
    expect(problems.some((problem) => problem.startsWith('allowed_mentions is missing'))).toBe(true);
    expect(problems).toContain('interaction acknowledged twice');
    expect(record.callbacks).toHaveLength(1);
    fake.world.violations.length = 0;
  });

  it('answers unknown routes with a Discord-shaped 404 and records them', async () => {
    const response = await fetch(`${fake.apiUrl}/v10/channels/1/messages`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.world.unknownRoutes.map((call) => call.route)).toEqual(['POST /api/v10/channels/1/messages']);
  });
});
