import type { PreparedArticle } from '../core/prepared.js';
import { matchPerson } from '../nlp/people-match.js';
import type { Person, Sentence } from '../nlp/types.js';

/** A name match at least this good means the question names the person. */
const NAMES_PERSON = 0.9;
const WHO_IS = /^\s*who\s+(?:is|was|'s)\s+(.+?)\s*\??\s*$/i;

export interface Introduction {
  prepared: PreparedArticle;
  person: Person;
  sentence: Sentence;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, form: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'u').test(text);

/**
 * "Who is X?" about a person of the article: the sentence that introduces them — the first naming them with one of
 * their roles ("Leif-Eric Easley, a professor at Ewha University, said"), else the first naming them in full, else the first mention.
 */
export function introductionOf(articles: readonly PreparedArticle[], question: string): Introduction | null {
  const asked = WHO_IS.exec(question)?.[1];
  if (!asked) return null;
  const best = articles
    .flatMap((prepared) => prepared.people.map((person) => ({ prepared, person, score: matchPerson(asked, person) })))
    .sort((a, b) => b.score - a.score)[0];
  if (!best || best.score < NAMES_PERSON) return null;
  const { prepared, person } = best;
  const naming = prepared.sentences.filter((sentence) => [person.name, ...person.aliases].some((form) => mentions(sentence.text, form)));
  const sentence =
    naming.find((candidate) => person.roles.some((role) => candidate.text.includes(role))) ??
    naming.find((candidate) => mentions(candidate.text, person.name)) ??
    naming[0];
  return sentence ? { prepared, person, sentence } : null;
}
