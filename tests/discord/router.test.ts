import { Writable } from 'node:stream';
import { MessageFlags } from 'discord-api-types/v10';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { commandMap, messageCommandMap } from '../../commands/index.js';
import type { Answer } from '../../src/answers/types.js';
import type { Command } from '../../src/core/command.js';
import { articleKey, decodeButton, encodeButton } from '../../src/discord/custom-id.js';
import { createRouter } from '../../src/discord/router.js';
import { validateAutocomplete, validateMessagePayload } from '../support/fake-discord/limits.js';
import { reloadAnswer, seedArticle } from '../commands/seed.js';
import { autocomplete, button, chatInput, GUILD, messageContextMenu, USER, type FakeInteraction } from './fake-interactions.js';

function setup(options: { commands?: Map<string, Command>; adminGuildIds?: string[]; deferAfterMs?: number } = {}) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const library = { visibleTo: vi.fn(() => [seedArticle()]), reload: vi.fn(async () => reloadAnswer) };
  const route = createRouter({
    commands: options.commands ?? new Map(commandMap),
    messageCommands: messageCommandMap,
    library,
    logger: pino({ level: 'info' }, sink),
    adminGuildIds: options.adminGuildIds ?? [],
    deferAfterMs: options.deferAfterMs ?? 1500,
  });
  return { route, library, lines: () => lines.filter((line) => line.msg === 'interaction') };
}

const methods = (fake: FakeInteraction) => fake.calls.map((call) => call.method);
const lastPayload = (fake: FakeInteraction) => fake.calls.at(-1)!.payload;
const isEphemeral = (payload: { flags?: number }) => ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

function expectValid(payload: Record<string, unknown>): void {
  expect(validateMessagePayload({ ...payload, allowed_mentions: payload.allowedMentions })).toEqual([]);
}

const failing = (overrides: Partial<Command>): Command => ({
  definition: { name: 'boom', description: 'Fails' },
  execute: () => {
    throw new Error('boom');
  },
  ...overrides,
});

describe('interaction router: slash commands', () => {
  it('answers /summary publicly in one reply, within limits, and logs one line', async () => {
    const { route, lines } = setup();
    const { fake, interaction } = chatInput('summary', { length: 'short' });
    await route(interaction);
    expect(methods(fake)).toEqual(['reply']);
    const payload = lastPayload(fake);
    expect(isEphemeral(payload)).toBe(false);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expectValid(payload);
    expect(lines()).toEqual([
      expect.objectContaining({ command: 'summary', userId: USER, guildId: GUILD, outcome: 'summary', latencyMs: expect.any(Number) }),
    ]);
  });

  it('makes the reply ephemeral when private:true', async () => {
    const { route } = setup();
    const { fake, interaction } = chatInput('quote', { term: 'containers', private: true });
    await route(interaction);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
  });

  it('answers bad input with a short ephemeral error', async () => {
    const { route, lines } = setup();
    for (const term of ['   ', 'x'.repeat(500), 'tab\u0007bell']) {
      const { fake, interaction } = chatInput('quote', { term });
      await route(interaction);
      expect(isEphemeral(lastPayload(fake))).toBe(true);
      expectValid(lastPayload(fake));
    }
    expect(lines().map((line) => line.outcome)).toEqual(['error', 'error', 'error']);
  });

  it('refuses /reload to a member without reloading', async () => {
    const { route, library } = setup();
    const { fake, interaction } = chatInput('reload', {}, { moderator: false });
    await route(interaction);
    expect(library.reload).not.toHaveBeenCalled();
    expect(methods(fake)).toEqual(['reply']);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
    expect(JSON.stringify(lastPayload(fake))).toMatch(/moderators/i);
  });

  it('lets a moderator /reload: deferred privately first, then the diff', async () => {
    const { route, library } = setup();
    const { fake, interaction } = chatInput('reload', {}, { moderator: true });
    await route(interaction);
    expect(library.reload).toHaveBeenCalledWith({ userId: USER, guildId: GUILD });
    expect(methods(fake)).toEqual(['deferReply', 'editReply']);
    expect(fake.calls[0]!.payload).toEqual({ flags: MessageFlags.Ephemeral });
    expect(JSON.stringify(lastPayload(fake))).toContain('Articles 1 → 2');
  });

  it("refuses /reload outside the operator's servers when ADMIN_GUILD_IDS is set", async () => {
    const { route, library } = setup({ adminGuildIds: ['999'] });
    const { fake, interaction } = chatInput('reload', {}, { moderator: true });
    await route(interaction);
    expect(library.reload).not.toHaveBeenCalled();
    expect(isEphemeral(lastPayload(fake))).toBe(true);
  });

  it('turns a thrown error into an ephemeral reply, never silence', async () => {
    const { route, lines } = setup({ commands: new Map([['boom', failing({})]]) });
    const { fake, interaction } = chatInput('boom');
    await route(interaction);
    expect(methods(fake)).toEqual(['reply']);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
    expect(lines()[0]).toMatchObject({ command: 'boom', outcome: 'failed' });
  });

  it('after a public deferral, replaces "thinking…" with a private error', async () => {
    const { route } = setup({ commands: new Map([['boom', failing({ slow: true })]]) });
    const { fake, interaction } = chatInput('boom');
    await route(interaction);
    expect(methods(fake)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
  });

  it('defers a command still running after the deadline, then edits in the answer', async () => {
    const slowAnswer: Command = {
      definition: { name: 'slowpoke', description: 'Takes a while' },
      execute: () => new Promise<Answer>((resolve) => setTimeout(() => resolve({ kind: 'notice', message: 'done' }), 50)),
    };
    const { route } = setup({ commands: new Map([['slowpoke', slowAnswer]]), deferAfterMs: 5 });
    const { fake, interaction } = chatInput('slowpoke');
    await route(interaction);
    expect(methods(fake)).toEqual(['deferReply', 'deleteReply', 'followUp']);
  });

  it('still answers when even the error reply fails', async () => {
    const { route, lines } = setup({ commands: new Map([['boom', failing({})]]) });
    const { fake, interaction } = chatInput('boom');
    fake.reply = async () => {
      throw new Error('Discord is down');
    };
    await expect(route(interaction)).resolves.toBeUndefined();
    expect(lines()[0]).toMatchObject({ outcome: 'failed' });
  });
});

describe('interaction router: autocomplete', () => {
  it('suggests people for /who name from memory, within limits', async () => {
    const { route } = setup();
    const { fake, interaction } = autocomplete('who', { name: 'name', value: 'lav' });
    await route(interaction);
    expect(methods(fake)).toEqual(['respond']);
    const choices = lastPayload(fake) as Array<{ name: string; value: string }>;
    expect(validateAutocomplete({ choices })).toEqual([]);
    expect(choices[0]?.name).toMatch(/Lavrov/);
  });

  it('suggests article titles for the article option', async () => {
    const { route } = setup();
    const { fake, interaction } = autocomplete('quote', { name: 'article', value: seedArticle().article.title.slice(0, 6) });
    await route(interaction);
    expect(lastPayload(fake)).toEqual([expect.objectContaining({ value: seedArticle().article.id })]);
  });

  it('answers [] instead of throwing when suggestions fail', async () => {
    const broken: Command = { ...failing({}), autocomplete: () => { throw new Error('index gone'); } };
    const { route, lines } = setup({ commands: new Map([['boom', broken]]) });
    const { fake, interaction } = autocomplete('boom', { name: 'x', value: 'y' });
    await route(interaction);
    expect(fake.calls).toEqual([{ method: 'respond', payload: [] }]);
    expect(lines()[0]).toMatchObject({ command: 'boom:autocomplete', outcome: 'error' });
  });
});

describe('interaction router: buttons and the context menu', () => {
  const seed = () => seedArticle();
  const pageId = (page: number, ownerId = USER) =>
    encodeButton({ kind: 'page', command: 'quote', page, ownerId, articleKey: articleKey(seed().article.id), subject: 'Russia' });

  it('turns a page for the user who asked, by updating the message', async () => {
    const { route } = setup();
    const { fake, interaction } = button(pageId(1));
    await route(interaction);
    expect(methods(fake)).toEqual(['update']);
    const payload = lastPayload(fake);
    expectValid(payload);
    expect(payload.embeds[0].footer.text).toMatch(/^Page 2 of/);
    const previous = decodeButton(payload.components[0].components[0].custom_id);
    expect(previous).toMatchObject({ kind: 'page', page: 0, ownerId: USER });
  });

  it('tells anyone else privately that only the asker can page', async () => {
    const { route } = setup();
    const { fake, interaction } = button(pageId(1), { userId: '300000000000000003' });
    await route(interaction);
    expect(methods(fake)).toEqual(['reply']);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
  });

  it('shows the full paragraph privately', async () => {
    const { route } = setup();
    const paragraph = seed().article.paragraphs[4]!;
    const { fake, interaction } = button(encodeButton({ kind: 'paragraph', articleKey: articleKey(seed().article.id), paragraph: paragraph.number }));
    await route(interaction);
    expect(methods(fake)).toEqual(['reply']);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
    expect(JSON.stringify(lastPayload(fake))).toContain(`¶${paragraph.number}`);
  });

  it('answers a button for an article that is no longer loaded', async () => {
    const { route } = setup();
    const { fake, interaction } = button(encodeButton({ kind: 'paragraph', articleKey: articleKey('removed-article'), paragraph: 1 }));
    await route(interaction);
    expect(JSON.stringify(lastPayload(fake))).toMatch(/no longer loaded/);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
  });

  it('answers "Ask Byline" on a message with quotes from the article', async () => {
    const { route } = setup();
    const { fake, interaction } = messageContextMenu('Ask Byline', 'How many containers were delivered?');
    await route(interaction);
    expect(methods(fake)).toEqual(['reply']);
    expect(JSON.stringify(lastPayload(fake))).toMatch(/containers/);
    expectValid(lastPayload(fake));
  });

  it('answers "Ask Byline" on a message without text with a private note', async () => {
    const { route } = setup();
    const { fake, interaction } = messageContextMenu('Ask Byline', '   ');
    await route(interaction);
    expect(isEphemeral(lastPayload(fake))).toBe(true);
  });
});
