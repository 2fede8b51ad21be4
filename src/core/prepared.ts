import type { Article } from '../article/types.js';
import type { Attribution, Entity, Person, Sentence } from '../nlp/types.js';
import type { ArticleIndex } from '../search/article-index.js';

/**
 * Everything Byline computes once per article at load time, so that a command
 * only looks up and ranks.
 */
export interface PreparedArticle {
  article: Article;
  sentences: Sentence[];
  people: Person[];
  attributions: Attribution[];
  entities: Entity[];
  /** Sentence ids, best summary sentence first (already de-duplicated and junk-free). */
  summaryRanking: number[];
  index: ArticleIndex;
  /** Distinct content terms and names in the article, most frequent first (for /quote autocomplete). */
  vocabulary: string[];
}
