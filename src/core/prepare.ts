import type { Article } from '../article/types.js';
import { extractAttributions } from '../nlp/attributions.js';
import { extractEntities } from '../nlp/entities.js';
import { extractPeople } from '../nlp/people.js';
import { splitSentences } from '../nlp/sentences.js';
import { rankSummarySentences } from '../nlp/summary.js';
import { buildArticleIndex } from '../search/build-index.js';
import type { PreparedArticle } from './prepared.js';
import { buildVocabulary } from './vocabulary.js';

/** Runs the whole NLP pipeline once, at load time, so commands only look up and rank. */
export function prepareArticle(article: Article): PreparedArticle {
  const sentences = splitSentences(article.paragraphs);
  const people = extractPeople(article, sentences);
  return {
    article,
    sentences,
    people,
    attributions: extractAttributions(article, sentences, people),
    entities: extractEntities(article, sentences, people),
    summaryRanking: rankSummarySentences(article, sentences),
    index: buildArticleIndex(article, sentences, people),
    vocabulary: buildVocabulary(article.paragraphs, people),
  };
}
