import type { PreparedArticle } from '../core/prepared.js';
import { citeSentence } from './citation.js';
import { joinRunningQuotes } from './running-quotes.js';
import type { Quote, SummaryAnswer } from './types.js';

export type SummaryLength = SummaryAnswer['length'];

export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 3, medium: 5, long: 8 };

/** The best `count` sentence ids of a summary ranking, in article order. */
export function pickSummarySentences(ranking: number[], count: number): number[] {
  return ranking.slice(0, count).sort((a, b) => a - b);
}

/** An extractive summary: the article's top-ranked sentences, verbatim and cited, in reading order. */
export function answerSummary(prepared: PreparedArticle, length: SummaryLength): SummaryAnswer {
  const { article, sentences } = prepared;
  const quotes: Quote[] = pickSummarySentences(prepared.summaryRanking, SUMMARY_SENTENCES[length]).map((id) => {
    const sentence = sentences[id]!;
    return {
      text: sentence.text,
      highlights: [],
      citation: citeSentence(prepared, id),
      paragraphText: article.paragraphs.find((paragraph) => paragraph.number === sentence.paragraph)?.text ?? sentence.text,
    };
  });
  return {
    kind: 'summary',
    articleId: article.id,
    articleTitle: article.title,
    publisher: article.publisher,
    dek: article.dek,
    length,
    quotes: joinRunningQuotes(quotes),
  };
}
