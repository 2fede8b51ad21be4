import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../src/answers/ask.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { articleFromBlocks } from '../search/seed-article.js';

const harbour = prepareArticle(
  articleFromBlocks(
    'harbour',
    [
      'Okafor said the ferries would run on time.',
      'The plan was drawn up by Ruth Okafor, the harbour master, after two years of delays.',
      'Okafor added that fares would not rise, and Ana Ruiz welcomed the news.',
    ].join('\n\n'),
  ),
);

describe('"Who is X?" about a person of the article', () => {
  it('quotes the sentence that introduces them with their role, whatever the spelling of the question', () => {
    for (const question of ['Who is Ruth Okafor?', 'who is okafor', "Who's Ruth Okafor"]) {
      const answer = answerAsk([harbour], question);
      expect(answer.kind, question).toBe('ask');
      if (answer.kind === 'ask') {
        expect(answer.quotes).toHaveLength(1);
        expect(answer.quotes[0]!.text).toBe('The plan was drawn up by Ruth Okafor, the harbour master, after two years of delays.');
        expect(answer.quotes[0]!.citation.paragraph).toBe(2);
      }
    }
  });

  it('answers "What is X\'s job?" and "What does X do?" the same way, for a named person only', () => {
    for (const question of ["What is Okafor's job?", 'What is Ruth Okafor’s role?', 'What does Okafor do?']) {
      const answer = answerAsk([harbour], question);
      expect(answer.kind === 'ask' && answer.quotes[0]!.text, question).toBe('The plan was drawn up by Ruth Okafor, the harbour master, after two years of delays.');
    }
    // Not a person of the article: left to the ordinary search.
    const other = answerAsk([harbour], "What is the ferry's role?");
    expect(other.kind === 'ask' && other.confidence).not.toBe(1);
  });

  it('finds the person by role ("Who is the harbour master?", "Who is the harbour master of Port Ellen?")', () => {
    for (const question of ['Who is the harbour master?', 'Who is the harbour master of Port Ellen?']) {
      const answer = answerAsk([harbour], question);
      expect(answer.kind === 'ask' && answer.quotes[0]!.text, question).toBe('The plan was drawn up by Ruth Okafor, the harbour master, after two years of delays.');
    }
  });

  it('finds a source quoted without a name ("Who is the fisherman?")', () => {
    const quay = prepareArticle(
      articleFromBlocks('quay', ['The quay reopened on Monday.', 'A fisherman at the harbour said the new berths were too short.'].join('\n\n')),
    );
    const answer = answerAsk([quay], 'Who is the fisherman?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toBe('A fisherman at the harbour said the new berths were too short.');
  });

  it('quotes the first mention in full when no role is known', () => {
    const answer = answerAsk([harbour], 'Who is Ana Ruiz?');
    expect(answer.kind === 'ask' && answer.quotes[0]!.text).toBe('Okafor added that fares would not rise, and Ana Ruiz welcomed the news.');
  });

  it('leaves other "who" questions to the ranker, and people the article lacks to "not in the article"', () => {
    const drawnUp = answerAsk([harbour], 'Who drew up the plan?');
    expect(drawnUp.kind === 'ask' && drawnUp.quotes[0]!.text).toMatch(/^The plan was drawn up/);
    expect(answerAsk([harbour], 'Who is Angela Merkel?').kind).toBe('not-found');
  });
});

describe('"Who is X?" introduced by the end of a quotation', () => {
  it('quotes the quotation from its opening, never from a stray closing mark', () => {
    const volcano = prepareArticle(
      articleFromBlocks('volcano', ['"The pressure had been building for weeks. We recorded 300 earthquakes on Friday alone," said Dr. Ratna Wulan, a volcanologist at the centre.'].join('\n\n')),
    );
    const answer = answerAsk([volcano], 'Who is Ratna Wulan?');
    expect(answer.kind === 'ask' && answer.quotes.map((quote) => quote.text).join(' ')).toMatch(/^"The pressure had been building/);
  });
});
