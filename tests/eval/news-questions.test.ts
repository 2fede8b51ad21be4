import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newsQuestionsToSquad, readNewsQuestions, type NewsSquadConversion } from '../../eval/news-questions.js';
import { readSquad } from '../../eval/qa.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedNewsDir = path.resolve(repoRoot, '../shared/corpora/news');
const questionsFile = path.join(repoRoot, 'eval', 'data', 'news-questions.jsonl');

// Written here: a two-paragraph story (CRLF line endings, a stray blank line) and a story with a title line.
const FERRY_STORY = [
  'The harbour ferry will stop running on 3 May while engineers replace the pier, the port authority said.',
  '',
  '',
  'About 4,000 passengers use the ferry every day, and the port authority expects the pier to reopen in September.',
].join('\r\n');
const TITLED_STORY = ['Library to open on Sundays', '', 'The city library will open on Sundays from next month, its director Ana Ruiz said.'].join('\n');

const SAMPLE_QUESTIONS = [
  { article_id: 'ferry', question: 'When does the ferry stop?', answer: '3 May' },
  { article_id: 'ferry', question: 'How many people ride the ferry each day?', answer: '4,000' },
  // "the port authority" is in both paragraphs: it belongs to the first.
  { article_id: 'ferry', question: 'Who announced the closure?', answer: 'the port authority' },
  { article_id: 'ferry', question: 'How much will the new pier cost?', answer: '£2 million' },
  { article_id: 'library', question: 'Who runs the library?', answer: 'Ana Ruiz' },
];

function convertSample(questions: readonly object[] = SAMPLE_QUESTIONS): { conversion: NewsSquadConversion; outFile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-questions-'));
  const newsDir = path.join(dir, 'news');
  mkdirSync(newsDir);
  writeFileSync(path.join(newsDir, 'ferry.txt'), FERRY_STORY);
  writeFileSync(path.join(newsDir, 'library.txt'), TITLED_STORY);
  writeFileSync(path.join(newsDir, 'index.jsonl'), `${JSON.stringify({ id: 'ferry', has_title_line: false })}\n${JSON.stringify({ id: 'library', has_title_line: true })}\n`);
  const sampleQuestionsFile = path.join(dir, 'questions.jsonl');
  writeFileSync(sampleQuestionsFile, questions.map((question) => JSON.stringify(question)).join('\n'));
  const conversion = newsQuestionsToSquad(sampleQuestionsFile, newsDir);
  const outFile = path.join(dir, 'squad.json');
  writeFileSync(outFile, JSON.stringify(conversion.squad));
  return { conversion, outFile };
}

function expectOffsetsPointAtAnswers(conversion: NewsSquadConversion): void {
  for (const { paragraphs } of conversion.squad.data) {
    for (const { context, qas } of paragraphs) {
      for (const { answers } of qas) {
        for (const { text, answer_start: start } of answers) expect(context.slice(start, start + text.length)).toBe(text);
      }
    }
  }
}

describe('newsQuestionsToSquad', () => {
  it('splits articles into paragraphs as Byline does, dropping a title line the corpus index declares', () => {
    const { conversion } = convertSample();
    expect(conversion.squad.version).toBe('1.1');
    expect(conversion.squad.data.map(({ title }) => title)).toEqual(['ferry', 'library']);
    expect(conversion.squad.data[0]!.paragraphs.map(({ context }) => context)).toEqual([
      'The harbour ferry will stop running on 3 May while engineers replace the pier, the port authority said.',
      'About 4,000 passengers use the ferry every day, and the port authority expects the pier to reopen in September.',
    ]);
    expect(conversion.squad.data[1]!.paragraphs.map(({ context }) => context)).toEqual([
      'The city library will open on Sundays from next month, its director Ana Ruiz said.',
    ]);
  });

  it('puts each question on the first paragraph holding its answer, at the exact offset', () => {
    const { conversion } = convertSample();
    const [opening, closing] = conversion.squad.data[0]!.paragraphs;
    expect(opening!.qas.map(({ question, answers }) => [question, answers])).toEqual([
      ['When does the ferry stop?', [{ text: '3 May', answer_start: 39 }]],
      ['Who announced the closure?', [{ text: 'the port authority', answer_start: 79 }]],
    ]);
    expect(closing!.qas.map(({ question, answers }) => [question, answers])).toEqual([
      ['How many people ride the ferry each day?', [{ text: '4,000', answer_start: 6 }]],
    ]);
    expectOffsetsPointAtAnswers(conversion);
    const ids = conversion.squad.data.flatMap(({ paragraphs }) => paragraphs.flatMap(({ qas }) => qas.map(({ id }) => id)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts the placed questions and leaves out, and reports, an answer the article does not contain', () => {
    const { conversion } = convertSample();
    expect(conversion.placed).toBe(4);
    expect(conversion.unplaced).toEqual([{ article_id: 'ferry', question: 'How much will the new pier cost?', answer: '£2 million' }]);
  });

  it('writes a file readSquad reads back as the same articles and answer paragraphs', () => {
    const { outFile } = convertSample();
    const articles = readSquad(outFile);
    expect(articles.map(({ article }) => article.paragraphs.length)).toEqual([2, 1]);
    expect(articles[0]!.questions).toEqual([
      { question: 'When does the ferry stop?', paragraph: 1, answerStarts: [39] },
      { question: 'Who announced the closure?', paragraph: 1, answerStarts: [79] },
      { question: 'How many people ride the ferry each day?', paragraph: 2, answerStarts: [6] },
    ]);
    expect(articles[1]!.questions).toEqual([{ question: 'Who runs the library?', paragraph: 1, answerStarts: [68] }]);
  });

  it('refuses questions on the articles the shared QA test sets are asked on', () => {
    expect(() => convertSample([{ article_id: 'newsqa-42d01e187213', question: 'Who was acquitted?', answer: 'a businessman' }])).toThrow(/evaluation article/);
  });

  it('rejects a questions line without an answer, naming the line', () => {
    expect(() => convertSample([SAMPLE_QUESTIONS[0]!, { article_id: 'ferry', question: 'Where is the pier?' }])).toThrow(/questions\.jsonl:2/);
  });
});

describe.skipIf(!existsSync(sharedNewsDir))('newsQuestionsToSquad on eval/data/news-questions.jsonl and the shared news corpus', () => {
  it('finds every answer verbatim in its article and uses only the CNN and XSum training articles', () => {
    const questions = readNewsQuestions(questionsFile);
    const conversion = newsQuestionsToSquad(questionsFile, sharedNewsDir);
    expect(conversion.unplaced).toEqual([]);
    expect(conversion.placed).toBe(questions.length);
    expect(questions.every(({ article_id: id }) => /^(cnn|xsum)-/.test(id))).toBe(true);
    expectOffsetsPointAtAnswers(conversion);
  });

  it('holds no article text beyond the short answer spans', () => {
    const longest = Math.max(...readNewsQuestions(questionsFile).map(({ answer }) => answer.length));
    expect(longest).toBeLessThan(120);
  });
});
