import { looksLikeOutletName } from './gazetteer.js';
import type { Person } from './types.js';

/** Who a reporting phrase names: a person of the article, another source named in words, or an outlet. */
export interface Source {
  person: Person | null;
  /** The source as the text names it (a person's full name when it is a person). */
  text: string | null;
  outlet: string | null;
}

export interface PersonMatch {
  person: Person;
  index: number;
  length: number;
}

const PREPOSITION = /\b(?:by|for|from|of|on behalf of|with|at|in|to|near|close to)\b/i;
const FOLLOWING_PREPOSITION = /^\s+(?:in|at|on|during|after|before|from|to|via|through)\b/;

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the article's people in a piece of text by full name or alias (longest form first). */
export class PersonFinder {
  private readonly forms: Array<{ pattern: RegExp; person: Person }>;

  constructor(people: Person[]) {
    this.forms = people
      .flatMap((person) => [person.name, ...person.aliases].map((form) => ({ form, person })))
      .filter(({ form }) => form.trim().length > 1)
      .sort((a, b) => b.form.length - a.form.length)
      .map(({ form, person }) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu'), person }));
  }

  /**
   * The person a source phrase names: "Kremlin spokesman Dmitry Peskov", "MSHA's Stickler" — but not
   * "a spokesman for X", "X's girlfriend" or "a Lufthansa spokesperson", where X only describes the
   * source. With `headOnly` false (a whole clause opening), words may follow the name ("X last week said").
   */
  speakerIn(phrase: string, headOnly = true): Person | null {
    const match = this.possibleSubjects(phrase).find(({ index, length }) => {
      const after = phrase.slice(index + length);
      return !headOnly || after.trim() === '' || /^\s*[,;:(]/.test(after) || FOLLOWING_PREPOSITION.test(after);
    });
    return match?.person ?? null;
  }

  /** Mentions that may be a clause's subject: not after a preposition, not a possessive ("X's girlfriend"). */
  possibleSubjects(text: string): PersonMatch[] {
    return this.find(text).filter(({ index, length }) => {
      const before = text.slice(0, index);
      return !PREPOSITION.test(before.slice(before.search(/[^,;:()]*$/))) && !/^['’]s\b/.test(text.slice(index + length));
    });
  }

  /** Non-overlapping mentions in reading order. */
  find(text: string): PersonMatch[] {
    const matches: PersonMatch[] = [];
    for (const { pattern, person } of this.forms) {
      for (const match of text.matchAll(pattern)) {
        const overlaps = matches.some((seen) => match.index < seen.index + seen.length && seen.index < match.index + match[0].length);
        if (!overlaps) matches.push({ person, index: match.index, length: match[0].length });
      }
    }
    return matches.sort((a, b) => a.index - b.index);
  }
}

// The last word of a description of an outlet ("Russian state television", "a local newspaper").
const OUTLET_NOUN = /^(?:television|radio|newspaper|tabloid|broadcaster)$/;

function namesOutlet(words: string[]): boolean {
  const bare = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
  if (!bare[0] || !/^\p{Lu}/u.test(bare[0])) return false;
  return looksLikeOutletName(words) || (bare.length > 1 && OUTLET_NOUN.test(bare.at(-1)!));
}

/** The outlet a phrase names or ends with ("footage broadcast by Russian state television" → "Russian state television"). */
export function outletIn(phrase: string): string | null {
  const words = phrase.trim().replace(/'s$|’s$/, '').split(/\s+/).filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    if (namesOutlet(words.slice(start))) return words.slice(start).join(' ');
  }
  return null;
}

/** The outlet a phrase starts with ("CNN two weeks ago" → "CNN"). */
export function outletAtStart(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  for (let end = Math.min(words.length, 6); end > 0; end--) {
    if (namesOutlet(words.slice(0, end))) return words.slice(0, end).join(' ');
  }
  return null;
}
