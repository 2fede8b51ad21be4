import { createRequire } from 'node:module';
import { expandedTitle, honorific, isFunctionWord, isKinshipNoun, isOrganisationWord, isTitleWord, nationalityOf, roleSynonyms } from './gazetteer.js';
import type { Person } from './types.js';
import { editDistance } from '../text/edit-distance.js';

const require = createRequire(import.meta.url);
const stem = require('wink-porter2-stemmer') as (word: string) => string;

/** Lower-case, accent-less tokens of a name ("Leif-Eric" → "leif", "eric"). */
// Letters no decomposition takes apart: "Sørensen" is typed "Sorensen", "Łukasz" "Lukasz".
const UNDECOMPOSED: Record<string, string> = { ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', þ: 'th', Þ: 'th', ı: 'i' };

export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØæÆœŒßłŁđĐþÞı]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Folds common transliteration variants together: Sergei/Sergey/Sergej, Mohammed/Muhammad, Yuri/Yury, Philip/Filip. */
function foldSpelling(token: string): string {
  return token
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/ou|u/g, 'o')
    .replace(/ei|ii|ie/g, 'i')
    .replace(/(\p{L})\1/gu, '$1');
}


/** How well a typed token matches a name token: 1 exact, 0.9 same after spelling folds, 0.7 a small typo. */
export function tokenSimilarity(typed: string, actual: string): number {
  if (typed === actual) return 1;
  const folded = foldSpelling(typed);
  const foldedActual = foldSpelling(actual);
  if (folded === foldedActual) return 0.9;
  // Typos allowed grow with length: none below 4 letters, one up to 7, two beyond.
  const allowed = typed.length < 4 ? 0 : typed.length < 8 ? 1 : 2;
  return Math.min(editDistance(typed, actual), editDistance(folded, foldedActual)) <= allowed ? 0.7 : 0;
}

/**
 * How well a typed name matches a person, from 0 to 1: every typed token must match a token of the person's
 * name or aliases ("putin", "vladmir putin" and "Vladimir" all match); the score is the mean token match.
 */
export function matchPerson(query: string, person: Person): number {
  const all = nameTokens(query);
  // "Dr. Smith", "Mr Lee": an honorific typed before a name is not part of it.
  const typed = all.length > 1 ? all.filter((token) => honorific(token) === undefined) : all;
  const typedGender = all.map((token) => honorific(token)).find((gender) => gender);
  if (typedGender && person.gender && typedGender !== person.gender) return 0;
  if (typed.length === 0) return 0;
  const known = [...new Set([person.name, ...person.aliases].flatMap(nameTokens))];
  let total = 0;
  for (const token of typed) {
    const best = Math.max(0, ...known.map((candidate) => tokenSimilarity(token, candidate)));
    if (best === 0) return 0;
    total += best;
  }
  return total / typed.length;
}

const POSSESSIVE = /^(.+?)(?:['’]s|s['’])$/u;
const roleStemCache = new WeakMap<Person, Set<string>>();

/** A role's words, with abbreviated titles also spelled out ("Sen." is a senator). */
function roleWords(role: string): string[] {
  // "the younger brother of the Ridgeport goalie" is a brother: the goalie is someone else.
  const kin = /^(.*?([\p{L}-]+))\s+of\s/u.exec(role);
  const own = kin && isKinshipNoun(kin[2]!) ? kin[1]! : role;
  return nameTokens(own).flatMap((token) => {
    const expanded = expandedTitle(token);
    return expanded ? [token, ...expanded.split(' ')] : [token];
  });
}

const roleWordCache = new WeakMap<Person, Set<string>>();

/** Every word of a person's roles, lower case, for telling an exact match ("senator") from a stem match ("Senate"). */
function roleWordSet(person: Person): Set<string> {
  let words = roleWordCache.get(person);
  if (!words) {
    words = new Set(person.roles.flatMap(roleWords).map((word) => word.toLowerCase()));
    roleWordCache.set(person, words);
  }
  return words;
}

const SCIENCE_OCCUPATION = /^\p{L}{3,}(?:ologist|ographer|physicist|chemist|onomer|ematician)s?$/u;

/** The stems of every word of a person's roles, computed once per person. */
function roleStems(person: Person): Set<string> {
  let stems = roleStemCache.get(person);
  if (!stems) {
    // "Dr. Luis Moreno" is the doctor; "a volcanologist", "a physicist" are scientists.
    const words = person.roles.flatMap(roleWords);
    const scientist = words.some((word) => SCIENCE_OCCUPATION.test(word.toLowerCase())) ? ['scientist'] : [];
    stems = new Set([...words, ...scientist, ...(person.addressedAs?.includes('Dr.') ? ['doctor'] : [])].map(stem));
    roleStemCache.set(person, stems);
  }
  return stems;
}

/** A typed role word is in the person's roles as it is, or as a synonym ("executive" → president). */
function roleWordFound(word: string, stems: Set<string>): 'exact' | 'synonym' | null {
  if (stems.has(stem(word))) return 'exact';
  // "the Norwegian foreign minister" is "Norway's foreign minister".
  const nation = nationalityOf(word);
  if (nation && [...nation.places, ...nation.demonyms].some((form) => nameTokens(form).every((token) => stems.has(stem(token))))) return 'exact';
  return roleSynonyms(word).some((synonym) => nameTokens(synonym).every((token) => stems.has(stem(token)))) ? 'synonym' : null;
}

/**
 * How well a typed role matches one of a person's roles, from 0 to 1: determiners and other function words
 * are ignored ("the mayor", "a spokeswoman for the water bureau"), every other word must match a role word
 * by stem ("pediatricians" → "pediatrician") or a synonym of it (data: "executive" may be a president), and a
 * possessive or a capitalised "of X" only counts in favour ("Russia's" ~ "Russian", "the president of Portugal").
 * `loose`: only the last word typed (the role noun) must match; the words qualifying it count in favour, unless they
 * are title words ("studio executive" may be a studio's president; "foreign minister" is never a prime minister).
 */
/** The most a role's fit to the words typed adds to a match ("District Attorney" over "Assistant District Attorney"). */
export const ROLE_FIT_WEIGHT = 0.01;

// "Reyes's trainer": a role named as someone's.
const OTHERS_ROLE = /\p{Lu}[\p{L}-]*['’]s\s/u;

// "the new mayor" is the one "elected mayor", "the former mayor" the "outgoing" one (stems).
const TIME_QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  new: ['new', 'elect', 'incom', 'appoint'],
  former: ['former', 'outgo', 'retir', 'previous', 'ex'],
  outgo: ['outgo', 'former', 'retir'],
};

export function matchRole(query: string, person: Person, articleWords: ReadonlySet<string> = new Set(), loose = false): number {
  const required: string[] = [];
  const optional: string[] = [];
  // "the president of Portugal" is "Portugal's president", if the article knows Portugal ("the mayor of Portland" is not
  // the mayor of the article's town).
  const [role = '', owner] = query.split(/\s+(?:of|for)\s+(?=\p{Lu})/u);
  if (owner) {
    const ownerTokens = nameTokens(owner).filter((token) => !isFunctionWord(token));
    if (!ownerTokens.every((token) => articleWords.has(token.toLowerCase()) || roleStems(person).has(stem(token)))) return 0;
    optional.push(...ownerTokens.map(stem));
  }
  for (const word of role.split(/\s+/)) {
    const possessor = POSSESSIVE.exec(word)?.[1];
    // "the CEO" asks for a chief executive.
    const tokens = nameTokens(possessor ?? word)
      .flatMap((token) => (possessor ? [token] : (expandedTitle(token)?.split(' ') ?? [token])))
      .filter((token) => !isFunctionWord(token));
    (possessor ? optional : required).push(...tokens);
  }
  if (required.length === 0) return 0;
  // "Okonkwo's trainer" is not "Reyes's trainer": a role held for someone else.
  const typedPossessor = role.split(/\s+/).map((word) => POSSESSIVE.exec(word)?.[1]).find((word) => word !== undefined && /^\p{Lu}/u.test(word));
  if (typedPossessor && person.roles.length > 0 && person.roles.every((description) => !description.includes(typedPossessor) && OTHERS_ROLE.test(description))) return 0;
  const stems = roleStems(person);
  const head = required.at(-1)!;
  // "the weather office" is a body: only a role with that very word ("head of the press office") is of it, never an
  // "officer" whose stem it shares.
  if (isOrganisationWord(head) && !roleWordSet(person).has(head.toLowerCase())) return 0;
  const qualifiers = required.slice(0, -1);
  // "the union president": "union" names the body, not the office ("Union Minister" is why it is a title word).
  const mustMatch = loose ? [head, ...qualifiers.filter((word) => isTitleWord(word) && !isOrganisationWord(word))] : required;
  // "new" or "former" counts only in the role it qualifies: "a former public health doctor" is no former mayor, and
  // "the new mayor" is the one "elected mayor".
  const headStem = stem(head);
  const sameRoleStems = person.roles.map((held) => roleWords(held).map(stem)).filter((words) => words.includes(headStem));
  const qualifies = (token: string): boolean =>
    TIME_QUALIFIERS[token]
      ? sameRoleStems.some((words) => words.some((known) => [token, ...TIME_QUALIFIERS[token]!].some((form) => known.startsWith(form))))
      : [...stems].some((known) => known.startsWith(token));
  const found = mustMatch.map((word) => (TIME_QUALIFIERS[stem(word)] ? (qualifies(stem(word)) ? 'exact' : null) : roleWordFound(word, stems)));
  if (found.some((kind) => kind === null)) return 0;
  const optionalStems = [...optional.map(stem), ...(loose ? qualifiers.filter((word) => !mustMatch.includes(word)).map(stem) : [])];
  const related = optionalStems.filter(qualifies).length;
  // "senator" matches "senator" better than "Senate Majority Leader", which only shares its stem, and better than a synonym.
  const typed = role.split(/\s+/).flatMap(nameTokens).filter((token) => !isFunctionWord(token) && !POSSESSIVE.test(token));
  const exact = typed.filter((token) => roleWordSet(person).has(token.toLowerCase())).length;
  const base = loose ? 0.8 : found.includes('synonym') ? 0.85 : 0.9;
  // "the District Attorney" is the District Attorney more than the Assistant District Attorney: a role with no words
  // beyond those typed fits best.
  const typedStems = new Set(typed.map(stem));
  const fit = Math.max(
    0,
    ...person.roles.map((held) => {
      const own = roleWords(held).filter((word) => !isFunctionWord(word) && !POSSESSIVE.test(word));
      return own.length === 0 ? 0 : own.filter((word) => typedStems.has(stem(word))).length / own.length;
    }),
  );
  // "the champion" is the one who is, before "a former junior champion"; "the former champion" asks for that one.
  const past = (words: readonly string[]): boolean => words.some((word) => PAST_HOLDER.has(word) || /^(?:19|20)\d\d$/.test(word));
  const onlyPast = sameRoleStems.length > 0 && sameRoleStems.every(past) && !past(typed.map(stem));
  // "the governor" is the central bank governor before the "Deputy governor" or the "acting governor", who stays
  // close enough to be named beside them.
  const second = (words: readonly string[]): boolean => words.some((word) => SECOND_TO_HOLDER.has(word));
  const onlySecond = sameRoleStems.length > 0 && sameRoleStems.every(second) && !second(typed.map(stem));
  // "the promoter" is the event's before "Luis Reyes's promoter", unless the question says whose.
  const heldRoles = person.roles.filter((held) => roleWords(held).map(stem).includes(headStem));
  const onlyOthers = heldRoles.length > 0 && heldRoles.every((held) => OTHERS_ROLE.test(held)) && typedPossessor === undefined;
  return (
    base +
    (0.05 * exact) / Math.max(1, typed.length) +
    (0.05 * related) / Math.max(1, optionalStems.length) +
    ROLE_FIT_WEIGHT * fit -
    (onlyPast ? PAST_PENALTY : 0) -
    (onlySecond || onlyOthers ? ROLE_FIT_WEIGHT / 2 : 0)
  );
}

const PAST_HOLDER: ReadonlySet<string> = new Set(['former', 'ex', 'retir', 'outgo', 'then', 'late']);
const SECOND_TO_HOLDER: ReadonlySet<string> = new Set(['deputi', 'vice', 'assist', 'associ', 'act', 'interim']);
const PAST_PENALTY = 0.15;

const articleWordCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The article's vocabulary (terms and names) as lower-case words, for matchRole; computed once per article. */
export function articleWordsOf(vocabulary: readonly string[]): ReadonlySet<string> {
  let words = articleWordCache.get(vocabulary);
  if (!words) {
    words = new Set(vocabulary.flatMap((entry) => entry.toLowerCase().split(/\s+/)));
    articleWordCache.set(vocabulary, words);
  }
  return words;
}
