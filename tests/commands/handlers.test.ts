import { describe, expect, it } from 'vitest';
import { commandMap, messageCommandMap } from '../../commands/index.js';
import type { Answer } from '../../src/answers/types.js';
import type { Command, CommandContext, OptionValues } from '../../src/core/command.js';
import { articleKey } from '../../src/discord/custom-id.js';
import { readQuery, readText } from '../../commands/shared/input.js';
import { reloadAnswer, seedArticle, seedContext } from './seed.js';
import { parseRawText } from '../../src/article/parse-text.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { renderText } from '../../src/render/text.js';

const command = (name: string): Command => commandMap.get(name)!;
const run = async (name: string, options: OptionValues, context: CommandContext = seedContext()): Promise<Answer> =>
  command(name).execute(options, context);

describe('text options are validated before any search', () => {
  const cases: Array<[string, string, string]> = [
    ['who', 'name', ''],
    ['quote', 'term', '   \t '],
    ['ask', 'question', 'x'.repeat(301)],
    ['who', 'name', 'x'.repeat(201)],
    ['quote', 'term', 'bell\u0007'],
    ['ask', 'question', 'right-to-left \u202e override'],
  ];
  for (const [name, option, value] of cases) {
    it(`/${name} ${option}:${JSON.stringify(value.slice(0, 20))} → a short error`, async () => {
      const answer = await run(name, { [option]: value });
      expect(answer.kind).toBe('error');
      if (answer.kind === 'error') expect(answer.message.length).toBeLessThan(120);
    });
  }

  it('says how long is too long', async () => {
    expect(await run('ask', { question: 'why '.repeat(100) })).toEqual({
      kind: 'error',
      message: 'That question is too long (399 characters; the limit is 300).',
    });
  });

  it('answers markdown and mentions as ordinary text', async () => {
    expect((await run('who', { name: '**Lavrov**' })).kind).toBe('who');
    for (const name of ['<@&123>', '@everyone', '@here']) {
      expect(await run('who', { name })).toEqual({ kind: 'error', message: 'Please give a name in words.' });
    }
    // A mass mention is read past like a user mention, so the question is answered and never echoed with it.
    expect(await run('who', { name: '@here Lavrov' })).toEqual(await run('who', { name: 'Lavrov' }));
  });

  it('keeps a link or a title as typed: only search text loses Discord markup', () => {
    const url = 'https://example.com/_next/story_1?tag=**x**';
    expect(readText({ url }, 'url', 'link', 300)).toBe(url);
    // Struck-through words are taken back; bold is only emphasis.
    expect(readQuery({ term: '**fuel** ~~duty~~' }, 'term', 'term', 100)).toBe('fuel');
    expect(readQuery({ term: '~~fuel duty~~' }, 'term', 'term', 100)).toBe('fuel duty');
    expect(readQuery({ question: '<script>alert(1)</script> who is the <b>judge</b>?' }, 'question', 'question', 300)).toBe('who is the judge ?');
    expect(readQuery({ question: 'is 3 < 4 and 5 > 2?' }, 'question', 'question', 300)).toBe('is 3 < 4 and 5 > 2?');
    expect(readQuery({ question: '>>> What did the mayor say?' }, 'question', 'question', 300)).toBe('What did the mayor say?');
    expect(readQuery({ question: '# who won' }, 'question', 'question', 300)).toBe('who won');
  });

  it('reads past what Discord adds to typed text: mentions, spoiler and bold marks', async () => {
    expect(await run('ask', { question: '<@123> ||Who is **Lavrov**?||' })).toEqual(await run('ask', { question: 'Who is Lavrov?' }));
    expect(await run('who', { name: '__Choe__' })).toEqual(await run('who', { name: 'Choe' }));
  });

  it('leaves spoilered words after a whole question out of it, and reads a question partly spoilered', () => {
    expect(readQuery({ question: 'What did Peskov say? ||spoiler||' }, 'question', 'question', 300)).toBe('What did Peskov say?');
    expect(readQuery({ question: '||Who is Lavrov?||' }, 'question', 'question', 300)).toBe('Who is Lavrov?');
    expect(readQuery({ question: '~~fire~~ ||how many homes||' }, 'question', 'question', 300)).toBe('how many homes');
    expect(readQuery({ question: "what's the deficit ||spoiler|| ~~x~~" }, 'question', 'question', 300)).toBe("what's the deficit");
  });
});

describe('commands on the seed article', () => {
  it('/summary without options summarises the newest article, medium length', async () => {
    const answer = await run('summary', {});
    expect(answer).toMatchObject({ kind: 'summary', articleId: seedArticle().article.id, length: 'medium' });
  });

  it('/summary of several articles summarises the newest and says how to get another', async () => {
    const other = prepareArticle(parseRawText('Council passes budget\n\nThe council passed the budget on Monday.', 'budget.txt'));
    const answer = await run('summary', {}, seedContext({ articles: [seedArticle(), other] }));
    expect(answer).toMatchObject({ kind: 'summary', articleId: seedArticle().article.id, otherArticles: 1 });
    expect(renderText(answer)).toContain('The newest of 2 articles; add article: to summarise another (see /articles).');
    expect(await run('summary', { article: other.article.id }, seedContext({ articles: [seedArticle(), other] }))).not.toHaveProperty('otherArticles');
  });

  it('/summary refuses a length that is not a choice', async () => {
    expect((await run('summary', { length: 'huge' })).kind).toBe('error');
  });

  it('/who resolves a partial, lower-case name', async () => {
    expect(await run('who', { name: 'lavrov' })).toMatchObject({ kind: 'who', name: 'Sergey Lavrov' });
  });

  it('/quote finds inflections, /ask quotes the answer', async () => {
    const quote = await run('quote', { term: 'container' });
    expect(quote.kind === 'quote' && quote.quotes.length).toBeGreaterThan(0);
    const ask = await run('ask', { question: 'How many containers were delivered?' });
    expect(ask.kind === 'ask' && ask.quotes[0]?.text).toMatch(/1,000 containers/);
  });

  it('the article option accepts the id autocomplete sends, its short key, or the typed title', async () => {
    const { article } = seedArticle();
    for (const value of [article.id, articleKey(article.id), article.title.toLowerCase()]) {
      expect((await run('quote', { term: 'munitions', article: value })).kind).toBe('quote');
    }
    expect(await run('quote', { term: 'munitions', article: 'an article nobody loaded' })).toMatchObject({ kind: 'error' });
  });

  it('says plainly when no article is loaded', async () => {
    const answer = await run('ask', { question: 'What happened?' }, seedContext({ articles: [] }));
    expect(answer).toMatchObject({ kind: 'error', message: expect.stringMatching(/No articles are loaded/) });
  });

  it('/reload reloads for moderators only, even if Discord let a member through', async () => {
    expect((await run('reload', {}, seedContext({ isModerator: false }))).kind).toBe('error');
    expect(await run('reload', {}, seedContext({ isModerator: true }))).toBe(reloadAnswer);
  });

  it('/help lists the commands with usage and examples from the loaded article, hiding moderator ones from members', async () => {
    const member = await run('help', {});
    if (member.kind !== 'help') throw new Error('expected help');
    const usages = member.commands.map((entry) => entry.usage);
    expect(usages).toEqual(expect.arrayContaining(['/summary [length:short|medium|long] [article] [private]', '/who name:<name> [article] [private]']));
    expect(usages.some((usage) => usage.startsWith('/reload'))).toBe(false);
    expect(member.commands.find((entry) => entry.name === 'who')?.example).toMatch(/^\/who name:\S/);
    const moderator = await run('help', {}, seedContext({ isModerator: true }));
    expect(moderator.kind === 'help' && moderator.commands.some((entry) => entry.name === 'reload')).toBe(true);
  });

  it('"Ask Byline" asks a message\'s text, line breaks and all', async () => {
    const askByline = messageCommandMap.get('Ask Byline')!;
    const answer = await askByline.execute('How many containers\nwere delivered?', seedContext());
    expect(answer.kind).toBe('ask');
    expect((await askByline.execute('', seedContext())).kind).toBe('error');
  });
});

describe('autocomplete', () => {
  it('/who name suggests people with their role, /quote term suggests article words', () => {
    const people = command('who').autocomplete!('name', 'ch', seedContext());
    expect(people[0]?.name).toMatch(/^Choe Son Hui/);
    const terms = command('quote').autocomplete!('term', 'contain', seedContext());
    expect(terms.map((choice) => choice.value)).toContain('containers');
  });

  it('the article option suggests titles, best prefix first; other options get nothing', () => {
    const { article } = seedArticle();
    expect(command('ask').autocomplete!('article', '', seedContext())).toEqual([
      { name: `${article.title} — ${article.publisher}`, value: article.id },
    ]);
    expect(command('ask').autocomplete!('article', 'zzzz', seedContext())).toEqual([]);
    expect(command('summary').autocomplete!('length', 's', seedContext())).toEqual([]);
  });
});
