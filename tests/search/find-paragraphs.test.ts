import { describe, expect, it } from 'vitest';
import { prepareForTest, seedArticle } from './seed-article.js';

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
