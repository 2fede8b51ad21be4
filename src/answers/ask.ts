import type { PreparedArticle } from '../core/prepared.js';
import type { SentenceHit } from '../search/article-index.js';
import { citeSentence } from './citation.js';
import type { AskAnswer, NotFoundAnswer, Quote } from './types.js';

/** Below this the question's content is not in the article, and Byline says so instead of quoting. */
export const ASK_CONFIDENCE_THRESHOLD = 0.45;
/**
 * A sentence holding several of the question's words shows the article speaks of it even when the confidence is
 * lower, as for long questions and cloze statements that paraphrase most of their words: [distinct words, lowest confidence].
 */
const MATCHED_WORDS_EVIDENCE: ReadonlyArray<readonly [number, number]> = [
  [3, 0.1],
  [2, 0.3],
];
const CANDIDATES_PER_ARTICLE = 5;
// A second sentence is shown only when it is nearly as good and brings question words the first lacks.
const SECOND_SENTENCE_MIN_SCORE = 0.7;

interface ScoredHit {
  prepared: PreparedArticle;
  hit: SentenceHit;
}

/**
 * How sure the ranker is: whether the article speaks of what the question asks about at all, how much of the
 * question the best sentence covers, and a little how clearly it wins.
 */
export function askConfidence(best: SentenceHit, runnerUp: SentenceHit | undefined): number {
  const gap = runnerUp ? Math.max(0, (best.score - runnerUp.score) / best.score) : 1;
  return 0.55 * (best.topicCoverage ?? 0) + 0.35 * (best.coverage ?? 0) + 0.1 * gap;
}

function isAnswered(best: SentenceHit, confidence: number): boolean {
  if (confidence >= ASK_CONFIDENCE_THRESHOLD) return true;
  const matchedWords = new Set(best.matchedTerms.map((term) => term.toLowerCase())).size;
  return MATCHED_WORDS_EVIDENCE.some(([words, lowest]) => matchedWords >= words && confidence >= lowest);
}

/** Answers a free question with the best sentence(s) of the given articles, verbatim and cited, or says the article does not say. */
export function answerAsk(articles: PreparedArticle[], question: string): AskAnswer | NotFoundAnswer {
  const ranked: ScoredHit[] = articles
    .flatMap((prepared) => prepared.index.searchSentences(question, CANDIDATES_PER_ARTICLE).map((hit) => ({ prepared, hit })))
    .sort((a, b) => b.hit.score - a.hit.score);
  const best = ranked[0];
  const confidence = best ? askConfidence(best.hit, ranked[1]?.hit) : 0;
  if (!best || !isAnswered(best.hit, confidence)) return notFound(question);

  const chosen = [best, ...secondSentence(best, ranked.slice(1))];
  return {
    kind: 'ask',
    question,
    quotes: chosen.map(({ prepared, hit }) => quoteSentence(prepared, hit)),
    confidence: Math.min(1, confidence),
  };
}

function secondSentence(best: ScoredHit, rest: ScoredHit[]): ScoredHit[] {
  const known = new Set(best.hit.matchedTerms.map((term) => term.toLowerCase()));
  const next = rest.find(({ prepared, hit }) => prepared === best.prepared && hit.score >= SECOND_SENTENCE_MIN_SCORE * best.hit.score);
  if (!next) return [];
  const addsCoverage = next.hit.matchedTerms.some((term) => !known.has(term.toLowerCase()));
  return addsCoverage ? [next] : [];
}

function quoteSentence(prepared: PreparedArticle, hit: SentenceHit): Quote {
  const sentence = prepared.sentences.find((candidate) => candidate.id === hit.sentenceId)!;
  const paragraph = prepared.article.paragraphs.find((candidate) => candidate.number === sentence.paragraph);
  return {
    text: sentence.text,
    highlights: occurrences(sentence.text, hit.matchedTerms),
    citation: citeSentence(prepared, sentence.id),
    paragraphText: paragraph?.text ?? sentence.text,
  };
}

function occurrences(text: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      ranges.push([match.index, match.index + term.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]).filter((range, i, all) => i === 0 || range[0] >= all[i - 1]![1]);
}

function notFound(question: string): NotFoundAnswer {
  const asked = question.trim().replace(/[?.!\s]+$/, '');
  return {
    kind: 'not-found',
    command: 'ask',
    query: question,
    message: asked ? `The article does not say: “${asked}?”` : 'Ask a question about the article.',
    suggestions: [],
  };
}
