import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../src/article/boilerplate.js';
import { parseRawText } from '../../src/article/parse-text.js';

describe('page furniture lines', () => {
  it('include links to other stories under a label', () => {
    expect(isBoilerplateLine('Also on rt.com Journalists & politicians threatened with sedition arrests')).toBe(true);
    expect(isBoilerplateLine('READ MORE: Council approves harbour budget')).toBe(true);
    expect(isBoilerplateLine('Related: Ferry fares to rise in spring')).toBe(true);
    expect(isBoilerplateLine('Advertisement')).toBe(true);
  });

  it('leave sentences alone, even when they open with such a word', () => {
    expect(isBoilerplateLine('Also on Tuesday, the council approved the harbour budget.')).toBe(false);
    expect(isBoilerplateLine('Related: the two cases were heard together, the judge said.')).toBe(false);
    expect(isBoilerplateLine('Watching the ferries come in is a local pastime')).toBe(false);
  });

  it('are kept out of a raw article', () => {
    const article = parseRawText('Harbour budget approved\n\nThe council approved the budget on Monday.\n\nREAD MORE: Ferry fares to rise\n\nWork starts in May.', 'harbour.txt');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The council approved the budget on Monday.', 'Work starts in May.']);
  });
});
