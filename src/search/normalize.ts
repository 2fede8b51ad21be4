import { createRequire } from 'node:module';
import irregularForms from './data/irregular-verbs.json' with { type: 'json' };
import stopWordList from './data/stopwords.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const porterStem = require('wink-porter2-stemmer') as (word: string) => string;

const STOP_WORDS: ReadonlySet<string> = new Set(stopWordList);
// A Map, not the JSON object: a word like "constructor" must not find Object.prototype members.
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(irregularForms));

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
// "Who was second?" is not answered by "16 seconds off the record": the plural is only ever the unit.
const KEPT_PLURALS: ReadonlySet<string> = new Set(['seconds']);

export function stemWord(folded: string): string {
  if (KEPT_PLURALS.has(folded)) return folded;
  const base = IRREGULAR.get(folded) ?? folded;
  return /^\d/.test(base) ? base : porterStem(base);
}
