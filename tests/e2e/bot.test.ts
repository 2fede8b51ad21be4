// Byline end to end: the built bot (`node dist/src/main.js`) with the real discord.js client,
// talking to the loopback Discord like it talks to Discord. Every payload it sends is checked
// against Discord's limits and for mention leaks after every test.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { fakeUser, messageObject } from '../support/fake-discord/interactions.js';
import type { InteractionRecord } from '../support/fake-discord/records.js';
import { botEnvironment, copyDataDir, ensureBuilt, startBot, type BotProcess } from './helpers/bot-process.js';
import { buttons, isEphemeral, median, messageText } from './helpers/messages.js';

const SEED_FILE = 'lavrov-pyongyang-visit.txt';
const COMMANDS = ['summary', 'who', 'quote', 'ask', 'reload', 'help'];
const STARTUP_MS = 30_000;
const MANAGE_GUILD = '32';
/** The router's catch-all reply when a handler throws. */
const BOT_FAILURE = /Something went wrong/i;
const COMMAND_ROUTES = /^(PUT|POST|PATCH|DELETE) \/applications\/:app\/(guilds\/:guild\/)?commands/;

describe('Byline against the loopback Discord', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  let bot: BotProcess | undefined;
  let checked = { violations: 0, interactions: 0 };
  /** The first paged /quote answer and its asker, clicked again after a reload and after a restart. */
  let pagedQuote: { record: InteractionRecord; asker: ReturnType<FakeDiscord['actor']>; nextId: string } | undefined;

  const member = () => fake.actor();
  const moderator = () => fake.actor({ moderator: true });
  const replyTo = async (record: InteractionRecord) => fake.reply(record).catch((error: Error) => {
    throw new Error(`${error.message}\n--- bot output ---\n${bot?.output() ?? ''}`);
  });

  async function startAndWaitForIdentify(): Promise<BotProcess> {
    const identified = fake.world.identifies.length;
    const started = startBot(botEnvironment(fake, dataDir));
    await fake.waitFor(() => fake.world.identifies.length > identified, STARTUP_MS, 'IDENTIFY').catch((error: Error) => {
      throw new Error(`${error.message}\n--- bot output ---\n${started.output()}`);
    });
    await fake.waitForShards(1, STARTUP_MS);
    return started;
  }

  beforeAll(async () => {
    ensureBuilt();
    fake = await FakeDiscord.start();
    // A second server, not the operator's (ADMIN_GUILD_IDS defaults to DISCORD_GUILD_ID, the first).
    fake.addGuild();
    dataDir = copyDataDir();
    bot = await startAndWaitForIdentify();
    const registered = () => fake.world.commandsOf(fake.guild.id).map((command) => command.name);
    await fake.waitFor(() => COMMANDS.every((name) => registered().includes(name)), STARTUP_MS, 'guild commands to be registered');
  });

  // Each test answers for what happened during it: violations, unknown routes, failed handlers.
  afterEach(() => {
    const violations = fake.world.violations.slice(checked.violations);
    const interactions = [...fake.world.interactions.values()].slice(checked.interactions);
    checked = { violations: fake.world.violations.length, interactions: fake.world.interactions.size };
    expect(violations, 'payloads Discord would refuse or that could ping').toEqual([]);
    expect(fake.world.unknownRoutes, 'routes the fake Discord does not know').toEqual([]);
    const failed = interactions.filter((record) =>
      [record.original, ...record.followups].some((message) => BOT_FAILURE.test(messageText(message))),
    );
    expect(failed.map((record) => record.payload.data), 'interactions the bot failed on (its catch-all error reply)').toEqual([]);
  });

  afterAll(async () => {
    await bot?.stop();
    const latencies = fake?.firstCallbackLatencies() ?? [];
    if (latencies.length) {
      console.log(
        `e2e first-callback latency over ${latencies.length} interactions: median ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
      );
      console.log(`e2e routes called by the bot: ${[...new Set(fake.world.routes.map((call) => call.route))].sort().join(', ')}`);
    }
    await fake?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs in with only the Guilds intent and registers the commands in the guild', () => {
    expect(fake.world.identifies[0]).toMatchObject({ shard: [0, 1], intents: 1, token: 'test-token' });
    const commands = fake.world.commandsOf(fake.guild.id);
    expect(commands.filter((command) => command.type === 1).map((command) => command.name)).toEqual(expect.arrayContaining(COMMANDS));
    expect(commands.find((command) => command.name === 'reload')?.default_member_permissions).toBe(MANAGE_GUILD);
    expect(commands.find((command) => command.type === 3)?.name).toBe('Ask Byline');
    expect(fake.world.commandsOf('global')).toEqual([]);
  });

  it('/summary quotes the article with paragraph citations, publicly', async () => {
    const record = await replyTo(fake.command(member(), 'summary'));
    const text = messageText(record.original);
    expect(text).toMatch(/¶\d+/);
    expect(text).toContain('Global Desk');
    expect(text).not.toContain('Photo: KCNA');
    expect(isEphemeral(record)).toBe(false);
  });

  it('/summary length:short is shorter than length:long', async () => {
    const short = await replyTo(fake.command(member(), 'summary', { length: 'short' }));
    const long = await replyTo(fake.command(member(), 'summary', { length: 'long' }));
    expect(messageText(short.original).match(/¶\d+/g)!.length).toBeLessThan(messageText(long.original).match(/¶\d+/g)!.length);
  });

  it('/who resolves a surname to the full name with the role the article gives', async () => {
    const record = await replyTo(fake.command(member(), 'who', { name: 'lavrov' }));
    const text = messageText(record.original);
    expect(text).toContain('Sergey Lavrov');
    expect(text).toContain('Foreign Minister');
    expect(text).toMatch(/¶\d+/);
  });

  it('/who for someone the article does not mention says so, with suggestions', async () => {
    const record = await replyTo(fake.command(member(), 'who', { name: 'Angela Merkel' }));
    expect(messageText(record.original)).toMatch(/not (mentioned|in the article)/i);
  });

  it('autocomplete for /who name suggests the people of the article by the typed prefix', async () => {
    const record = await replyTo(fake.autocomplete(member(), 'who', { name: 'la' }, 'name'));
    expect(record.callbacks[0]?.type).toBe(8);
    const choices = record.callbacks[0]!.data!.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.name).toContain('Lavrov');
    const chosen = await replyTo(fake.command(member(), 'who', { name: choices[0]!.value }));
    expect(messageText(chosen.original)).toContain('Sergey Lavrov');
  });

  it('autocomplete for /quote term suggests terms that occur in the article', async () => {
    const record = await replyTo(fake.autocomplete(member(), 'quote', { term: 'muni' }, 'term'));
    const choices = record.callbacks[0]!.data!.choices as Array<{ name: string }>;
    expect(choices.some((choice) => /^munition/i.test(choice.name))).toBe(true);
  });

  it('/quote bolds every occurrence and pages many matches with buttons only the asker can use', async () => {
    const asker = member();
    const record = await replyTo(fake.command(asker, 'quote', { term: 'Russia' }));
    const firstPage = messageText(record.original);
    expect(firstPage).toMatch(/\*\*Russia/);
    expect(firstPage).toMatch(/Page 1 of [2-9]/);
    const next = buttons(record.original).find((button) => button.label === '▶' || /next/i.test(button.label ?? ''));
    expect(next?.custom_id).toBeTruthy();

    const stranger = fake.actor({ username: 'stranger' });
    const refused = await replyTo(fake.clickButton(stranger, next!.custom_id!, record.original!));
    expect(isEphemeral(refused) || refused.followups.some((message) => (Number(message.flags) & 64) !== 0)).toBe(true);
    expect(messageText(refused.original)).not.toMatch(/Page 2 of/);

    const turned = await replyTo(fake.clickButton(asker, next!.custom_id!, record.original!));
    expect([6, 7]).toContain(turned.callbacks[0]?.type);
    expect(turned.original?.id).toBe(record.original?.id);
    expect(messageText(turned.original)).toMatch(/Page 2 of [2-9]/);
    expect(messageText(turned.original)).not.toEqual(firstPage);
    pagedQuote = { record, asker, nextId: next!.custom_id! };
  });

  it('answers several interactions dispatched at once, each with its own reply', async () => {
    const records = [
      fake.command(member(), 'who', { name: 'Kirby' }),
      fake.command(member(), 'quote', { term: 'munitions' }),
      fake.command(member(), 'ask', { question: 'Who met Lavrov at the airport?' }),
      fake.autocomplete(member(), 'who', { name: 'ch' }, 'name'),
      fake.command(member(), 'summary'),
    ];
    const replies = await Promise.all(records.map((record) => replyTo(record)));
    expect(messageText(replies[0]!.original)).toContain('John Kirby');
    expect(messageText(replies[1]!.original)).toMatch(/\*\*munitions\*\*/i);
    expect(messageText(replies[2]!.original)).toContain('Choe Son Hui');
    expect(replies[3]!.callbacks[0]?.type).toBe(8);
    expect(messageText(replies[4]!.original)).toMatch(/¶\d+/);
  });

  it('/quote matches inflections: "container" finds "containers"', async () => {
    const record = await replyTo(fake.command(member(), 'quote', { term: 'container' }));
    expect(messageText(record.original)).toMatch(/\*\*containers\*\*/i);
  });

  it('/ask answers with a cited sentence and a "Show full paragraph" button that shows it', async () => {
    const questions = ['What does North Korea want in exchange?', 'What could the North be seeking?', 'What did Peskov say about the allegations?'];
    let withButton: InteractionRecord | undefined;
    for (const question of questions) {
      const record = await replyTo(fake.command(member(), 'ask', { question }));
      expect(messageText(record.original)).toMatch(/¶\d+/);
      if (buttons(record.original).some((button) => /full paragraph/i.test(button.label ?? ''))) {
        withButton ??= record;
      }
    }
    expect(withButton, 'an /ask answer with a "Show full paragraph" button').toBeDefined();
    const button = buttons(withButton!.original).find((candidate) => /full paragraph/i.test(candidate.label ?? ''))!;
    const paragraphNumber = /¶(\d+)/.exec(button.label!)![1];
    const shown = await replyTo(fake.clickButton(member(), button.custom_id!, withButton!.original!));
    const all = [shown.original, ...shown.followups].map(messageText).join('\n');
    expect(all).toContain(`¶${paragraphNumber}`);
    const seed = readFileSync(path.join(dataDir, SEED_FILE), 'utf8');
    const paragraphs = seed.split(/\n\s*\n/).map((block) => block.trim());
    expect(paragraphs.some((paragraph) => paragraph.length > 80 && all.includes(paragraph.slice(0, 60)))).toBe(true);
  });

  it('/ask says plainly when the article does not answer', async () => {
    const record = await replyTo(fake.command(member(), 'ask', { question: 'What is the recipe for sourdough bread?' }));
    expect(messageText(record.original)).toMatch(/not (in|answered|mentioned)|does not (say|answer|mention)|no answer/i);
  });

  it('the "Ask Byline" message context menu answers the message text as a question', async () => {
    const author = fakeUser('reader');
    const target = messageObject(author, fake.guild.channelId, { content: 'How many containers did North Korea deliver?' });
    const record = await replyTo(fake.messageCommand(member(), 'Ask Byline', target));
    expect(messageText(record.original)).toMatch(/1,000 (\*\*)?containers/);
  });

  it('/help lists every command with an example, privately', async () => {
    const record = await replyTo(fake.command(member(), 'help'));
    const text = messageText(record.original);
    for (const name of ['summary', 'who', 'quote', 'ask']) expect(text).toContain(`/${name}`);
    expect(isEphemeral(record)).toBe(true);
  });

  it('private:true makes an answer ephemeral (flag 64)', async () => {
    for (const [name, options] of [
      ['summary', {}],
      ['who', { name: 'Kirby' }],
      ['quote', { term: 'munitions' }],
      ['ask', { question: 'Who met Lavrov at the airport?' }],
    ] as const) {
      const record = await replyTo(fake.command(member(), name, { ...options, private: true }));
      expect(isEphemeral(record), `/${name} private:true`).toBe(true);
    }
  });

  it('hostile input never pings, never breaks a limit, and gets a clear reply', async () => {
    const hostile = [
      '@everyone @here <@&123456789012345678> <@123456789012345678>',
      'x'.repeat(500),
      `${'**bold** _it_ ~~s~~ ||spoiler|| `code` > quote '.repeat(12)}`.slice(0, 500),
      '```\n@everyone\n```',
    ];
    for (const input of hostile) {
      for (const [name, option] of [
        ['who', 'name'],
        ['quote', 'term'],
        ['ask', 'question'],
      ] as const) {
        const record = await replyTo(fake.command(member(), name, { [option]: input }));
        expect(messageText(record.original).length, `/${name} ${option}:${input.slice(0, 20)}`).toBeGreaterThan(0);
      }
    }
  });

  it('/reload is refused for a member, ephemerally, and changes nothing', async () => {
    const record = await replyTo(fake.command(member(), 'reload'));
    expect(isEphemeral(record)).toBe(true);
    expect(messageText(record.original)).not.toMatch(/Reloaded/);
    expect(messageText(record.original)).toMatch(/moderator|Manage Server|permission/i);
  });

  it("/reload is refused for a moderator of a server that is not the operator's", async () => {
    const elsewhere = fake.actor({ guild: fake.world.guilds[1]!, moderator: true });
    const record = await replyTo(fake.command(elsewhere, 'reload'));
    expect(isEphemeral(record)).toBe(true);
    expect(messageText(record.original)).not.toMatch(/Reloaded/);
  });

  it('/reload by a moderator names the changed article and the new paragraph count', async () => {
    appendFileSync(path.join(dataDir, SEED_FILE), '\n\nEditors appended this paragraph so that the reload has something to report.\n');
    const record = await replyTo(fake.command(moderator(), 'reload'));
    expect(record.callbacks[0]?.type, 'a reload defers first, then edits').toBe(5);
    const text = messageText(record.original);
    expect(text).toMatch(/Reloaded/);
    expect(text).toMatch(/top diplomat arrives in Pyongyang|russia-?s-top-diplomat/i);
    expect(text).toMatch(/Paragraphs (\d+) → (\d+)/);
    const [, before, after] = /Paragraphs (\d+) → (\d+)/.exec(text)!;
    expect(Number(after)).toBe(Number(before) + 1);
    const quoted = await replyTo(fake.command(member(), 'quote', { term: 'appended' }));
    expect(messageText(quoted.original)).toMatch(/\*\*appended\*\*/);
  });

  it('/reload with bad files names each file and keeps serving the article', async () => {
    writeFileSync(path.join(dataDir, 'broken-front-matter.md'), '---\ntitle: [unclosed\n---\nBody text.\n');
    writeFileSync(path.join(dataDir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254]));
    const record = await replyTo(fake.command(moderator(), 'reload'));
    const text = messageText(record.original);
    expect(text).toContain('broken-front-matter.md');
    expect(text).toContain('binary.txt');
    const summary = await replyTo(fake.command(member(), 'summary'));
    expect(messageText(summary.original)).toMatch(/¶\d+/);
  });

  it('a page button from before the reloads still turns the page', async () => {
    expect(pagedQuote, 'the paged /quote test ran').toBeDefined();
    const { record, asker, nextId } = pagedQuote!;
    const turned = await replyTo(fake.clickButton(asker, nextId, record.original!));
    expect(messageText(turned.original)).toMatch(/Page 2 of [2-9]/);
  });

  it('a command naming an article that a reload removed gets a clear reply, not a failure', async () => {
    const file = path.join(dataDir, 'second-article.md');
    writeFileSync(
      file,
      '---\ntitle: Harbour reopens after storm repairs\npublisher: Test Wire\n---\n\nThe harbour reopened on Monday after two weeks of repairs, the port authority said.\n\nFishing boats returned to the quay within hours.\n',
    );
    await replyTo(fake.command(moderator(), 'reload'));
    const suggestions = await replyTo(fake.autocomplete(member(), 'summary', { article: 'harbour' }, 'article'));
    const choice = (suggestions.callbacks[0]!.data!.choices as Array<{ name: string; value: string }>)[0];
    expect(choice?.name).toMatch(/Harbour reopens/);
    rmSync(file);
    await replyTo(fake.command(moderator(), 'reload'));
    const record = await replyTo(fake.command(member(), 'summary', { article: choice!.value }));
    const text = messageText(record.original);
    expect(text).not.toMatch(/Something went wrong/i);
    expect(text).not.toMatch(/fishing boats/i);
    expect(isEphemeral(record)).toBe(true);
  });

  it('keeps answering after Discord drops the gateway connection (resume)', async () => {
    const identifies = fake.world.identifies.length;
    fake.disconnectAll();
    await fake.waitFor(() => fake.world.resumes > 0 || fake.world.identifies.length > identifies, STARTUP_MS, 'a RESUME or a new IDENTIFY');
    await fake.waitForShards(1, STARTUP_MS);
    expect({ resumes: fake.world.resumes, identifies: fake.world.identifies.length }).toEqual({ resumes: 1, identifies });
    const record = await replyTo(fake.command(member(), 'who', { name: 'Peskov' }));
    expect(messageText(record.original)).toContain('Dmitry Peskov');
  });

  it('answers every interaction within 3 s of dispatch', () => {
    const latencies = fake.firstCallbackLatencies();
    expect(latencies.length).toBeGreaterThan(20);
    expect(Math.max(...latencies)).toBeLessThan(3000);
  });

  it('stops on SIGTERM: closes the gateway and exits 0 on its own', async () => {
    const exit = await bot!.stop();
    expect(exit).toEqual({ code: 0, signal: null, graceful: true });
    expect(fake.world.gatewayCloses.at(-1)).toBe(1000);
  });

  it('a second start against the same Discord does not re-register unchanged commands', async () => {
    const routesBefore = fake.world.routes.length;
    bot = await startAndWaitForIdentify();
    const getCommands = 'GET /applications/:app/guilds/:guild/commands';
    await fake.waitFor(() => fake.world.routes.slice(routesBefore).some((call) => call.route === getCommands), STARTUP_MS, 'the command comparison');
    // The round trip of a command after the comparison leaves room for a write that should not come.
    const help = await replyTo(fake.command(member(), 'help'));
    expect(messageText(help.original)).toContain('/summary');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const writes = fake.world.routes.slice(routesBefore).filter((call) => COMMAND_ROUTES.test(call.route));
    expect(writes.map((call) => call.route)).toEqual([]);
  });

  it('after the restart, a page button from the first run still works', async () => {
    const { record, asker, nextId } = pagedQuote!;
    const turned = await replyTo(fake.clickButton(asker, nextId, record.original!));
    expect(messageText(turned.original)).toMatch(/Page 2 of [2-9]/);
  });
});
