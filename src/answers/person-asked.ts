import type { PreparedArticle } from '../core/prepared.js';
import { isRoleNoun, isTitleWord } from '../nlp/gazetteer.js';
import { articleWordsOf, matchPerson, matchRole } from '../nlp/people-match.js';
import type { Person } from '../nlp/types.js';
import { unnamedSpeakerMatches } from './unnamed-speakers.js';

export interface PersonAsked {
  prepared: PreparedArticle;
  person: Person;
  /** True when the question names them (a name match at least `nameScore`), not only their role or description. */
  byName: boolean;
  /** Others of the same article the name typed fits as well ("Tran" of Michael and Karen Tran). */
  namesakes?: Person[];
}

/**
 * The person a question asks about: by name when the match is at least `nameScore` ("Vladmir Putin" is 0.85), else
 * by role ("the mayor", the one the article names most if several hold it), else a source quoted without a name
 * ("the doctor").
 */
export function personAsked(articles: readonly PreparedArticle[], asked: string, nameScore: number): PersonAsked | null {
  const people = articles.flatMap((prepared) => prepared.people.map((person) => ({ prepared, person })));
  // "How old was she?": with no name to go on, the person the story is most about, of that gender.
  const pronoun = /^\s*(he|him|she|her)\s*$/i.exec(asked)?.[1]?.toLowerCase();
  if (pronoun) {
    const gender = pronoun === 'he' || pronoun === 'him' ? 'male' : 'female';
    const subject = people.filter(({ person }) => person.gender === gender).sort((a, b) => b.person.mentionCount - a.person.mentionCount)[0];
    return subject ? { prepared: subject.prepared, person: subject.person, byName: false } : null;
  }
  const name = withoutTitle(asked);
  const score = (person: Person): number => Math.max(matchPerson(asked, person), name === asked ? 0 : matchPerson(name, person));
  const scored = people.map((entry) => ({ ...entry, score: score(entry.person) })).sort((a, b) => b.score - a.score);
  const named = scored[0];
  if (named && named.score >= nameScore) {
    const equals = scored.filter((entry) => entry.prepared === named.prepared && entry.score === named.score);
    // "Senator Holt" of two Holts: the one whose role the title names.
    const title = name === asked ? '' : asked.slice(0, asked.lastIndexOf(name)).trim();
    const titled = title && equals.length > 1 ? equals.filter((entry) => matchRole(title, entry.person, articleWordsOf(entry.prepared.vocabulary), true) > 0) : [];
    if (titled.length === 1) return { prepared: titled[0]!.prepared, person: titled[0]!.person, byName: true };
    const namesakes = equals.filter((entry) => entry !== named).map((entry) => entry.person);
    return { prepared: named.prepared, person: named.person, byName: true, ...(namesakes.length > 0 && { namesakes }) };
  }
  const roleHolder = (loose: boolean) =>
    people
      .map((entry) => ({ ...entry, score: matchRole(asked, entry.person, articleWordsOf(entry.prepared.vocabulary), loose) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || b.person.mentionCount - a.person.mentionCount)[0];
  // "the union" quoted as itself ("…, the union said") is the union, not its representative, whose role only names it.
  const askedHead = asked.trim().toLowerCase().split(/\s+/).at(-1) ?? '';
  const sameSource = unnamedSpeakerMatches(articles, asked).find(({ person }) => person.name.toLowerCase().split(/\s+/).at(-1) === askedHead);
  const strict = roleHolder(false);
  const holdsHead = strict?.person.roles.some((role) => role.toLowerCase().split(/\s+/).at(-1) === askedHead) ?? false;
  if (sameSource && !holdsHead) return { prepared: sameSource.prepared, person: sameSource.person, byName: false };
  // "the sceptic economist": failing every word, the role noun typed ("economist") is enough.
  const byRole = strict ?? roleHolder(true);
  const found = byRole ?? unnamedSpeakerMatches(articles, asked)[0];
  return found ? { prepared: found.prepared, person: found.person, byName: false } : null;
}

/** "Judge Marsh" → "Marsh", "Police Chief Ann Boyd" → "Ann Boyd": the name after the titles, if a name follows. */
export function withoutTitle(asked: string): string {
  const words = asked.trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && (isTitleWord(words[start]!) || isRoleNoun(words[start]!.toLowerCase()))) start += 1;
  return start > 0 && /^\p{Lu}/u.test(words[start]!) ? words.slice(start).join(' ') : asked;
}
