import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRawText } from '../../src/article/parse-text.js';
import { articleFromParagraphs } from '../../src/article/plain-text.js';
import type { Article } from '../../src/article/types.js';
import type { PreparedArticle } from '../../src/core/prepared.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import type { Attribution, Person } from '../../src/nlp/types.js';
import { buildArticleIndex } from '../../src/search/build-index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A synthetic test article from blank-line-separated blocks: short unpunctuated lines are section headings. */
export function articleFromBlocks(id: string, text: string): Article {
  const paragraphs: Article['paragraphs'] = [];
  const sections: string[] = [];
  let section: string | null = null;
  for (const block of text.split(/\n\s*\n/).map((part) => part.trim())) {
    if (!block || block.includes('\n') || /^(Tags:|Published by)/.test(block)) continue;
    if (block.length < 60 && !/[.!?"”]$/.test(block)) {
      section = block;
      sections.push(block);
      continue;
    }
    paragraphs.push({ number: paragraphs.length + 1, text: block, section });
  }
  return { ...articleFromParagraphs(id, []), publisher: 'Test Desk', sections, paragraphs, source: `${id}.txt` };
}

export function prepareForTest(article: Article, people: Person[] = [], attributions: Attribution[] = []): PreparedArticle {
  const sentences = splitSentences(article.paragraphs);
  return {
    article,
    sentences,
    people,
    attributions,
    entities: [],
    summaryRanking: [],
    index: buildArticleIndex(article, sentences, people),
    vocabulary: [],
  };
}

/** The seed article as the bot reads it. */
export function seedArticle(): Article {
  return parseRawText(readFileSync(path.join(repoRoot, 'data/lavrov-pyongyang-visit.txt'), 'utf8'), 'lavrov-pyongyang-visit.txt');
}
