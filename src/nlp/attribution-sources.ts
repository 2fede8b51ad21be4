import { isOutletName } from './gazetteer.js';
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

  first(text: string): Person | null {
    return this.find(text)[0]?.person ?? null;
  }
}

// Words that end the name of a news outlet ("ABC News", "The Washington Post", "Russian state television").
const OUTLET_HEAD = /^(?:News|Press|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Television|TV|Radio|Broadcasting|television|radio|newspaper|tabloid)$/;

function namesOutlet(words: string[]): boolean {
  const bare = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
  const first = bare[0];
  const last = bare.at(-1);
  if (!first || !last) return false;
  return isOutletName(bare.join(' ')) || (/^\p{Lu}/u.test(first) && bare.length > 1 && OUTLET_HEAD.test(last));
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
