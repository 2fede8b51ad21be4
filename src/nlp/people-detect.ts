import {
  firstName,
  genderOfNoun,
  honorific,
  isCommonWord,
  isDemonym,
  isFacilityNoun,
  isPlaceEnding,
  isPlaceOpening,
  isSurnameOrganisationWord,
  isNameParticle,
  isCalendarWord,
  isNeverName,
  isOrganisationName,
  isOrganisationWord,
  isOutletName,
  isPartyLabel,
  isPlaceName,
  isRoleNoun,
  isTitleWord,
  isFirmRole,
  isFunctionWord,
  isOutletNoun,
  looksLikeOutletName,
} from './gazetteer.js';
import { tokenize, type Token } from './people-tokens.js';

/** One mention of a person's name in a text, with the title that precedes it when there is one. */
export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** [start, end) of a title written just before the name ("French Foreign Minister"), else null. */
  title: [number, number] | null;
  /** Gender implied by an honorific before the name (Mr, Mrs, Ms). */
  honorificGender: 'male' | 'female' | null;
}

interface Candidate {
  /** Token indices of the name, after any title prefix is removed. */
  first: number;
  last: number;
  titleFirst: number | null;
  honorificGender: 'male' | 'female' | null;
  /** Some evidence beyond capitals that this is a person. */
  cued: boolean;
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'replied', 'wrote']);

const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(text);
// "J.T. Morrow": initials written together, unless they spell a place or a body ("U.K.", "U.N.").
const isDottedInitials = (text: string): boolean =>
  /^(?:\p{Lu}\.){2,3}$/u.test(text) &&
  !isNeverName(text) &&
  ![text, text.replace(/\./g, '')].some((form) => isPlaceName(form) || isOrganisationName(form) || isDemonym(form));
const isInitial = (text: string): boolean => /^\p{Lu}\.$/u.test(text) || isDottedInitials(text);
const isAcronym = (text: string): boolean => text.length >= 2 && text === text.toUpperCase() && /\p{Lu}{2}/u.test(text.replace(/\./g, ''));
const baseForm = (text: string): string => text.toLowerCase().replace(/\.$/, '');
// "Organisers", "Residents": a role noun in the plural is a group, never one person's name.
const isPluralRoleWord = (text: string): boolean =>
  /^\p{Lu}\p{Ll}+s$/u.test(text) && (isRoleNoun(text.slice(0, -1).toLowerCase()) || /(?:ologist|grapher|ician)s$/.test(text)) && !hasFirstName(text);

const ENSEMBLE = /^(?:Quintet|Quartet|Trio|Sextet|Septet|Octet|Band|Orchestra|Ensemble|Big Band|Experience)$/;

// Organisation words that are given names in earnest, so "Bill Gates" is a person where "Bank Pekao" is a bank.
const GIVEN_NAME_ORGANISATION_WORDS = /^(?:Bill|Forest|River|Park)$/;

function isNameToken(token: Token): boolean {
  if (!token.isWord || token.inCapsLine) return false;
  if (isInitial(token.text)) return true;
  return isCapitalised(token.text) && !isAcronym(token.text) && !/\d/.test(token.text);
}

/** A name token in its place: initials written together only before a surname ("J.T. Morrow", not "U.S. Treasuries"). */
function isNameTokenAt(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!isDottedInitials(token.text)) return isNameToken(token);
  const next = tokens[index + 1];
  return next !== undefined && !token.inCapsLine && isNameToken(next) && !isInitial(next.text) && !isPlainWord(next.text) && !isPrefixWord(next.text);
}

// "Germany-based", "Australian-born", "U.S.-led": a place or nationality joined to a lower-case word.
function isPlaceCompound(text: string): boolean {
  const match = /^(.+)-\p{Ll}+$/u.exec(text);
  return match !== null && (isPlaceName(match[1]!) || isDemonym(match[1]!));
}

function isPrefixWord(text: string): boolean {
  return isTitleWord(text) || honorific(text) !== undefined || isDemonym(text) || isPlaceName(text) || isPlaceCompound(text);
}

/** A word that means something on its own: a common English word, a place, a nationality, an organisation word. */
function isPlainWord(text: string): boolean {
  return isCommonWord(text) || isPlaceName(text) || isDemonym(text) || isOrganisationWord(baseForm(text));
}

/** Words that may open a title ("South African", "Former", "U.N. Secretary-General") but only before another title word. */
function opensTitle(tokens: Token[], index: number, last: number): boolean {
  const text = tokens[index]!.text;
  if (isPrefixWord(text)) return true;
  return isNeverName(text) && index < last && isPrefixWord(tokens[index + 1]!.text);
}

function hasFirstName(text: string): boolean {
  const head = text.split('-')[0] ?? text;
  return firstName(head) !== null;
}

/** Groups tokens into runs of capitalised words, allowing name particles between them ("Ludwig van Beethoven"). */
function capitalisedRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isNameTokenAt(tokens, index)) {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1]!;
      if (next.sentenceStart) break;
      if (isNameTokenAt(tokens, last + 1)) {
        last++;
        continue;
      }
      // "von der Leyen", "de la Cruz": one or two particles, then more of the name.
      let after = last + 1;
      while (after < last + 3 && tokens[after] && isNameParticle(tokens[after]!.text)) after++;
      if (after > last + 1 && tokens[after] && isNameTokenAt(tokens, after)) last = after;
      else break;
    }
    runs.push([index, last]);
    index = last + 1;
  }
  return runs;
}

/** "Society for Coastal Birds (SCB)": the letters in parentheses are the initials of the capitalised words before them. */
function abbreviatesWordsBefore(tokens: Token[], last: number, letters: string): boolean {
  const initials = tokens
    .slice(Math.max(0, last - 2 * letters.length), last + 1)
    .filter((token) => /^\p{Lu}/u.test(token.text))
    .map((token) => token.text[0])
    .join('');
  return initials.endsWith(letters);
}

function followedByCountryInParentheses(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== '(') return false;
  const inside: string[] = [];
  for (let index = last + 2; index < tokens.length && index < last + 6; index++) {
    if (tokens[index]!.text === ')') {
      const name = inside.join(' ');
      if (isPlaceName(name) || isDemonym(name)) return true;
      const letters = name.replace(/\./g, '');
      return (/^\p{Lu}{2,3}$/u.test(name) || /^(?:\p{Lu}\.)+$/u.test(name)) && !abbreviatesWordsBefore(tokens, last, letters);
    }
    inside.push(tokens[index]!.text);
  }
  return false;
}

// Words that put a month in a date phrase ("in May", "until June", "early March").
const TIME_PREPOSITION = new Set(['in', 'on', 'from', 'to', 'until', 'till', 'since', 'by', 'through', 'between', 'of', 'during', 'before', 'after', 'last', 'next', 'early', 'late', 'mid', 'and']);
const MAX_WORDS_BEFORE_AGE = 3;

/** "X (45)", "X (goalkeeper, 31)": an age in parentheses after a run, maybe after a few lower-case words and a comma. */
function ageInParentheses(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== '(') return false;
  let index = last + 2;
  const wordsStart = index;
  while (index - wordsStart < MAX_WORDS_BEFORE_AGE && tokens[index]?.isWord && /^\p{Ll}/u.test(tokens[index]!.text)) index++;
  if (index > wordsStart && tokens[index++]?.text !== ',') return false;
  return /^\d{1,3}$/.test(tokens[index]?.text ?? '') && tokens[index + 1]?.text === ')';
}

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'inside', 'to']);
const SUBJECT_VERBS = new Set(['has', 'had', 'was', 'is', 'will', 'would', 'could', 'can', 'did', 'does']);
const PERSONAL_PRONOUN = /^(?:she|her|herself|he|his|him|himself)$/i;
const PRONOUN_REACH = 10;

/** "Nuria was jailed for trying to divorce her husband": a subject followed by a verb, then by his or her own pronoun. */
function ownPronounFollows(tokens: Token[], last: number): boolean {
  if (!SUBJECT_VERBS.has(tokens[last + 1]?.text ?? '')) return false;
  for (let index = last + 2; index < Math.min(tokens.length, last + 2 + PRONOUN_REACH); index++) {
    const token = tokens[index]!;
    if (token.sentenceStart) return false;
    if (PERSONAL_PRONOUN.test(token.text)) return true;
  }
  return false;
}

/** Splits a capitalised run into a title prefix and a name, and judges whether the name is a person. */
// The mark that closes each opening quotation mark.
const CLOSING_MARK: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/** '"Paper Moon Parade" is a slight detour': a capitalised run quoted whole is a title. */
function isQuotedWhole(tokens: Token[], first: number, last: number): boolean {
  const quote = tokens[first - 1];
  const closing = quote ? CLOSING_MARK[quote.text] : undefined;
  if (!quote || !closing) return false;
  // A straight quote after a comma, or glued to a full stop, closes a quotation ('…," Sergei Posukhov, an adviser, said').
  const mark = tokens[first - 2];
  if (mark && (mark.text === ',' || (/^[.?!]$/.test(mark.text) && mark.end === quote.start))) return false;
  const after = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  // "Shearer ' s": an apostrophe before an "s" is a possessive.
  return tokens[after]?.text === closing && tokens[after + 1]?.text !== 's';
}

function judgeRun(tokens: Token[], first: number, last: number): Candidate | null {
  if (isQuotedWhole(tokens, first, last)) return null;
  // "the Kestrel E7", "Galaxy S24": a name before a model number is a product.
  if (/^\p{L}+\d/u.test(tokens[last + 1]?.text ?? '') && tokens[last + 1]!.start === tokens[last]!.end + 1) return null;
  // A capital at the start of a sentence proves nothing: drop a common word there ("But", "Analysts").
  const head = tokens[first]!;
  const plainWordOpening = head.sentenceStart && isCommonWord(head.text) && !isPrefixWord(head.text);
  // A lone one ("Smith said") may still be a name the document has used in full: leave it to propagation. A first name
  // ("Maria, 34, said", "Grace, a nurse, said") is judged by what follows it, below.
  if (plainWordOpening && first === last && !hasFirstName(head.text)) return { first, last, titleFirst: null, honorificGender: null, cued: false };
  if (plainWordOpening && !hasFirstName(head.text)) first++;
  let nameFirst = first;
  let honorificGender: 'male' | 'female' | null = null;
  let titled = false;
  let honoured = false;
  while (nameFirst <= last && opensTitle(tokens, nameFirst, last)) {
    const text = tokens[nameFirst]!.text;
    // "Ms Major": after an honorific, a last word that is a rank but no office is the surname ("Mr President" is not).
    if (honoured && nameFirst === last && !isRoleNoun(baseForm(text))) break;
    // "Rep. Alexandria Ocasio-Cortez", "Jordan Henderson": a place that is also a first name, before a surname no
    // dictionary has, opens the name.
    // "Sofia Delgado Ruiz" too: every word after it is one no dictionary has.
    const rest = tokens.slice(nameFirst + 1, last + 1);
    if (rest.length > 0 && isPlaceName(text) && hasFirstName(text) && rest.every((token) => !isPlainWord(token.text) && !isPrefixWord(token.text))) break;
    // "American Jordan Pike": after a nationality, a country that is also a first name opens the name.
    if (rest.length > 0 && nameFirst > first && isDemonym(tokens[nameFirst - 1]!.text) && isPlaceName(text) && hasFirstName(text)) break;
    const gender = honorific(text);
    if (gender !== undefined) honorificGender = gender ?? honorificGender;
    if (gender !== undefined) honoured = true;
    if (isTitleWord(text) || gender !== undefined) titled = true;
    nameFirst++;
  }
  if (nameFirst > last) return null;
  const inner = innerNameStart(tokens, nameFirst, last);
  if (inner !== null) {
    titled = true;
    nameFirst = inner;
  }
  // "Columbus Public Health Commissioner Dr. Mysheika Roberts": after an honorific inside the run comes the name.
  for (let index = last - 1; index >= nameFirst; index--) {
    const gender = honorific(tokens[index]!.text);
    if (gender === undefined) continue;
    honorificGender = gender ?? honorificGender;
    titled = true;
    honoured = true;
    nameFirst = index + 1;
    break;
  }
  const name = tokens.slice(nameFirst, last + 1);
  // A capitalised particle that is also a first name, opening a name, is that first name ("Ben Stokes").
  const isParticleHere = (token: Token, index: number): boolean =>
    isNameParticle(token.text) && (index > 0 || name.length === 1 || !/^\p{Lu}/u.test(token.text) || !hasFirstName(token.text));
  const words = name.filter((token, index) => !isParticleHere(token, index));
  const fullName = name.map((token) => token.text).join(' ');
  const runText = tokens.slice(first, last + 1).map((token) => token.text).join(' ');
  if (isOrganisationName(runText)) return null;
  // "The Lena Okafor Quintet": the band is named after the person who leads it.
  if (ENSEMBLE.test(name.at(-1)!.text) && name.length >= 3 && hasFirstName(name[0]!.text)) {
    return { first: nameFirst, last: last - 1, titleFirst: null, honorificGender: null, cued: true };
  }
  if (isPlaceName(fullName) || isOrganisationName(fullName) || isOutletName(fullName) || isDemonym(fullName)) return null;
  // "Der Standard", "the Evening Herald": a newspaper's name, unless a first name opens it.
  const openedByFirstName = hasFirstName(name[0]!.text) && !isNameParticle(name[0]!.text);
  if (looksLikeOutletName(tokens.slice(first, last + 1).map((token) => token.text)) && !openedByFirstName) return null;
  // A month after a first name or an honorific is a surname ("Theresa May", "Mrs May"), unless a day follows ("Friday May 5").
  const noDayAfter = !/^\d/.test(tokens[last + 1]?.text ?? '');
  // A month that is also a first name, before a surname no dictionary has, is that first name ("Jan Kowalczyk", not
  // "May Day", "Jan 5" or "from January to June Acme exported").
  const agedAfterRun = tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',';
  const firstNameMonth = (token: Token, index: number): boolean =>
    index === 0 &&
    words.length > 1 &&
    hasFirstName(token.text) &&
    // "and Jan Dvořák, 35," is a name; "between January and June" is not.
    (!TIME_PREPOSITION.has(tokens[first - 1]?.text.toLowerCase() ?? '') || (tokens[first - 1]?.text.toLowerCase() === 'and' && agedAfterRun)) &&
    words.slice(1).every((other) => !isPlainWord(other.text) && !isNeverName(other.text));
  // "Rodel's cousin Jun said": a month that is also a first name, alone after a role or a relative, is that name.
  const roleBeforeRun = tokens[first - 1]?.isWord === true && (isRoleNoun(tokens[first - 1]!.text) || genderOfNoun(tokens[first - 1]!.text) !== undefined);
  const surnameMonth = (token: Token, index: number): boolean =>
    noDayAfter &&
    isCalendarWord(token.text) &&
    ((index > 0 ? hasFirstName(words[0]!.text) : honoured) || firstNameMonth(token, index) || (words.length === 1 && roleBeforeRun && hasFirstName(token.text)));
  // "Jack White", "Bill Gates", "Stuart Hall": after a first name, an organisation word that is also a name is a name.
  const personalName =
    words.length > 1 && hasFirstName(words[0]!.text) && (!isSurnameOrganisationWord(words[0]!.text) || GIVEN_NAME_ORGANISATION_WORDS.test(words[0]!.text));
  const organisational = (token: Token): boolean =>
    isOrganisationWord(baseForm(token.text)) && !(personalName && isSurnameOrganisationWord(token.text));
  if (words.some((token, index) => organisational(token) || (isNeverName(token.text) && !surnameMonth(token, index)))) return null;
  // "Among the stolen items is …": a word like "among" opening a sentence is never a name.
  if (words.length === 1 && (isPlaceName(words[0]!.text) || isDemonym(words[0]!.text) || isPluralRoleWord(words[0]!.text) || (isFunctionWord(words[0]!.text) && !hasFirstName(words[0]!.text)))) return null;
  // "General Workers' Confederation": a plural noun in the possessive names a body's members, not a person.
  if (words.length === 1 && tokens[last + 1]?.text === "'" && /s$/.test(words[0]!.text) && isCommonWord(words[0]!.text.slice(0, -1))) return null;
  // "BrightHome", "ComfortWave": a capital after three lower-case letters marks a brand ("McDonald", "DeSantis" are names).
  if (words.some((token) => /\p{Ll}{3}\p{Lu}/u.test(token.text))) return null;
  if (words.every(isInitialToken)) return null;
  // "Neighbouring Liberia": a name ending in a place, with no first name to open it, is about the place — unless an
  // age follows it ("Kelvin Georgia (goalkeeper, 31)"): places have no age.
  if (words.length > 1 && (isPlaceName(words.at(-1)!.text) || isDemonym(words.at(-1)!.text)) && !hasFirstName(words[0]!.text) && !ageInParentheses(tokens, last)) return null;

  // "at the Albert Hall": "the" before a name ending in an organisation word is a venue or a body, never a person.
  if (!titled && tokens[first - 1]?.text.toLowerCase() === 'the' && isOrganisationWord(baseForm(words.at(-1)!.text))) return null;
  // "Harlan & Sons", "Smith & Wesson": names joined by an ampersand name a firm.
  if (tokens[last + 1]?.text === '&' || tokens[first - 1]?.text === '&') return null;
  // "Occupational Safety and Health Administration": a run that "and" joins to a body's name is part of it.
  // "Jack White and Stuart Hall" are two people: a first name opens the second.
  if (tokens[last + 1]?.text === 'and' && !hasFirstName(tokens[last + 2]?.text ?? '')) {
    let index = last + 2;
    while (tokens[index] && /^\p{Lu}/u.test(tokens[index]!.text)) index++;
    if (index > last + 2 && isOrganisationWord(baseForm(tokens[index - 1]!.text))) return null;
  }
  // "the Brotherhood of Locomotive Engineers and Trainmen": a plural word that "and" joins to a body's name ends it.
  if (words.length === 1 && /(?:men|s)$/.test(words[0]!.text) && !hasFirstName(words[0]!.text) && endsBodyName(tokens, first - 1)) return null;
  // "a spokeswoman for Energía del Norte": whom a spokesperson speaks for, with no first name, is a body.
  if (tokens[first - 1]?.text === 'for' && /^spokes(?:man|woman|person)$/i.test(tokens[first - 2]?.text ?? '') && !hasFirstName(words[0]!.text) && nameFirst === first) return null;
  // "a former Veltrane regional compliance manager", "Acme chief executive": a lone word before a role is a firm's name.
  if (words.length === 1 && nameFirst === first && roleFollows(tokens, last)) return null;
  // "the newspaper El Comercio", "the broadcaster RPP": an outlet.
  if (isOutletNoun(tokens[first - 1]?.text ?? '')) return null;
  // "Badam Bagh prison", "Evin jail": a name before a lower-case place noun names the place.
  // "the Halvorsen Ridgeline and Halvorsen Summit SUVs": so does one joined by "and" to a name before such a noun.
  if (isFacilityNoun(tokens[last + 1]?.text ?? '') || (tokens[last + 1]?.text === 'and' && namesThingAfter(tokens, last + 2))) return null;
  const before = tokens[first - 1];
  // "Rua da Fonte Taurina", "San Telmo", "Mount Kenya": a street, a town or a mountain.
  if (words.length > 1 && isPlaceOpening(words[0]!.text)) return null;
  // "at Marsh Lane", "Wembley Stadium": a street or a venue.
  if (words.length > 1 && isPlaceEnding(words.at(-1)!.text, LOCATIVE.has(before?.text.toLowerCase() ?? '') || before?.text.toLowerCase() === 'on')) return null;
  // "based in Sherman Oaks, California": a run after a locative preposition and before ", <state or country>" is a place.
  const after = tokens[last + 1];
  const placeAfterComma = after?.text === ',' && isPlaceName(tokens[last + 2]?.text ?? '');
  if (placeAfterComma && LOCATIVE.has(before?.text.toLowerCase() ?? '')) return null;
  // "5-year-old Youssif", "Youssif, 5,": an age marks a person even when the name is a single unknown word.
  // "a 34-year-old Swede" describes someone: after a determiner, the age is no name cue.
  const ageBefore = /^(?:year|month)s?-old$/i.test(before?.text ?? '') && !/^(?:a|an|the)$/i.test(tokens[first - 4]?.text ?? '');
  const ageCue =
    ageBefore || (after?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',') || ageInParentheses(tokens, last);
  // "his mother, Zainab, told CNN": a name set off by commas right after a role or kinship noun.
  const nounBefore = tokens[first - 2]?.text ?? '';
  // "after the death of her brother, Ewan.": a full stop may close it too.
  // Not a part in a cast: "plays Leila's younger brother, Karim."
  const playedBefore = tokens.slice(Math.max(0, first - 7), first - 1).some((token) => /^(?:plays|played|portrays|portrayed|as)$/i.test(token.text));
  const appositiveCue =
    before?.text === ',' &&
    (after?.text === ',' ||
      // "Another economist, Can Aydemir of Oxford Economics,": what the person is of may close it.
      (after?.text === 'of' && /^\p{Lu}/u.test(tokens[last + 2]?.text ?? '')) ||
      ((after === undefined || after.text === '.') && hasFirstName(words[0]!.text) && !playedBefore)) &&
    (isRoleNoun(nounBefore) || genderOfNoun(nounBefore) !== undefined) &&
    !(isFirmRole(nounBefore) && !hasFirstName(words[0]!.text));
  // "Dana, a retired schoolteacher who …,": a first name set off by a comma and a role phrase after it.
  // "Priya, a 34-year-old nurse", "Tamika, a 14-year veteran of the paint shop": a given name no list has will do,
  // if no dictionary has the word and an age follows ("Afterward, a spokesman said" has none).
  const agedAfter = /^\d{1,3}-year/.test(tokens.slice(last + 3, last + 6).map((token) => token.text).join(''));
  const roleAfterCue =
    words.length === 1 &&
    (hasFirstName(words[0]!.text) || (!isCommonWord(words[0]!.text) && agedAfter)) &&
    after?.text === ',' &&
    /^(?:a|an|the)$/i.test(tokens[last + 2]?.text ?? '') &&
    tokens.slice(last + 3, last + 10).some((token) => /^\p{Ll}/u.test(token.text) && looksLikeRole(token.text));
  const titleBefore =
    before !== undefined &&
    before.isWord &&
    // "promoter Live Nation", "operator Hamburg Airport": a role firms hold too needs a first name after it.
    !(isFirmRole(before.text) && !hasFirstName(words[0]!.text)) &&
    !(isPartyLabel(before.text) && /^\p{Ll}/u.test(before.text)) &&
    (isTitleWord(before.text) || isRoleNoun(before.text) || honorific(before.text) !== undefined);
  const firstNameCue = words.length > 1 && hasFirstName(words[0]!.text);
  const initialCue = words.length > 1 && words.some(isInitialToken);
  // "von Holtzbrinck" alone may be a family firm; a particle inside a name ("Ludwig van Beethoven") is a cue.
  const particleCue = name.length > words.length && !isParticleHere(name[0]!, 0);
  const uncommon = words.length > 1 && !isCommonWord(words.at(-1)!.text) && !isCommonWord(words[0]!.text);
  const speaks = words.length === 1 && !isCommonWord(words[0]!.text) && SPEECH_VERBS.has(tokens[last + 1]?.text ?? '');
  // '"…," said Joana, who runs a bakery': a word no dictionary has, right after the verb that reports it and before
  // a description of a person ("said Harrington." alone may be a firm).
  const spokenAfter =
    words.length === 1 &&
    first === nameFirst &&
    !isCommonWord(words[0]!.text) &&
    SPEECH_VERBS.has(tokens[first - 1]?.text ?? '') &&
    after?.text === ',' &&
    /^(?:who|a|an)$/i.test(tokens[last + 2]?.text ?? '');
  const subjectWithPronoun = words.length === 1 && !isCommonWord(words[0]!.text) && ownPronounFollows(tokens, last);
  // "the Royal Free (hospital)", "the Great Lakes": a person is seldom "the X" unless a title comes between.
  // "the Dalai Lama" and "the Michael Moore film" open with a word no dictionary has.
  const afterThe = !titled && before !== undefined && before.text.toLowerCase() === 'the' && isPlainWord(words[0]!.text);
  // "(Great) Recession", "Englishman": a single word that means something needs an honorific, a title naming
  // a role ("President", "Gov.", not "Great" or "First"), or a full name elsewhere in the text of which it is a part.
  const titleHead = nameFirst > first ? tokens[nameFirst - 1]!.text : null;
  const rolesTitle = titled && titleHead !== null && (isRoleNoun(baseForm(titleHead)) || !isCommonWord(baseForm(titleHead)));
  const roleNounBefore = before !== undefined && before.isWord && isRoleNoun(before.text);
  // "Grace, 34, said": a first name that is also a word is a person when an age follows it.
  // "Later, Maria, a volunteer who …, said": so is one a role phrase follows.
  const plainSingle =
    words.length === 1 && isPlainWord(words[0]!.text) && !honoured && !rolesTitle && !((roleNounBefore || ageCue || roleAfterCue) && hasFirstName(words[0]!.text));
  // "a 34-year-old electrician named Erik": the word after "named" is a name.
  // "a café owner named Tariq": a word no dictionary has will do after a role. "who gave his name only as Michael",
  // "identified only as Michael": a first name given so.
  const givenAs = /\b(?:gave|give|gives|giving)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+$|\bidentified\s+(?:only\s+)?as\s+$/i.test(
    tokens.slice(Math.max(0, first - 8), first).map((token) => token.text).join(' ') + ' ',
  );
  const namedCue =
    words.length === 1 &&
    (/^(?:named|called)$/i.test(before?.text ?? '') || (givenAs && hasFirstName(words[0]!.text))) &&
    (hasFirstName(words[0]!.text) || (!isCommonWord(words[0]!.text) && looksLikeRole(tokens[first - 2]?.text ?? '')));
  const cued =
    !afterThe &&
    !plainSingle &&
    (speaks ||
      spokenAfter ||
      subjectWithPronoun ||
      ageCue ||
      appositiveCue ||
      roleAfterCue ||
      titled ||
      titleBefore ||
      firstNameCue ||
      initialCue ||
      particleCue ||
      uncommon ||
      namedCue ||
      followedByCountryInParentheses(tokens, last));
  const titleFirst = nameFirst > first && titled ? first : null;
  return { first: nameFirst, last, titleFirst, honorificGender, cued };
}

/** Whether one to four lower-case words follow the token at `last`, the last of them a role ("regional compliance manager"). */
function roleFollows(tokens: Token[], last: number): boolean {
  let index = last + 1;
  while (index <= last + 4 && tokens[index] && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[index]!.text) && !isFunctionWord(tokens[index]!.text)) {
    if (looksLikeRole(tokens[index]!.text) && !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[index + 1]?.text ?? '')) return true;
    index++;
  }
  return false;
}

/** Whether a capitalised name starts at `start` and a noun naming a place or a thing follows it. */
function namesThingAfter(tokens: Token[], start: number): boolean {
  let index = start;
  while (tokens[index] && /^\p{Lu}/u.test(tokens[index]!.text) && !isFacilityNoun(tokens[index]!.text)) index++;
  return index > start && isFacilityNoun(tokens[index]?.text ?? '');
}

/** Whether the "and" at `andIndex` follows a capitalised name with "of" or "for" inside ("Brotherhood of … Engineers"). */
function endsBodyName(tokens: Token[], andIndex: number): boolean {
  if (tokens[andIndex]?.text !== 'and') return false;
  let index = andIndex - 1;
  let linked = false;
  while (index > 0 && (/^\p{Lu}/u.test(tokens[index]!.text) || /^(?:of|for)$/.test(tokens[index]!.text))) {
    if (/^(?:of|for)$/.test(tokens[index]!.text)) linked = /^\p{Lu}/u.test(tokens[index - 1]!.text);
    index--;
  }
  return linked && /^\p{Lu}/u.test(tokens[andIndex - 1]!.text);
}

/**
 * Where a name starts inside a run that opens with other words: "Duke President Richard Brodhead", "(Chief of)
 * Staff Josh Bolten" — at a first name followed by more of the name, right after a title word or a common word
 * that is not itself a first name.
 */
function innerNameStart(tokens: Token[], first: number, last: number): number | null {
  // "Neighbour Agnieszka, who …": one word no dictionary has is enough after a role noun opening the sentence.
  const [opening, lone] = [tokens[first]!.text, tokens[last]!.text];
  if (last === first + 1 && tokens[first]!.sentenceStart && isRoleNoun(opening) && !hasFirstName(opening) && !isTitleWord(lone) && !isPlainWord(lone) && !isOrganisationWord(baseForm(lone))) return last;
  for (let index = first + 1; index < last; index++) {
    const before = tokens[index - 1]!.text;
    const word = tokens[index]!.text;
    // "Singer Nova Reyes": a role opening the run, and two or more capitalised words after it, whatever the first name.
    if (index === first + 1 && last - index >= 1 && isRoleNoun(before) && !hasFirstName(before) && !isTitleWord(word) && !isOrganisationWord(baseForm(word))) return index;
    // "Shipping Minister Kostas Lyras": after a title word, two or more words no list knows are the name.
    if (isTitleWord(before) && last - index >= 1 && !isPrefixWord(word) && !isPlainWord(word) && tokens.slice(index, last + 1).every((token) => !isTitleWord(token.text))) return index;
    // "Court" and "Judge" are first names too, but inside a title they are the title ("Superior Court Judge Helen Marquez").
    if (!hasFirstName(word) || isTitleWord(word) || isOrganisationWord(baseForm(word))) continue;
    if ((hasFirstName(before) && !isTitleWord(before)) || isNameParticle(before)) continue;
    if (isTitleWord(before) || isCommonWord(before) || looksLikeRole(before)) return index;
  }
  return null;
}

function isInitialToken(token: Token): boolean {
  return isInitial(token.text);
}

const nameKey = (text: string): string => text.toLowerCase().replace(/\.$/, '');

// Occupations the role lists may miss ("Oceanographer", "Criminologist", "Statistician").
const OCCUPATION_ENDING = /\p{L}{3}(?:grapher|ologist|ist|ician|eer|er|or|sman|swoman)$/u;

const looksLikeRole = (text: string): boolean =>
  isRoleNoun(text) || isTitleWord(text) || (OCCUPATION_ENDING.test(text.toLowerCase()) && !hasFirstName(text));

/**
 * "Oceanographer Smith" after "Jane Smith": a leading word that reads as a role, not a first name, glued
 * to the end of a name used in full elsewhere is that person's title. Changes the candidates in place.
 */
function detachRoleHeads(tokens: Token[], candidates: Candidate[]): void {
  const keys = (candidate: Candidate, from = candidate.first): string[] =>
    tokens.slice(from, candidate.last + 1).map((token) => nameKey(token.text));
  const fullNames = candidates.filter((candidate) => candidate.cued && candidate.last > candidate.first).map((candidate) => keys(candidate));
  for (const candidate of candidates) {
    const head = tokens[candidate.first]!.text;
    if (candidate.last === candidate.first || candidate.titleFirst !== null || hasFirstName(head) || !looksLikeRole(head)) continue;
    const rest = keys(candidate, candidate.first + 1).join(' ');
    const headKey = nameKey(head);
    const endsAName = fullNames.some((name) => !name.includes(headKey) && ` ${name.join(' ')}`.endsWith(` ${rest}`));
    if (!endsAName) continue;
    candidate.titleFirst = candidate.first;
    candidate.first += 1;
    candidate.cued = true;
  }
}

/**
 * Finds the people named in a text (an article body or a news document). Names seen in full, or with a
 * title, first name or initial, are found first; their parts then mark later bare surnames and first
 * names, and the same names in capitals-only lines (headlines, tables).
 */
export function detectPersonMentions(text: string): PersonMention[] {
  const tokens = tokenize(text);
  const candidates = capitalisedRuns(tokens)
    .map(([first, last]) => judgeRun(tokens, first, last))
    .filter((candidate): candidate is Candidate => candidate !== null);
  detachRoleHeads(tokens, candidates);

  const knownParts = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate.cued) continue;
    for (let index = candidate.first; index <= candidate.last; index++) {
      const token = tokens[index]!;
      if (!isInitial(token.text) && !isNameParticle(token.text)) knownParts.add(nameKey(token.text));
    }
  }
  const isKnown = (candidate: Candidate): boolean =>
    tokens.slice(candidate.first, candidate.last + 1).every((token) => isNameParticle(token.text) || knownParts.has(nameKey(token.text)));

  const accepted = candidates.filter((candidate) => candidate.cued || isKnown(candidate));
  accepted.push(...capsLineMentions(tokens, knownParts));
  accepted.sort((a, b) => a.first - b.first);

  return accepted.map((candidate) => {
    const start = tokens[candidate.first]!.start;
    const end = tokens[candidate.last]!.end;
    return {
      start,
      end,
      text: text.slice(start, end),
      title: candidate.titleFirst === null ? null : [tokens[candidate.titleFirst]!.start, tokens[candidate.first - 1]!.end],
      honorificGender: candidate.honorificGender,
    };
  });
}

/** In headlines and tables written in capitals, a run of words already known as name parts. */
function capsLineMentions(tokens: Token[], knownParts: Set<string>): Candidate[] {
  const found: Candidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!token.inCapsLine || !token.isWord || !knownParts.has(nameKey(token.text))) {
      index++;
      continue;
    }
    let last = index;
    while (tokens[last + 1]?.inCapsLine && knownParts.has(nameKey(tokens[last + 1]!.text))) last++;
    found.push({ first: index, last, titleFirst: null, honorificGender: null, cued: true });
    index = last + 1;
  }
  return found;
}
