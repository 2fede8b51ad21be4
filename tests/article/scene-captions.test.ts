import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../src/article/parse-text.js';
import { isSceneCaption } from '../../src/article/scene-captions.js';

describe('photo captions left without their credit', () => {
  it('are told by a short subject, a present-tense scene verb and the weekday of the photo', () => {
    expect(isSceneCaption('Marta Ruiz lights a candle during a vigil for the crew Sunday in Vigo, Spain.')).toBe(true);
    expect(isSceneCaption("A firefighter carries a child from the flats Monday. The blaze spread to three floors.")).toBe(true);
    expect(isSceneCaption('Mayor Tom Okafor speaks to reporters outside city hall Thursday.')).toBe(true);
  });

  it('leave body paragraphs alone: past tense, quotes, reporting verbs, no weekday, long subjects', () => {
    expect(isSceneCaption('Marta Ruiz lit a candle during a vigil for the crew Sunday in Vigo, Spain.')).toBe(false);
    expect(isSceneCaption('"We will not leave," Marta Ruiz says as she holds a candle Sunday.')).toBe(false);
    expect(isSceneCaption('Marta Ruiz holds the record for the longest swim in the bay.')).toBe(false);
    expect(isSceneCaption('The committee that oversees the port authority budget holds hearings on Tuesday.')).toBe(false);
    expect(isSceneCaption('Ruiz holds a candle Sunday. Her brother was on the boat. Divers found the wreck on Monday.')).toBe(false);
  });

  it('are kept out of the paragraphs of a raw article, as the caption', () => {
    const article = parseRawText(
      [
        'Vigil held for missing trawler crew',
        '',
        'VIGO, Spain -- Hundreds gathered on Sunday to remember six fishermen lost at sea.',
        '',
        'Marta Ruiz lights a candle during a vigil for the crew Sunday in Vigo, Spain.',
        '',
        'The trawler disappeared in a storm last week, the coast guard said.',
      ].join('\n'),
      'vigil.txt',
    );
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'VIGO, Spain -- Hundreds gathered on Sunday to remember six fishermen lost at sea.',
      'The trawler disappeared in a storm last week, the coast guard said.',
    ]);
    expect(article.caption).toBe('Marta Ruiz lights a candle during a vigil for the crew Sunday in Vigo, Spain.');
  });
});
