import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../src/answers/ask.js';
import { prepareForTest, repoRoot, seedArticle } from '../search/seed-article.js';

interface SeedQuestion {
  question: string;
  answers: string[];
}

const seedQuestions: SeedQuestion[] = readFileSync(path.join(repoRoot, 'tests/fixtures/qa/seed.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as SeedQuestion);
const prepared = prepareForTest(seedArticle());

describe('answerAsk on the seed article', () => {
  const answerable = seedQuestions.filter((question) => question.answers.length > 0);
  const answeredRight = (question: SeedQuestion): boolean => {
    const answer = answerAsk([prepared], question.question);
    if (answer.kind !== 'ask') return false;
    const first = answer.quotes[0]!;
    expect(first.paragraphText).toContain(first.text);
    expect(answer.confidence).toBeGreaterThan(0);
    return question.answers.some((gold) => first.text.toLowerCase().includes(gold.toLowerCase()));
  };

  it.each(['How many containers were delivered?', 'Who is Leif-Eric Easley?', 'What did Peskov say?', 'Which resolutions would an arms trade violate?'])(
    'answers "%s" with the right sentence first',
    (question) => {
      expect(answeredRight(answerable.find((candidate) => candidate.question === question)!)).toBe(true);
    },
  );

  it('answers at least 90% of the hand-written seed questions with the right sentence first', () => {
    const right = answerable.filter(answeredRight).length;
    expect(right / answerable.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(seedQuestions.filter((question) => question.answers.length === 0))('abstains on the off-topic "$question"', ({ question }) => {
    const answer = answerAsk([prepared], question);
    expect(answer).toMatchObject({ kind: 'not-found', command: 'ask', query: question });
    if (answer.kind === 'not-found') expect(answer.message).toMatch(/^The article does not say/);
  });

  it('bolds the question words found in the sentence', () => {
    const answer = answerAsk([prepared], 'How many containers were delivered?');
    if (answer.kind !== 'ask') throw new Error('expected an answer');
    const quote = answer.quotes[0]!;
    expect(quote.highlights.map(([start, end]) => quote.text.slice(start, end))).toEqual(['delivered', 'containers']);
  });

  it('abstains on an empty question', () => {
    expect(answerAsk([prepared], '  ').kind).toBe('not-found');
    expect(answerAsk([], 'Who is Easley?').kind).toBe('not-found');
  });
});
