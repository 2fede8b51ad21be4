import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../src/article/parse-text.js';
import { extractAttributions } from '../../src/nlp/attributions.js';
import { extractPeople } from '../../src/nlp/people.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import type { Attribution } from '../../src/nlp/types.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const article = parseRawText(readFileSync(path.join(repoRoot, 'data/lavrov-pyongyang-visit.txt'), 'utf8'), 'lavrov-pyongyang-visit.txt');
const sentences = splitSentences(article.paragraphs);
const people = extractPeople(article, sentences);
const attributions = extractAttributions(article, sentences, people);

const containing = (words: string): Attribution[] => attributions.filter((attribution) => attribution.quote.includes(words));
const idOf = (surname: string): string | undefined => people.find((person) => person.name.endsWith(surname))?.id;

describe('attributions of the seed article', () => {
  it("ties Kirby's quote to him, without the quote marks", () => {
    const [kirby] = containing('We condemn the DPRK');
    expect(kirby).toMatchObject({ kind: 'direct', speaker: 'John Kirby', speakerId: idOf('Kirby'), outlet: null });
    expect(kirby?.quote.startsWith('We condemn')).toBe(true);
    expect(kirby?.quote.endsWith('Ukrainian cities')).toBe(true);
  });

  it("continues Kirby's quote with his 'He added that …'", () => {
    expect(containing('advanced weapons technology')[0]).toMatchObject({ kind: 'indirect', speakerId: idOf('Kirby') });
  });

  it("gives Easley both quotes of the inverted '…,\" said Leif-Eric Easley, a professor …' and his 'he added'", () => {
    const quotes = attributions.filter((attribution) => attribution.speakerId === idOf('Easley'));
    expect(quotes.map((quote) => quote.quote)).toEqual([
      'Moscow needs shells, and Pyongyang has them in enormous quantities',
      'What North Korea wants in exchange is the real question.',
      expect.stringContaining('Easley said the North could be seeking help'),
      expect.stringContaining('This would be done quietly, he added'),
    ]);
  });

  it('names ABC News as the outlet of the containers claim, with no speaker', () => {
    expect(containing('Russian-flagged ship')[0]).toMatchObject({ kind: 'according-to', speaker: null, outlet: 'ABC News' });
  });

  it('names the Associated Press as the outlet of its report', () => {
    expect(containing('possible visit by Putin')[0]).toMatchObject({ speaker: null, outlet: 'the Associated Press' });
  });

  it('records that Peskov said the allegations were unfounded and declined to comment', () => {
    const peskov = containing('declined to comment further');
    expect(peskov.map((claim) => claim.kind).sort()).toEqual(['indirect', 'no-comment']);
    expect(peskov.every((claim) => claim.speaker === 'Dmitry Peskov')).toBe(true);
  });

  it("gives Choe's claim the news agency that reported it", () => {
    expect(containing('fully supports')[0]).toMatchObject({ speakerId: idOf('Hui'), outlet: expect.stringContaining('Korean Central News Agency') });
  });

  it('keeps non-person speakers as the text names them', () => {
    expect(containing('1,000 containers')[0]?.speaker).toBe('the White House');
    expect(containing('watching the visit closely')[0]?.speaker).toBe("South Korea's foreign ministry");
  });

  it('attributes nothing in the narrative paragraphs', () => {
    const narrative = article.paragraphs.find((paragraph) => paragraph.text.includes('Vostochny Cosmodrome'));
    expect(attributions.filter((attribution) => attribution.paragraph === narrative?.number)).toEqual([]);
  });

  it('quotes only verbatim text of the paragraph it cites', () => {
    for (const attribution of attributions) {
      expect(article.paragraphs[attribution.paragraph - 1]?.text).toContain(attribution.quote);
    }
  });
});
