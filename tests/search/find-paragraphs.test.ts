import { describe, expect, it } from 'vitest';
import { prepareForTest, seedArticle } from './seed-article.js';
import { articleFromPlainText } from '../../src/article/plain-text.js';

const prepared = prepareForTest(seedArticle());
const textOf = (paragraph: number): string => prepared.article.paragraphs[paragraph - 1]!.text;
const matches = (term: string): Array<[number, string[]]> =>
  prepared.index.findParagraphs(term).map((hit) => [hit.paragraph, hit.occurrences.map(([start, end]) => textOf(hit.paragraph).slice(start, end))]);

describe('findParagraphs on the seed article', () => {
  it('finds inflections with exact offsets (container → containers, munition → munitions)', () => {
    expect(matches('container')).toEqual([[4, ['containers']], [6, ['containers']]]);
    expect(matches('munition')).toEqual([[1, ['munitions']], [4, ['munitions']]]);
    const [first] = prepared.index.findParagraphs('containers');
    const offset = textOf(4).indexOf('containers');
    expect(first?.occurrences).toEqual([[offset, offset + 'containers'.length]]);
  });

  it('matches a multi-word phrase as one occurrence', () => {
    expect(matches('Security Council')).toEqual([[5, ['Security Council']], [14, ['Security Council']]]);
    expect(matches('according to')).toEqual([
      [2, ['according to']],
      [6, ['according to']],
      [11, ['according to']],
    ]);
  });

  it('matches an acronym and its expansion, never a name that merely shares the letters', () => {
    expect(matches('United Nations')).toEqual([[14, ['U.N.']]]);
    expect(matches('UN')).toEqual([[14, ['U.N.']]]);
    expect(matches('Un')).toEqual([[3, ['Un']]]);
    expect(matches('U.S.')).toEqual([[1, ['United States']]]);
  });

  it('returns paragraphs in order, every occurrence of a name', () => {
    const lavrov = prepared.index.findParagraphs('Lavrov');
    expect(lavrov.map((hit) => hit.paragraph)).toEqual([1, 2, 12, 13]);
    expect(prepared.index.findParagraphs('Pyongyang').every((hit, i, all) => i === 0 || all[i - 1]!.paragraph < hit.paragraph)).toBe(true);
  });

  it('finds nothing for a word the article lacks', () => {
    expect(prepared.index.findParagraphs('banana')).toEqual([]);
    expect(prepared.index.findParagraphs('   ')).toEqual([]);
  });
});

describe('findParagraphs with places', () => {
  it('does not bold a country acronym for its capital', () => {
    const hits = prepared.index.findParagraphs('Pyongyang');
    const texts = hits.flatMap((hit) => {
      const text = prepared.article.paragraphs[hit.paragraph - 1]!.text;
      return hit.occurrences.map(([start, end]) => text.slice(start, end));
    });
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set(['Pyongyang']));
  });
});

describe('findParagraphs with an organisation named by its initials', () => {
  const text = [
    'The Federal Trade Commission said on Tuesday it would review the merger.',
    '"We will look closely," FTC Chair Lina Vance told reporters.',
    'The Department of Homeland Security and the Food and Drug Administration were not involved.',
    'Fitch, Trade and Commerce analysts were not surprised. Fast Track Cycling was.',
  ].join('\n\n');
  const article = prepareForTest(articleFromPlainText('initials', `Regulators review chip deal\n\n${text}`));
  const found = (term: string): string[] =>
    article.index.findParagraphs(term).flatMap((hit) => {
      const paragraph = article.article.paragraphs.find((candidate) => candidate.number === hit.paragraph)!.text;
      return hit.occurrences.map(([start, end]) => paragraph.slice(start, end));
    });

  it('finds the name spelled out for an acronym, and the acronym for the name', () => {
    expect(found('FTC')).toEqual(['Federal Trade Commission', 'FTC', 'Fast Track Cycling']);
    expect(found('Federal Trade Commission')).toEqual(['Federal Trade Commission', 'FTC']);
    expect(found('DHS')).toEqual(['Department of Homeland Security']);
    expect(found('F.D.A.')).toEqual(['Food and Drug Administration']);
  });

  it('never spells across punctuation, through other lower-case words, or for a two-letter word', () => {
    expect(found('FTA')).toEqual([]);
    expect(found('TC')).toEqual([]);
    expect(found('ftc')).toEqual(['FTC']);
  });
});

describe('findParagraphs with a term of symbols only', () => {
  const article = prepareForTest(articleFromPlainText('prices', 'Headset launch\n\nIt costs $1,499 and €1,649.\n\nA cheaper model costs €849, or 20% less.'));
  it('finds "€" as written, every occurrence', () => {
    expect(article.index.findParagraphs('€').map((hit) => hit.occurrences.length)).toEqual([1, 1]);
    expect(article.index.findParagraphs('%').length).toBe(1);
    expect(article.index.findParagraphs('£')).toEqual([]);
    expect(article.index.findParagraphs(',')).toEqual([]);
    expect(article.index.findParagraphs('"')).toEqual([]);
  });
});

describe('searchSentences with an acronym the article spells out', () => {
  const article = prepareForTest(
    articleFromPlainText('sec', 'Fraud case\n\nThe founder was convicted on Friday.\n\nThe Securities and Exchange Commission has filed a civil case seeking a ban.\n\nInvestors lost $40 million.'),
  );
  it('finds the sentence naming the body in full for "the SEC"', () => {
    const [best] = article.index.searchSentences('What is the SEC seeking?', 3);
    expect(article.sentences[best!.sentenceId]!.text).toMatch(/^The Securities and Exchange Commission/);
  });
});
