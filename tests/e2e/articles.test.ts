// Moderators adding and removing their server's articles through Discord, end to end: a page
// fetched from a URL and an uploaded file (both served by the fake on loopback, hence
// FETCH_ALLOW_PRIVATE=true), the Confirm step, per-server isolation, and refusals.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import type { Actor } from '../support/fake-discord/interactions.js';
import type { InteractionRecord } from '../support/fake-discord/records.js';
import { botEnvironment, copyDataDir, ensureBuilt, startBot, type BotProcess } from './helpers/bot-process.js';
import { buttons, isEphemeral, messageText } from './helpers/messages.js';

const STARTUP_MS = 30_000;

// Written for this test: an invented article, not taken from anywhere.
const PAGE = `<!doctype html><html><head><title>Harbour reopens after storm repairs | Test Wire</title>
<meta property="og:site_name" content="Test Wire"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour reopens after storm repairs</h1><p class="byline">By Ada Quill</p>
<p>The harbour at Port Merrow reopened on Monday after two weeks of repairs to its storm-damaged quay, the port authority said.</p>
<p>Fishing boats returned within hours, and the first ferry is due on Wednesday, according to harbour master Tomas Reyes.</p>
<p>Repairs cost more than the council had budgeted, Reyes said, but the breakwater held through the last two storms.</p>
</article><footer>© Test Wire</footer></body></html>`;

const UPLOAD = `---
title: Library extends opening hours for exams
publisher: Campus Post
---

The university library will stay open until midnight during the exam period, the dean of students announced on Tuesday.

"Students asked for quiet space late in the evening," said librarian Mira Osei.
`;

describe('moderators adding and removing articles from Discord', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  let bot: BotProcess | undefined;
  let checked = 0;
  let newsroom: { moderator: Actor; member: Actor };
  let elsewhere: { moderator: Actor };

  const replyTo = (record: InteractionRecord) =>
    fake.reply(record, 15_000).catch((error: Error) => {
      throw new Error(`${error.message}\n--- bot output ---\n${bot?.output() ?? ''}`);
    });

  async function confirm(actor: Actor, proposal: InteractionRecord): Promise<InteractionRecord> {
    const labels = buttons(proposal.original).map((button) => button.label);
    expect(labels[0], 'Confirm comes first').toBe('Confirm');
    expect(labels).toContain('Cancel');
    return replyTo(fake.clickButton(actor, buttons(proposal.original)[0]!.custom_id!, proposal.original!));
  }

  const listed = async (actor: Actor) => messageText((await replyTo(fake.command(actor, 'articles'))).original);

  beforeAll(async () => {
    ensureBuilt();
    fake = await FakeDiscord.start();
    const otherGuild = fake.addGuild();
    newsroom = { moderator: fake.actor({ moderator: true }), member: fake.actor() };
    elsewhere = { moderator: fake.actor({ guild: otherGuild, moderator: true }) };
    dataDir = copyDataDir();
    bot = startBot(botEnvironment(fake, dataDir, { FETCH_ALLOW_PRIVATE: 'true' }));
    await fake.waitForShards(1, STARTUP_MS).catch((error: Error) => {
      throw new Error(`${error.message}\n--- bot output ---\n${bot?.output() ?? ''}`);
    });
    await fake.waitFor(() => fake.world.findCommand(fake.guild.id, 'article'), STARTUP_MS, 'the /article command');
  });

  afterEach(() => {
    const violations = fake.world.violations.slice(checked);
    checked = fake.world.violations.length;
    expect(violations, 'payloads Discord would refuse or that could ping').toEqual([]);
    expect(fake.world.unknownRoutes).toEqual([]);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a member who is not a moderator, privately', async () => {
    const url = fake.serveFile('harbour.html', PAGE, 'text/html; charset=utf-8');
    const record = await replyTo(fake.command(newsroom.member, 'article', { url }, 'add'));
    expect(isEphemeral(record)).toBe(true);
    expect(messageText(record.original)).toMatch(/moderator/i);
  });

  it('adds a page from a URL after a preview and Confirm, for this server only', async () => {
    const url = fake.serveFile('harbour.html', PAGE, 'text/html; charset=utf-8');
    const proposal = await replyTo(fake.command(newsroom.moderator, 'article', { url }, 'add'));
    expect(messageText(proposal.original)).toContain('Harbour reopens after storm repairs');
    expect(messageText(proposal.original)).toMatch(/port authority/);
    const confirmed = await confirm(newsroom.moderator, proposal);
    expect(messageText(confirmed.original)).toMatch(/Harbour reopens/);
    expect(buttons(confirmed.original)).toEqual([]);

    expect(readdirSync(path.join(dataDir, 'guilds', fake.guild.id), { recursive: true }).map(String)).toEqual(
      expect.arrayContaining([expect.stringMatching(/harbour/i)]),
    );
    expect(await listed(newsroom.member)).toContain('Harbour reopens after storm repairs');
    expect(await listed(elsewhere.moderator)).not.toContain('Harbour reopens');
    const quoted = await replyTo(fake.command(newsroom.member, 'quote', { term: 'breakwater' }));
    expect(messageText(quoted.original)).toMatch(/\*\*breakwater\*\*/);
    const notThere = await replyTo(fake.command(elsewhere.moderator, 'quote', { term: 'breakwater' }));
    expect(messageText(notThere.original)).not.toMatch(/\*\*breakwater\*\*/);
  });

  it('adds an uploaded Markdown file the same way', async () => {
    const file = fake.attachment('library-hours.md', UPLOAD, 'text/markdown; charset=utf-8');
    const proposal = await replyTo(fake.command(newsroom.moderator, 'article', { file }, 'add'));
    expect(messageText(proposal.original)).toContain('Library extends opening hours for exams');
    await confirm(newsroom.moderator, proposal);
    const who = await replyTo(fake.command(newsroom.member, 'who', { name: 'Osei' }));
    expect(messageText(who.original)).toContain('Mira Osei');
  });

  it("does not let another server's moderator remove this server's article", async () => {
    const record = await replyTo(fake.command(elsewhere.moderator, 'article', { article: 'harbour-reopens-after-storm-repairs' }, 'remove'));
    expect(buttons(record.original).some((button) => button.label === 'Confirm')).toBe(false);
    expect(await listed(newsroom.member)).toContain('Harbour reopens after storm repairs');
  });

  it('removes an article after Confirm, suggested by autocomplete', async () => {
    const suggestions = await replyTo(fake.autocomplete(newsroom.moderator, 'article', { article: 'harb' }, 'article', 'remove'));
    const choice = (suggestions.callbacks[0]!.data!.choices as Array<{ name: string; value: string }>)[0];
    expect(choice?.name).toMatch(/Harbour reopens/);
    const proposal = await replyTo(fake.command(newsroom.moderator, 'article', { article: choice!.value }, 'remove'));
    await confirm(newsroom.moderator, proposal);
    expect(await listed(newsroom.member)).not.toContain('Harbour reopens');
    expect(await listed(newsroom.member)).toContain('Library extends opening hours');
  });

  it('refuses a URL that is not http(s), with a reason', async () => {
    const record = await replyTo(fake.command(newsroom.moderator, 'article', { url: 'file:///etc/passwd' }, 'add'));
    expect(isEphemeral(record)).toBe(true);
    expect(messageText(record.original)).toMatch(/http/i);
  });

  it('audits every change with who, where and what', () => {
    const entries = readFileSync(path.join(dataDir, 'audit.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const changes = entries.filter((entry) => entry.action !== 'reload');
    expect(changes.map((entry) => [entry.action, entry.guildId, entry.actor])).toEqual([
      ['add-article', fake.guild.id, newsroom.moderator.user.id],
      ['add-article', fake.guild.id, newsroom.moderator.user.id],
      ['remove-article', fake.guild.id, newsroom.moderator.user.id],
    ]);
  });
});
