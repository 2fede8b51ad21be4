import relatedData from './data/related-words.json' with { type: 'json' };
import newsRelations from './data/news-relations.json' with { type: 'json' };
import { foldWord, stemWord } from './normalize.js';

const RELATED = relatedData as Record<string, string[]>;

/** Stems news copy uses for the same event ("died", "were killed"), each with the others of its group. */
const NEWS_RELATED: ReadonlyMap<string, readonly string[]> = (() => {
  const related = new Map<string, Set<string>>();
  for (const group of newsRelations.groups) {
    const stems = [...new Set(group.filter((word) => !word.includes(' ')).map((word) => stemWord(foldWord(word))))];
    for (const stem of stems) {
      const others = related.get(stem) ?? new Set<string>();
      for (const other of stems) if (other !== stem) others.add(other);
      related.set(stem, others);
    }
  }
  return new Map([...related].map(([stem, others]) => [stem, [...others]]));
})();

/**
 * Stems of WordNet synonyms (in a word's first senses) and derivational forms ("found" → "establish", "founder"),
 * from src/search/data/related-words.json (eval/build-related-words.ts derives it), and the news words for one event
 * (src/search/data/news-relations.json).
 */
export function relatedStems(stem: string): readonly string[] {
  // Object.hasOwn: a word like "constructor" must not find Object.prototype members.
  const wordnet = Object.hasOwn(RELATED, stem) ? RELATED[stem]! : [];
  const news = NEWS_RELATED.get(stem);
  if (!news) return wordnet;
  let merged = MERGED.get(stem);
  if (!merged) MERGED.set(stem, (merged = [...new Set([...wordnet, ...news])]));
  return merged;
}

const MERGED = new Map<string, readonly string[]>();

/** Only the news words for one event (src/search/data/news-relations.json) related to a stem. */
export function newsRelatedStems(stem: string): readonly string[] {
  return NEWS_RELATED.get(stem) ?? [];
}
