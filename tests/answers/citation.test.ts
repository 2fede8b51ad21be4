import { describe, expect, it } from 'vitest';
import { citeSentence } from '../../src/answers/citation.js';
import { articleFromPlainText } from '../../src/article/plain-text.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { formatCitation } from '../../src/render/citation.js';

const prepared = prepareArticle(
  articleFromPlainText(
    'summit',
    [
      'Leaders discuss the vote',
      'The leaders discussed the vote, according to a statement from the commission.',
      'Hope Hicks, a former aide, declined to comment.',
      'Maria Lopez, the finance minister, said the deal would hold.',
      'Early work suggests the reef is recovering.',
      'Two divers were hurt, according to Reuters. The reef will close for a month. Maria Lopez told the BBC it would reopen.',
      'The charity welcomed the study. Maria Lopez told the BBC that it mattered.',
      'Tom Reyes, a pilot, said the storm was the worst in years. Flights were cancelled, according to Reuters.',
      'Economists were divided before the meeting. According to Reuters, 14 of 25 economists expected a rise. Most now expect another.',
    ].join('\n\n'),
  ),
);
const lineOf = (paragraph: number): string => {
  const sentence = prepared.sentences.find((candidate) => candidate.paragraph === paragraph)!;
  return formatCitation(citeSentence(prepared, sentence.id));
};

describe('citations', () => {
  it('credits a person with "said by" and a cited document or body with "according to"', () => {
    expect(lineOf(4)).toBe('¶4 · said by Maria Lopez');
    expect(lineOf(2)).toBe('¶2 · according to a statement from the commission');
    expect(lineOf(5)).toBe('¶5 · according to early work');
  });

  it('gives "according to <outlet>" to the unsourced sentences of its paragraph, "told <outlet>" only to its speaker', () => {
    const sentencesOf = (paragraph: number) => prepared.sentences.filter((sentence) => sentence.paragraph === paragraph);
    expect(sentencesOf(6).map((sentence) => formatCitation(citeSentence(prepared, sentence.id)))).toEqual([
      '¶6 · according to Reuters',
      '¶6 · according to Reuters',
      '¶6 · said by Maria Lopez · according to the BBC',
    ]);
    expect(sentencesOf(7).map((sentence) => formatCitation(citeSentence(prepared, sentence.id)))).toEqual([
      '¶7',
      '¶7 · said by Maria Lopez · according to the BBC',
    ]);
    // A named source's own sentence is theirs alone, whatever outlet the paragraph cites elsewhere.
    expect(sentencesOf(8).map((sentence) => formatCitation(citeSentence(prepared, sentence.id)))).toEqual([
      '¶8 · said by Tom Reyes',
      '¶8 · according to Reuters',
    ]);
    // The narration before the outlet is cited is not the outlet's.
    expect(sentencesOf(9).map((sentence) => formatCitation(citeSentence(prepared, sentence.id)))).toEqual(['¶9', '¶9 · according to Reuters', '¶9 · according to Reuters']);
  });

  it('credits no speaker for "declined to comment": they said nothing', () => {
    expect(lineOf(3)).toBe('¶3');
  });

  it('names the section as a section, so it never reads as a source', () => {
    const citation = { articleId: 'a', articleTitle: 'T', publisher: null, paragraph: 2, section: 'The study', speaker: 'Fiona McAllister', outlet: null };
    expect(formatCitation(citation)).toBe('¶2 · section “The study” · said by Fiona McAllister');
  });
});
