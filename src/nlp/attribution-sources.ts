import { isOrganisationName, isOutletNoun, isPlaceName, looksLikeOutletName } from './gazetteer.js';
import type { Person } from './types.js';
import { titleKey, titlesBeforeName } from './titles-before.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** Who a reporting phrase names: a person of the article, another source named in words, or an outlet. */
export interface Source {
  person: Person | null;
  /** The source as the text names it (a person's full name when it is a person). */
  text: string | null;
  outlet: string | null;
  /** Who speaks with `person` ("Two pilots, Ann Lowe and Mark Diaz, said"). */
  others?: Person[];
}

export interface PersonMatch {
  person: Person;
  index: number;
  length: number;
}

// Whole words only: the "in" of "Investigator-in-charge" is part of a title.
const PREPOSITION = /(?<![\p{L}-])(?:by|for|from|of|on behalf of|with|at|in|to|near|close to)(?![\p{L}-])/iu;
// "X of The Atlantic", "analyst X of Comscore": after the name, "of" gives the speaker's affiliation.
const FOLLOWING_PREPOSITION = /^\s+(?:in|at|on|during|after|before|from|to|via|through|of)\b/;

const RECENT_PARAGRAPHS = 2;
// What joins two names of one list: ", ", " and ", ", and ", " & ".
const COORDINATION = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$/;


/** Finds the article's people in a piece of text by full name or alias (longest form first). */
export class PersonFinder {
  private readonly forms: Array<{ pattern: RegExp; people: Person[] }>;
  private readonly fullNameParagraphs: Map<Person, number[]>;
  private paragraph = Number.POSITIVE_INFINITY;
  private readonly subjects: ReadonlySet<Person>;
  /** The capitalised titles written before each person's full name ("Professor", "Dr"), lower case, without the point. */
  private readonly titlesOf: Map<Person, Set<string>>;

  /**
   * `paragraphs` lets a surname two people share go to the one named in full most recently ("Reid said"); `title`, to
   * the one the headline names, the story's subject.
   */
  constructor(people: Person[], paragraphs: ReadonlyArray<{ number: number; text: string }> = [], title = '') {
    this.subjects = new Set(people.filter((person) => person.name.includes(' ') && title.includes(person.name)));
    const byForm = new Map<string, Person[]>();
    const add = (form: string, person: Person): void => {
      const holders = byForm.get(form) ?? [];
      if (!holders.includes(person)) holders.push(person);
      byForm.set(form, holders);
    };
    for (const person of people) for (const form of [person.name, ...person.aliases]) add(form, person);
    // "Callum Reid" took the alias "Reid" first; "Gary Reid", named later, is a "Reid" too. Two people sharing a
    // surname that neither holds as an alias ("Keiko Morita", "Daisuke Morita") are both "Morita".
    const surnameOf = (person: Person): string | null => (person.name.includes(' ') ? person.name.split(/\s+/).at(-1)! : null);
    const holders = new Map<string, number>();
    for (const person of people) {
      const surname = surnameOf(person);
      if (surname) holders.set(surname, (holders.get(surname) ?? 0) + 1);
    }
    for (const person of people) {
      const surname = surnameOf(person);
      if (surname && (byForm.has(surname) || holders.get(surname)! > 1)) add(surname, person);
    }
    // "said Park" after "Elena Park": a surname that is also a word ("Park", "Grace") may not have been found as a
    // mention of its own, yet names the one person who bears it.
    for (const person of people) {
      const surname = surnameOf(person);
      if (surname && !byForm.has(surname) && /^\p{Lu}\p{Ll}+$/u.test(surname)) add(surname, person);
    }
    this.forms = [...byForm]
      .filter(([form]) => form.trim().length > 1)
      .sort(([a], [b]) => b.length - a.length)
      .map(([form, holders]) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu'), people: holders }));
    this.titlesOf = new Map(people.map((person) => [person, titlesBeforeName(person.name, paragraphs)]));
    this.fullNameParagraphs = new Map(
      people.map((person) => [person, paragraphs.filter((paragraph) => paragraph.text.includes(person.name)).map((paragraph) => paragraph.number)]),
    );
  }

  /** The paragraph being read: a shared surname goes to whoever was last named in full up to here. */
  readingParagraph(paragraph: number): void {
    this.paragraph = paragraph;
  }

  /** Of several people a form names: the one an honorific's gender allows ("Ms Ellery"), last named in full. */
  private pick(holders: Person[], text: string, index: number): Person {
    if (holders.length === 1) return holders[0]!;
    const title = HONORIFIC_BEFORE.exec(text.slice(0, index))?.[1]?.toLowerCase();
    const gender = title === undefined ? undefined : /^(?:mr|sir|lord)$/.test(title) ? 'male' : 'female';
    const fitting = holders.filter((person) => gender === undefined || person.gender !== (gender === 'male' ? 'female' : 'male'));
    const candidates = fitting.length > 0 ? fitting : holders;
    // "Professor Vogel" of "Professor Henrik Vogel" and "Dr. Lena Vogel": the one the title was written before.
    const written = /(\p{Lu}\p{Ll}+)\.?\s+$/u.exec(text.slice(0, index))?.[1];
    const titled = written ? candidates.filter((person) => this.titlesOf.get(person)?.has(titleKey(written))) : [];
    if (titled.length === 1) return titled[0]!;
    // "Ellison served as president" in a story headlined with Margaret Ellison is hers, not her sister-in-law's.
    const subjects = candidates.filter((person) => this.subjects.has(person));
    if (subjects.length === 1) return subjects[0]!;
    const lastNamed = (person: Person): number =>
      Math.max(-1, ...(this.fullNameParagraphs.get(person) ?? []).filter((number) => number <= this.paragraph));
    const latest = candidates.reduce((best, person) => (lastNamed(person) > lastNamed(best) ? person : best));
    // Right after one of them is named in full ("manager Gary Reid … Reid said"), the surname is theirs; further on it
    // is the story's subject's, the one the article names most ("Silva broke his silence", not his father).
    if (lastNamed(latest) >= this.paragraph - RECENT_PARAGRAPHS) return latest;
    return candidates.reduce((best, person) => (person.mentionCount > best.mentionCount ? person : best));
  }

  /**
   * The person a source phrase names: "Pentagon spokesman Tom Reyes", "MSHA's Stickler" — but not
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

  /**
   * The people named together with `person`'s last mention in `text` ("Ann Lowe and Mark Diaz", "A, B and C"), in reading order,
   * `person` among them; `person` alone when no one else is named beside them.
   */
  coordinated(text: string, person: Person): Person[] {
    const mentions = this.find(text);
    const at = mentions.findLastIndex((mention) => mention.person === person);
    if (at < 0) return [person];
    const joined = (left: PersonMatch, right: PersonMatch): boolean =>
      COORDINATION.test(text.slice(left.index + left.length, right.index)) && !/^['’]s\b/.test(text.slice(right.index + right.length));
    let first = at;
    let last = at;
    while (first > 0 && joined(mentions[first - 1]!, mentions[first]!)) first--;
    while (last < mentions.length - 1 && joined(mentions[last]!, mentions[last + 1]!)) last++;
    // "X, Y's lawyer, and Z": the names must be joined by "and" somewhere, not a list of commas alone.
    const run = mentions.slice(first, last + 1);
    const hasAnd = run.slice(1).some((mention, i) => /\band\b|&/.test(text.slice(run[i]!.index + run[i]!.length, mention.index)));
    const people = [...new Set(run.map((mention) => mention.person))];
    return hasAnd && people.length > 1 ? people : [person];
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
    for (const { pattern, people } of this.forms) {
      for (const match of text.matchAll(pattern)) {
        const overlaps = matches.some((seen) => match.index < seen.index + seen.length && seen.index < match.index + match[0].length);
        if (!overlaps) matches.push({ person: this.pick(people, text, match.index), index: match.index, length: match[0].length });
      }
    }
    return matches.sort((a, b) => a.index - b.index);
  }
}

// The last word of a description of an outlet ("Russian state television", "a local newspaper").
// A broadcaster's call sign ("WISN-TV", "KQED", "WNYC").
const CALL_SIGN = /^(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|[A-Z]{2,5}-(?:TV|FM|AM))$/;

// "state media", "local television", "the state-run news agency": outlets described, not named.
const DESCRIBED_OUTLET =
  /^(?:(?:state|state-run|state-owned|state-controlled|local|national|official|government|public|regional|independent|pro-government|opposition)\s+)+(?:\p{Ll}+\s+)?(?:media|television|radio|TV|newspapers?|broadcaster|news\s+agency|press)$/u;

function namesOutlet(words: string[]): boolean {
  const bare = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
  if (bare.length === 1 && CALL_SIGN.test(bare[0]!)) return true;
  // "Radio North", "Channel 4", "Television Nacional": a broadcaster's name opening with what it is.
  if (bare.length >= 2 && bare.length <= 3 && /^(?:Radio|Channel|Television|TV)$/.test(bare[0]!) && bare.slice(1).every((word) => /^[\p{Lu}\d]/u.test(word))) return true;
  // "Chess.com", "Politico.eu": a news website by its address.
  if (bare.length === 1 && /^\p{Lu}[\p{L}\d-]*\.(?:com|org|net|news|eu|co\.uk|io)$/u.test(bare[0]!)) return true;
  if (DESCRIBED_OUTLET.test(bare.join(' '))) return true;
  if (!bare[0] || !/^\p{Lu}/u.test(bare[0])) return false;
  return looksLikeOutletName(words) || (bare.length > 1 && isOutletNoun(bare.at(-1)!));
}

/** The outlet a phrase names or ends with ("footage broadcast by Russian state television" → "Russian state television"). */
export function outletIn(phrase: string): string | null {
  const words = phrase.trim().replace(/'s$|’s$/, '').split(/\s+/).filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    if (!namesOutlet(words.slice(start))) continue;
    // "Paris Match and Bild": outlets named together report together.
    let first = start;
    if (words[start - 1] === 'and') {
      first = start - 1;
      while (first > 0 && /^\p{Lu}/u.test(words[first - 1]!)) first--;
      if (first === start - 1) first = start;
    }
    return words.slice(first).join(' ');
  }
  // "the newspaper El Comercio": an outlet described, then named.
  return describedOutlet(phrase.trim().split(/\s+/));
}

const OUTLET_DESK = /^(?:Sport|Sports|News|Racing|Radio|Television|TV|Online|International|World|Business|Politics|Live|Digital|Breakfast|Scotland|Wales|Cymru|Africa|Asia|Arabic|America|Americas|Europe|Español|Mundo|Football|Cricket|Rugby|Tennis|Golf|F1|\d{1,2})$/u;

/** The outlet a phrase starts with ("CNN two weeks ago" → "CNN"; "the Norwegian newspaper Aftenposten" → "Aftenposten"). */
export function outletAtStart(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  for (let end = Math.min(words.length, 6); end > 0; end--) {
    if (!namesOutlet(words.slice(0, end))) continue;
    // A description then the outlet's name: the name is the outlet.
    const name = isOutletNoun(words[end - 1]!) ? nameAfter(words, end) : null;
    if (name) return name;
    // "ITV Racing", "BBC Radio 4", "Sky Sports News": a desk or channel of the outlet.
    let desk = end;
    while (desk < words.length && OUTLET_DESK.test(words[desk]!.replace(/[,.;:!?]+$/, ''))) desk++;
    return words.slice(0, desk).join(' ').replace(/[,.;:!?]+$/, '');
  }
  // "told IGN last month that …", "told ERT.": an initialism no list knows, told something as an outlet is; "told EU
  // leaders" is not ("EU" modifies a noun), nor a known body or place ("told NATO").
  // "told ESPNcricinfo": capitals then lower case in one word is a brand's spelling too.
  const initialism = /^(\p{Lu}{2,5}(?:\p{Ll}{3,})?)[,.;:!?]?$/u.exec(words[0] ?? '')?.[1];
  if (initialism && !isOrganisationName(initialism) && !isPlaceName(initialism) && (words.length === 1 || /[,.;:!?]$/.test(words[0]!) || TOLD_AFTER.test(words[1]!))) return initialism;
  return describedOutlet(words);
}

/**
 * "the sports newspaper Marca", "the local broadcaster KTVU": a lower-case description, then the name. "the Lima
 * newspaper El Comercio": a place may say where it is from.
 */
function describedOutlet(words: readonly string[]): string | null {
  const described = words.findIndex((word) => isOutletNoun(word));
  if (described > 0 && described <= 4 && words.slice(0, described).every((word) => /^(?:\p{Ll}|The$|An?$)/u.test(word) || isPlaceName(word))) return nameAfter(words, described + 1);
  return null;
}

// Words after whom someone told something, when that is all of whom: a time, "that", a pronoun, an object.
const TOLD_AFTER = /^(?:that|in|on|last|this|earlier|later|during|about|after|before|it|he|she|they|we|the|a|an|of|how|why|what|when|there)$/i;

/** The capitalised words from `start` on ("Aftenposten", "El Pais"), or null. */
function nameAfter(words: readonly string[], start: number): string | null {
  let end = start;
  // "Diário do Norte": a particle between capitals is part of the name.
  const particle = (index: number): boolean => /^(?:do|da|de|del|della|di|du|la|le|el|of|the)$/.test(words[index]!) && /^\p{Lu}/u.test(words[index + 1] ?? '');
  while (end < words.length && (/^[\p{Lu}\d]/u.test(words[end]!) || (end > start && particle(end)))) {
    end++;
    // "El Comercio, the commandos …": the name ends at its comma.
    if (/[,.;:!?]$/.test(words[end - 1]!)) break;
  }
  return end > start ? words.slice(start, end).join(' ').replace(/[,.;:!?]+$/, '') : null;
}
