import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../src/answers/ask.js';
import { answerQuote } from '../../src/answers/quote.js';
import { answerSummary } from '../../src/answers/summary.js';
import type { Answer, Quote, WhoAnswer } from '../../src/answers/types.js';
import { decodeButton } from '../../src/discord/custom-id.js';
import { openMarkers } from '../../src/discord/markdown.js';
import { toPayload } from '../../src/discord/reply.js';
import { PAGE_SIZE, renderDiscord, renderParagraph, type DiscordReply } from '../../src/render/discord.js';
import { validateMessagePayload } from '../support/fake-discord/limits.js';
import { reloadAnswer, seedArticle } from '../commands/seed.js';

const USER = '200000000000000002';
const HOSTILE = '@everyone <@&123> **bold [link](https://x.y) `tick ~~ ||spoiler| # head\n> quote\n- item ';
const long = (unit: string, count: number) => unit.repeat(count);

function hostileQuote(paragraph: number, text = long(HOSTILE, 80)): Quote {
  return {
    text,
    highlights: [[2, 9], [text.length - 20, text.length - 3]],
    paragraphText: `${text} and more`,
    citation: {
      articleId: 'hostile-article',
      articleTitle: long('Title @here ', 40),
      publisher: long('<@1> Pub ', 40),
      paragraph,
      section: long('**Section ', 40),
      speaker: '@everyone',
      outlet: '<#42>',
    },
  };
}

function hostileAnswers(): Answer[] {
  const quotes = Array.from({ length: 23 }, (_, i) => hostileQuote(i + 1));
  const who: WhoAnswer = {
    kind: 'who',
    query: HOSTILE,
    articleId: 'hostile-article',
    articleTitle: long('T ', 300),
    publisher: HOSTILE,
    personId: 'jane-doe',
    name: long('Jane **Doe** ', 40),
    aliases: Array.from({ length: 50 }, () => HOSTILE),
    roles: Array.from({ length: 50 }, () => HOSTILE),
    said: quotes.slice(0, 9),
    mentions: quotes,
    ambiguousWith: [HOSTILE],
  };
  return [
    { kind: 'summary', articleId: 'a', articleTitle: long(HOSTILE, 10), publisher: HOSTILE, dek: long(HOSTILE, 50), length: 'long', quotes },
    who,
    { kind: 'quote', term: long('@everyone ', 20), quotes, total: quotes.length },
    { kind: 'ask', question: long(HOSTILE, 5), quotes: quotes.slice(0, 8), confidence: 0.8 },
    { kind: 'not-found', command: 'who', query: HOSTILE, message: long(HOSTILE, 100), suggestions: Array.from({ length: 30 }, () => HOSTILE) },
    { ...reloadAnswer, skipped: Array.from({ length: 200 }, (_, i) => ({ file: `${HOSTILE}${i}.md`, reason: HOSTILE })) },
    { kind: 'help', commands: Array.from({ length: 30 }, () => ({ name: 'x', usage: HOSTILE, description: long(HOSTILE, 20), example: long('`/who`', 100) })) },
    { kind: 'articles', articles: Array.from({ length: 60 }, (_, i) => ({ id: `a${i}`, title: HOSTILE, publisher: HOSTILE, published: '2024-01-01', paragraphs: i })) },
    { kind: 'error', message: long(HOSTILE, 100) },
  ];
}

/** Everything a user reads in a reply, markdown included. */
function visibleText(reply: DiscordReply): string[] {
  return reply.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])]);
}

function expectSafe(reply: DiscordReply): void {
  for (const mode of ['reply', 'edit'] as const) {
    const payload = toPayload(reply, mode);
    expect(validateMessagePayload({ ...payload, allowed_mentions: payload.allowedMentions })).toEqual([]);
  }
  const fitted = toPayload(reply, 'reply');
  for (const text of [fitted.content ?? '', ...visibleText({ ...reply, embeds: fitted.embeds })]) {
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/(^|[^\\])<[@#]/);
    expect(openMarkers(text)).toEqual([]);
  }
}

describe('renderDiscord on hostile, oversize answers', () => {
  for (const answer of hostileAnswers()) {
    it(`keeps a ${answer.kind} reply within every limit, inert and balanced`, () => {
      for (const page of [0, 1, 5, 99]) expectSafe(renderDiscord(answer, { userId: USER, page }));
    });
  }

  it('makes not-found, errors, reloads and help ephemeral, answers public', () => {
    const ephemeral = Object.fromEntries(hostileAnswers().map((answer) => [answer.kind, renderDiscord(answer, { userId: USER }).ephemeral]));
    expect(ephemeral).toMatchObject({ 'not-found': true, error: true, reload: true, help: true, summary: false, who: false, quote: false, ask: false });
  });

  it('pages /who and /quote with ◀ ▶ whose custom ids recompute the same answer for the same user', () => {
    const [, who, quote] = hostileAnswers();
    const quoteReply = renderDiscord(quote!, { userId: USER, page: 1, scopeArticleId: 'hostile-article' });
    const [previous, next] = quoteReply.components[0]!.components;
    expect(decodeButton(previous!.custom_id)).toMatchObject({ kind: 'page', command: 'quote', page: 0, ownerId: USER });
    expect(decodeButton(next!.custom_id)).toMatchObject({ kind: 'page', command: 'quote', page: 2, ownerId: USER, subject: expect.stringMatching(/^@everyone/) });
    expect(quoteReply.embeds[0]!.footer?.text).toMatch(/^Page 2 of 5/);
    const last = renderDiscord(quote!, { userId: USER, page: 99 });
    expect(last.components[0]!.components[1]!.disabled).toBe(true);
    const whoReply = renderDiscord(who!, { userId: USER });
    expect(decodeButton(whoReply.components[0]!.components[1]!.custom_id)).toMatchObject({ command: 'who', subject: 'jane-doe', page: 1 });
  });
});

describe('renderDiscord on the seed article', () => {
  const seed = seedArticle();
  const title = seed.article.title;

  it('renders /summary with the dek, ¶ citations and a footer naming the article', () => {
    const reply = renderDiscord(answerSummary(seed, 'short'), { userId: USER });
    const embed = reply.embeds[0]!;
    expect(embed.footer?.text).toContain(title);
    if (seed.article.dek) expect(embed.description).toContain(`_${seed.article.dek.slice(0, 20)}`);
    expect(embed.description).toMatch(/^> /m);
    expect(embed.description).toMatch(/^-# ¶\d+/m);
    expectSafe(reply);
  });

  it('renders /quote with the term in bold inside blockquotes', () => {
    const answer = answerQuote([seed], 'containers');
    expect(answer.kind).toBe('quote');
    const reply = renderDiscord(answer, { userId: USER });
    expect(reply.embeds[0]!.description).toMatch(/^> .*\*\*containers\*\*/m);
    expectSafe(reply);
  });

  it('pages a /quote with more matches than a page, and only then', () => {
    const answer = answerQuote([seed], 'Russia');
    if (answer.kind !== 'quote') throw new Error('expected matches');
    const reply = renderDiscord(answer, { userId: USER });
    expect(reply.components.length > 0).toBe(answer.quotes.length > PAGE_SIZE.quote);
    expectSafe(reply);
  });

  it('renders /ask quotes with citations, and a full paragraph on demand', () => {
    const answer = answerAsk([seed], 'How many containers were delivered?');
    const reply = renderDiscord(answer, { userId: USER });
    expect(reply.embeds[0]!.description).toMatch(/¶\d+/);
    expectSafe(reply);
    const paragraph = seed.article.paragraphs[4]!;
    const full = renderParagraph(seed.article, paragraph);
    expect(full.ephemeral).toBe(true);
    expect(full.embeds[0]!.description).toContain(`¶${paragraph.number}`);
    expectSafe(full);
  });
});
