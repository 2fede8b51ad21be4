import relatedData from './data/related-words.json' with { type: 'json' };

const RELATED = relatedData as Record<string, string[]>;

/**
 * Stems of WordNet synonyms (in a word's first senses) and derivational forms ("found" → "establish", "founder"),
 * from src/search/data/related-words.json (eval/build-related-words.ts derives it).
 */
export function relatedStems(stem: string): readonly string[] {
  // Object.hasOwn: a word like "constructor" must not find Object.prototype members.
  return Object.hasOwn(RELATED, stem) ? RELATED[stem]! : [];
}
