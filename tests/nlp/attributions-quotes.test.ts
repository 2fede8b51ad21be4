import { describe, expect, it } from 'vitest';
import { findQuoteSpans, maskQuotes } from '../../src/nlp/quotes.js';

const quoted = (text: string): string[] => findQuoteSpans(text).map((span) => text.slice(span.start, span.end));

describe('quote spans', () => {
  it('pairs straight and curly double quotes', () => {
    expect(quoted('"Yes," he said, "we will."')).toEqual(['Yes,', 'we will.']);
    expect(quoted('“Yes,” he said, “we will.”')).toEqual(['Yes,', 'we will.']);
  });

  it('keeps apostrophes and nested single quotes inside the span', () => {
    expect(quoted(`"It's 'no Duke we want,' " she said.`)).toEqual([`It's 'no Duke we want,' `]);
  });

  it('runs an unclosed quote to the end of the paragraph', () => {
    const spans = findQuoteSpans('She said: "There is only one way.');
    expect(spans).toEqual([{ start: 11, end: 33, closed: false }]);
  });

  it('masks quoted words and marks without moving offsets', () => {
    const text = 'He said "we lost" today.';
    const masked = maskQuotes(text, findQuoteSpans(text));
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('He said           today.');
  });
});
