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
// Words Porter2 would merge with another: "Who was second?" is not answered by "16 seconds off the record" (the plural
// is only ever the unit), nor "How many died?" by "the Fire Department" (not "departed").
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['seconds', 'seconds'],
  ['department', 'department'],
  ['departments', 'department'],
]);

export function stemWord(folded: string): string {
  const exception = STEM_EXCEPTIONS.get(folded);
  if (exception) return exception;
  const base = IRREGULAR.get(folded) ?? folded;
  return /^\d/.test(base) ? base : porterStem(base);
}
