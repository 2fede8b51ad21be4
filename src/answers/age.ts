import type { PreparedArticle } from '../core/prepared.js';
import type { Person, Sentence } from '../nlp/types.js';
import { personAsked } from './person-asked.js';

/** A name match at least this good means the question names the person. */
const NAMES_PERSON = 0.9;
const HOW_OLD = [
  /^\s*how\s+old\s+(?:is|was|are|were)\s+(.+?)\s*\??\s*$/i,
  /^\s*what\s+(?:is|was)\s+(.+?)(?:['’]s|s['’])\s+age\s*\??\s*$/i,
  /^\s*what\s+age\s+(?:is|was)\s+(.+?)\s*\??\s*$/i,
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways news copy gives a person's age next to their name: "X, 58,", "X (star, 69)", "the 58-year-old X", "X, aged 58". */
function agePatterns(form: string): RegExp[] {
  const name = `(?<![\\p{L}\\p{N}])${escape(form)}(?:['’]s)?(?![\\p{L}\\p{N}])`;
  const age = '(\\d{1,3})';
  return [
    new RegExp(`${name},\\s+(?:aged\\s+|who\\s+is\\s+|a\\s+)?${age}(?:-year-old)?(?=[\\s,;.)])`, 'u'),
    new RegExp(`${name}\\s+\\((?:[^()\\d]{1,40},\\s*)?${age}\\)`, 'u'),
    new RegExp(`${age}-year-old\\s+(?:[\\p{L}.'’-]+\\s+){0,4}${name}`, 'u'),
  ];
}

export interface AgeAnswer {
  prepared: PreparedArticle;
  person: Person;
  /** The sentence that gives the age, or null when the article never does. */
  sentence: Sentence | null;
}

/** "How old is X?": the first sentence giving X's age beside a name or alias of theirs. */
export function ageAsked(articles: readonly PreparedArticle[], question: string): AgeAnswer | null {
  const asked = HOW_OLD.map((pattern) => pattern.exec(question)?.[1]).find(Boolean);
  if (!asked) return null;
  const found = personAsked(articles, asked, NAMES_PERSON);
  if (!found) return null;
  const { prepared, person } = found;
  const patterns = [person.name, ...person.aliases].filter((form) => form.length > 1).flatMap(agePatterns);
  const sentence = prepared.sentences.find((candidate) => patterns.some((pattern) => pattern.test(candidate.text))) ?? null;
  return { prepared, person, sentence };
}
