import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { fitChoices, fitReply, length, toPayload, truncate } from '../../src/discord/reply.js';
import { escapeMarkdown, openMarkers } from '../../src/discord/markdown.js';
import type { DiscordReply } from '../../src/render/discord.js';
import { validateAutocomplete, validateMessagePayload } from '../support/fake-discord/limits.js';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('short text', 20)).toBe('short text');
  });

  it('cuts at a word boundary and ends with an ellipsis', () => {
    const cut = truncate('the quick brown fox jumps over the lazy dog', 20);
    expect(cut).toBe('the quick brown fox…');
    expect(length(cut)).toBeLessThanOrEqual(20);
  });

  it('counts code points as Discord does, never splitting a surrogate pair', () => {
    const emoji = '😀'.repeat(50);
    const cut = truncate(emoji, 10);
    expect(length(cut)).toBe(10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
  });

  it('closes bold left open by the cut', () => {
    const cut = truncate('some words then **a bold phrase that runs long** and more', 30);
    expect(length(cut)).toBeLessThanOrEqual(30);
    expect(openMarkers(cut)).toEqual([]);
    expect(cut.endsWith('…**')).toBe(true);
  });

  it('drops a marker that would open at the very end instead of leaving an empty span', () => {
    const cut = truncate('alpha beta gamma **delta epsilon zeta**', 19);
    expect(cut).toBe('alpha beta gamma…');
  });

  it('does not leave a backslash that would escape the ellipsis', () => {
    const text = escapeMarkdown('a*b*c*d*e*f*g*h*i*j*k*l*m*n');
    for (let max = 2; max < length(text); max += 1) {
      const cut = truncate(text, max);
      expect(length(cut)).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/(^|[^\\])(\\\\)*\\…/);
      expect(openMarkers(cut)).toEqual([]);
    }
  });

  it('cuts a single very long word hard', () => {
    expect(length(truncate('x'.repeat(5000), 100))).toBe(100);
  });
});

describe('fitReply and toPayload', () => {
  const huge = 'lorem ipsum '.repeat(600);
  const hostile: DiscordReply = {
    content: `@everyone <@&123> ${huge}`,
    embeds: Array.from({ length: 12 }, () => ({
      title: huge,
      description: huge,
      footer: { text: huge },
      author: { name: huge },
      fields: Array.from({ length: 30 }, () => ({ name: huge, value: huge })),
    })),
    components: Array.from({ length: 7 }, (_, row) => ({
      type: 1 as const,
      components: Array.from({ length: 7 }, (_, i) => ({
        type: 2 as const,
        style: 2 as const,
        label: huge,
        custom_id: i === 0 ? 'x'.repeat(150) : `r${row}b${i}`,
      })),
    })),
    ephemeral: false,
  };

  it('brings a reply over every limit within all of them', () => {
    for (const mode of ['reply', 'edit'] as const) {
      const payload = toPayload(hostile, mode);
      expect(validateMessagePayload({ ...payload, allowed_mentions: payload.allowedMentions })).toEqual([]);
    }
  });

  it('drops buttons whose custom_id is too long rather than cutting state', () => {
    const fitted = fitReply(hostile);
    const ids = fitted.components.flatMap((row) => row.components.map((button) => button.custom_id));
    expect(ids.every((id) => id.length <= 100)).toBe(true);
    expect(fitted.components).toHaveLength(5);
    expect(fitted.components[0]?.components).toHaveLength(5);
  });

  it('never lets a mention ping and suppresses link previews on content-only messages', () => {
    const payload = toPayload({ content: '@everyone https://example.com', embeds: [], components: [], ephemeral: false }, 'reply');
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.flags).toBe(MessageFlags.SuppressEmbeds);
  });

  it('marks replies ephemeral, but never tries to change that on an edit', () => {
    const reply: DiscordReply = { embeds: [{ description: 'private' }], components: [], ephemeral: true };
    expect(toPayload(reply, 'reply').flags).toBe(MessageFlags.Ephemeral);
    expect(toPayload(reply, 'edit').flags).toBeUndefined();
  });

  it('never sends an empty message', () => {
    const payload = toPayload({ embeds: [], components: [], ephemeral: false }, 'reply');
    expect(payload.content).toBeTruthy();
  });
});

describe('fitChoices', () => {
  it('keeps 25 choices within 100 characters and drops values it cannot shorten', () => {
    const choices = [
      { name: 'x'.repeat(300), value: 'ok' },
      { name: 'too long a value', value: 'v'.repeat(101) },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `choice ${i}`, value: `value-${i}` })),
    ];
    const fitted = fitChoices(choices);
    expect(validateAutocomplete({ choices: fitted })).toEqual([]);
    expect(fitted).toHaveLength(25);
    expect(fitted.some((choice) => choice.value.startsWith('vvv'))).toBe(false);
  });

  it('drops duplicates and blank names', () => {
    expect(fitChoices([{ name: ' ', value: 'a' }, { name: 'A', value: 'a' }, { name: 'A again', value: 'a' }])).toEqual([
      { name: 'A', value: 'a' },
    ]);
  });
});

describe('escapeMarkdown', () => {
  it('makes mentions and mass pings inert', () => {
    const escaped = escapeMarkdown('@everyone @here <@123> <@&456> <#789>');
    expect(escaped).not.toMatch(/@everyone|@here/);
    expect(escaped).not.toMatch(/(^|[^\\])<[@#]/);
  });

  it('escapes inline and line-start markdown', () => {
    expect(escapeMarkdown('**bold** _it_ `code` ||spoiler|| ~~gone~~ [link](x)')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\~\\~gone\\~\\~ \\[link\\](x)',
    );
    expect(escapeMarkdown('# Heading\n> quote\n- item\n1. first')).toBe('\\# Heading\n\\> quote\n\\- item\n1\\. first');
  });

  it('leaves no marker open, whatever the input', () => {
    expect(openMarkers(escapeMarkdown('**unbalanced `tick _under'))).toEqual([]);
  });
});
