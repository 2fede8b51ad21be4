import { describe, expect, it } from 'vitest';
import { answerQuote, suggestTerms } from '../../src/answers/quote.js';
import type { Attribution } from '../../src/nlp/types.js';
import { articleFromPlainText } from '../../src/article/plain-text.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { prepareForTest, seedArticle } from '../search/seed-article.js';

const article = seedArticle();
const outletOfContainers: Attribution = {
  paragraph: 6,
  sentence: prepareForTest(article).sentences.find((sentence) => sentence.paragraph === 6)!.id,
  speakerId: null,
  speaker: null,
  outlet: 'ABC News',
  quote: 'The containers were loaded onto a Russian-flagged ship',
  kind: 'according-to',
};
const prepared = { ...prepareForTest(article, [], [outletOfContainers]), vocabulary: ['Sergey Lavrov', 'containers', 'munitions', 'Pyongyang'] };

describe('answerQuote', () => {
  it('quotes every matching paragraph verbatim, bolding each inflected occurrence, with its citation', () => {
    const answer = answerQuote([prepared], 'container');
    expect(answer.kind).toBe('quote');
    if (answer.kind !== 'quote') return;
    expect(answer.total).toBe(2);
    expect(answer.quotes.map((quote) => quote.citation.paragraph)).toEqual([4, 6]);
    for (const quote of answer.quotes) {
      expect(quote.text).toBe(article.paragraphs[quote.citation.paragraph - 1]!.text);
      expect(quote.highlights.map(([start, end]) => quote.text.slice(start, end))).toEqual(['containers']);
    }
    expect(answer.quotes[0]!.citation).toMatchObject({ articleId: article.id, section: 'What Washington says', outlet: null });
    expect(answer.quotes[1]!.citation).toMatchObject({ paragraph: 6, outlet: 'ABC News', publisher: 'The Global Desk' });
  });

  it('says plainly when the term is absent, suggesting close vocabulary', () => {
    const answer = answerQuote([prepared], 'muntions');
    expect(answer).toMatchObject({ kind: 'not-found', command: 'quote', query: 'muntions' });
    if (answer.kind === 'not-found') expect(answer.suggestions).toContain('munitions');
  });

  it('finds the words a beginning typed alone stands for ("Pyong" → Pyongyang), but no short beginning', () => {
    const answer = answerQuote([prepared], 'Pyong');
    const full = answerQuote([prepared], 'Pyongyang');
    expect(answer.kind === 'quote' && full.kind === 'quote' && answer.quotes.map((quote) => quote.citation.paragraph)).toEqual(
      full.kind === 'quote' ? full.quotes.map((quote) => quote.citation.paragraph) : [],
    );
    expect(answer.kind === 'quote' && answer.total).toBeGreaterThan(0);
    expect(answerQuote([prepared], 'Pyo').kind).toBe('not-found');
  });

  it('reads a term typed in quotation marks as the phrase inside them', () => {
    const answer = answerQuote([prepared], '"containers"');
    expect(answer.kind === 'quote' && [answer.term, answer.total]).toEqual(['containers', 2]);
  });

  it('quotes across several articles, naming each', () => {
    const other = { ...prepared, article: { ...article, id: 'copy', title: 'Copy' } };
    const answer = answerQuote([prepared, other], 'munitions');
    expect(answer.kind === 'quote' && answer.quotes.map((quote) => quote.citation.articleId)).toEqual([article.id, article.id, 'copy', 'copy']);
  });
});

describe('suggestTerms', () => {
  it('offers vocabulary starting with the typed text, then containing it', () => {
    expect(suggestTerms([prepared], 'mun')).toEqual(['munitions']);
    expect(suggestTerms([prepared], 'lav')).toEqual(['Sergey Lavrov']);
    expect(suggestTerms([prepared], '')).toHaveLength(4);
    expect(suggestTerms([prepared], '', 2)).toEqual(['Sergey Lavrov', 'containers']);
  });

  it('credits the speaker of the sentence that holds the term, not the first speaker of the paragraph', () => {
    const article = articleFromPlainText(
      'stopgap',
      'Stopgap passes\n\nSpeaker Mike Johnson said the House would act next month. Rep. Ana Ruiz called the deal "a band-aid."',
    );
    const answer = answerQuote([prepareArticle(article)], 'band-aid');
    expect(answer.kind === 'quote' && answer.quotes[0]!.citation.speaker).toBe('Ana Ruiz');
  });

  it('points to the headline when only the headline holds the term', () => {
    const prepared = prepareArticle(articleFromPlainText('fraud', 'Adviser jailed for $62 million Ponzi scheme\n\nThe adviser was sentenced on Thursday.', true));
    expect(answerQuote([prepared], 'ponzi')).toMatchObject({ kind: 'not-found', message: 'Only the headline says “ponzi”: “Adviser jailed for $62 million Ponzi scheme”' });
    expect(answerQuote([prepared], 'zebra')).toMatchObject({ kind: 'not-found', message: 'The article does not contain “zebra”.' });
  });

  it('credits no one for narration beside a report, and the speaker for a sentence of their quotation', () => {
    const prepared = prepareArticle(
      articleFromPlainText(
        'march',
        'March\n\nOutside, 15,000 protesters marched with banners reading "Not enough." Police said 42 people were detained.\n\n"We were asked to sign. We refused," Ana Ruiz said.',
      ),
    );
    const speakerFor = (term: string): string | null | false => {
      const answer = answerQuote([prepared], term);
      return answer.kind === 'quote' && answer.quotes[0]!.citation.speaker;
    };
    expect(speakerFor('protesters')).toBeNull();
    expect(speakerFor('detained')).toBe('police');
    expect(speakerFor('refused')).toBe('Ana Ruiz');
  });
});

describe('answerQuote with no word to look for', () => {
  it('asks for a word instead of claiming the article lacks punctuation', () => {
    const answer = answerQuote([prepareForTest(seedArticle())], '.');
    expect(answer).toMatchObject({ kind: 'not-found', message: 'Give a word or phrase to look for.' });
  });

  it('asks for a rarer word than "the", but looks for one typed in capitals as a name', () => {
    const prepared = prepareArticle(articleFromPlainText('us', 'Talks resume\n\nThe US and the EU met on Monday.'));
    expect(answerQuote([prepared], 'the')).toMatchObject({ kind: 'not-found', message: '“the” is too common a word to look for; give a name or a rarer word.' });
    expect(answerQuote([prepared], 'US')).toMatchObject({ kind: 'quote', total: 1 });
  });

  it('does not credit a paragraph to a source whose claim sits inside one of its sentences', () => {
    const prepared = prepareArticle(
      articleFromPlainText('visit', 'Envoy visits\n\nThe envoy arrived in Oslo on Monday, days after the ministry said talks had stalled. He met the mayor.'),
    );
    const answer = answerQuote([prepared], 'mayor');
    expect(answer.kind === 'quote' && answer.quotes[0]!.citation.speaker).toBeNull();
  });
});
