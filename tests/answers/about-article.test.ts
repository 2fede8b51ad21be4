import { describe, expect, it } from 'vitest';
import { articleFactAsked } from '../../src/answers/about-article.js';
import { answerAsk } from '../../src/answers/ask.js';
import { answerWho } from '../../src/answers/who.js';
import { parseMarkdown } from '../../src/article/parse-markdown.js';
import { parseRawText } from '../../src/article/parse-text.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderText } from '../../src/render/text.js';

const markdown = (frontMatter: string[]): string =>
  ['---', ...frontMatter, '---', 'The council approved the budget on Monday, its chair said. The author of the plan, a retired engineer, welcomed it.'].join('\n');
const signed = prepareArticle(
  parseMarkdown(markdown(['title: Council passes budget', 'publisher: The Valley Courier', 'author: Ines Walcott', 'published: 2025-05-02']), 'budget.md'),
);
const unsigned = prepareArticle(parseMarkdown(markdown(['title: Council passes budget']), 'unsigned.md'));

describe('questions about the article itself', () => {
  it('reads which fact is asked, only of the piece itself', () => {
    expect(articleFactAsked('Who wrote this article?')).toBe('author');
    expect(articleFactAsked('who is the author of the story')).toBe('author');
    expect(articleFactAsked('Who wrote this?')).toBe('author');
    expect(articleFactAsked('When was this story published?')).toBe('published');
    expect(articleFactAsked('Which outlet published this?')).toBe('publisher');
    expect(articleFactAsked('Where is this article from?')).toBe('publisher');
    expect(articleFactAsked('What is the name of the news site?')).toBe('publisher');
    expect(articleFactAsked('What is the headline?')).toBe('title');
    // A report, a plan or a book the story is about is asked of its text.
    expect(articleFactAsked('Who wrote the report?')).toBeNull();
    expect(articleFactAsked('Who is the author of the plan?')).toBeNull();
    expect(articleFactAsked('When was the study published?')).toBeNull();
  });

  it('answers from the article file, and says so when the file does not give it', () => {
    const answer = answerAsk([signed], 'Who wrote this article?');
    expect(answer).toMatchObject({ kind: 'about', fact: 'author', articles: [{ author: 'Ines Walcott', publisher: 'The Valley Courier' }] });
    expect(renderText(answer)).toBe('Q: Who wrote this article?\nWritten by Ines Walcott.\n— Council passes budget — The Valley Courier');
    expect(renderText(answerAsk([signed], 'When was it published?'))).toContain('Published 2025-05-02.');
    expect(renderText(answerAsk([unsigned], 'Who wrote this article?'))).toContain('The article does not name its author.');
    expect(answerAsk([signed], 'Who is the author of the plan?')).toMatchObject({ kind: 'ask' });
    // Bare, it asks for the byline.
    expect(answerAsk([signed], 'Who is the author?')).toMatchObject({ kind: 'about', fact: 'author' });
    expect(answerAsk([signed], 'Who wrote the review?')).toMatchObject({ kind: 'about', fact: 'author' });
    expect(answerAsk([signed], 'Who reviewed the book?')).toMatchObject({ kind: 'about', fact: 'author' });
    const study = prepareArticle(parseRawText('Study finds link\n\nThe study\'s lead author, Dr. Mia Chen of Oslo University, said the link was clear.', 'study.txt'));
    expect(answerAsk([study], 'Who is the author?')).toMatchObject({ kind: 'ask' });
    // Whoever in the story writes, the review's writer is the byline's.
    expect(answerAsk([{ ...study, article: { ...study.article, author: 'Jo Pell' } }], 'Who wrote the review?')).toMatchObject({ kind: 'about', fact: 'author' });
  });

  it('answers "Who is X?" and /who X of the writer of the byline, whom the story never names', () => {
    expect(answerAsk([signed], 'Who is Ines Walcott?')).toMatchObject({ kind: 'about', fact: 'author' });
    expect(answerAsk([signed], 'who is Walcott')).toMatchObject({ kind: 'about', fact: 'author' });
    expect(answerWho([signed], 'Ines Walcott')).toMatchObject({ kind: 'who', name: 'Ines Walcott', roles: ['wrote this article (the byline)'], said: [] });
    expect(articleFactAsked('Who wrote this obituary?')).toBe('author');
    expect(articleFactAsked('Who wrote the review?')).toBeNull();
  });

  it('answers who took the photo from its credit and caption, which are no part of the text', () => {
    const pictured = prepareArticle(
      parseRawText(['Council passes budget', 'The town hall on Monday. Photo: Jo Park/Valley Courier', 'The council passed the budget on Monday.'].join('\n\n'), 'pictured.txt'),
    );
    expect(articleFactAsked('Who took the photo of the town hall?')).toBe('photo');
    expect(renderText(answerAsk([pictured], 'Who took the photo?'))).toContain('The photo is credited to Jo Park/Valley Courier. Caption: “The town hall on Monday.”');
    expect(renderText(answerAsk([unsigned], 'Who took the photo?'))).toContain('The article has no photo caption.');
  });

  it('gives the day of a timestamped page, not its time', () => {
    const stamped = prepareArticle(parseMarkdown(markdown(['title: Council passes budget', 'published: 2024-11-04T09:30:00Z']), 'stamped.md'));
    expect(renderText(answerAsk([stamped], 'When was this article published?'))).toContain('Published 2024-11-04.');
  });

  it('finds each writer of a shared byline by name', () => {
    const shared = prepareArticle(parseMarkdown(markdown(['title: Council passes budget', 'author: Ines Walcott and Tom Rees']), 'shared.md'));
    expect(answerWho([shared], 'Tom Rees')).toMatchObject({ kind: 'who', name: 'Tom Rees' });
    expect(answerWho([shared], 'Walcott')).toMatchObject({ kind: 'who', name: 'Ines Walcott' });
  });

  it('leaves "Who is X?" to the story when the story names an X too', () => {
    const named = prepareArticle(
      parseMarkdown(['---', 'title: Budget passes', 'author: Ines Walcott', '---', 'Councillor Tom Walcott said the budget was fair.'].join('\n'), 'named.md'),
    );
    expect(answerAsk([named], 'Who is Walcott?').kind).toBe('ask');
  });

  it('is a public Discord reply with the question as its title', () => {
    const reply = renderDiscord(answerAsk([signed], 'Who wrote this article?'), { userId: '1' });
    expect(reply.ephemeral).toBe(false);
    expect(reply.embeds[0]).toMatchObject({ title: 'Who wrote this article?', description: 'Written by Ines Walcott.\n-# Council passes budget — The Valley Courier' });
  });
});
