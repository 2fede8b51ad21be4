import { createRequire } from 'node:module';
import type { Paragraph } from '../article/types.js';
import type { Person } from '../nlp/types.js';

const require = createRequire(import.meta.url);
const STOP_WORDS = new Set<string>((require('stopwords-iso') as Record<string, string[]>).en);

/** Names first, then content words of four letters or more, most frequent first (for /quote suggestions). */
export function buildVocabulary(paragraphs: Paragraph[], people: Person[]): string[] {
  const counts = new Map<string, number>();
  for (const { text } of paragraphs) {
    for (const match of text.matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
      const word = match[0].toLowerCase().replace(/['’]s$/, '');
      if (word.length < 4 || STOP_WORDS.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const names = [...people].sort((a, b) => b.mentionCount - a.mentionCount).map((person) => person.name);
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return [...new Set([...names, ...words])];
}
