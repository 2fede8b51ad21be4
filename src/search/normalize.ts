import { createRequire } from 'node:module';
import irregularForms from './data/irregular-verbs.json' with { type: 'json' };
import stopWordList from './data/stopwords.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const porterStem = require('wink-porter2-stemmer') as (word: string) => string;

const STOP_WORDS: ReadonlySet<string> = new Set(stopWordList);
const IRREGULAR: Readonly<Record<string, string>> = irregularForms;

/** Lower case without accents, possessive or inner apostrophes: "Korea's" → "korea", "Bogotá" → "bogota". */
export function foldWord(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’.,]/g, '');
}

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** The form under which inflections meet: irregular forms first, then the Porter2 stem. */
export function stemWord(folded: string): string {
  const base = IRREGULAR[folded] ?? folded;
  return /^\d/.test(base) ? base : porterStem(base);
}
