import type { Article } from '../article/types.js';
import { expandedTitle, firstName, genderOfNoun, honorific, isKinshipNoun, isOrganisationName, isOrganisationWord, isOutletName, isRoleNoun, isTitleWord } from './gazetteer.js';
import { detectPersonMentions, type PersonMention } from './people-detect.js';
import { withoutCreditLine } from './people-credit-lines.js';
import { linkPronouns, type PlacedMention } from './people-pronouns.js';
import { appositiveAfter, appositiveBefore, opensParticiplePhrase, roleAfterCopula, roleAsDefendant, roleFromAgentVerb, roleBeforeNamed, roleFromReview, roleFromWin, roleFromOffice, roleOnInstrument, roleOfAffiliation, roleBeforeCopula, roleFromWrittenWork, roleAsVictim, roleFromPart, roleFromAsPart, roleAsWhoseKin, roleFromWhoseKin, roleAsClaimant, roleInParentheses, roleOfList, titleBefore } from './people-roles.js';
import { findQuoteSpans } from './quotes.js';
import type { Person, Sentence } from './types.js';
import { escapeRegExp } from '../text/escape-regexp.js';

export { detectPersonMentions, type PersonMention } from './people-detect.js';

type Gender = 'male' | 'female';

interface Cluster {
  /** Name tokens of the fullest form, lower-case, hyphens split ("jean", "luc", "picard"). */
  parts: string[];
  forms: Map<string, number>;
  roles: string[];
  gender: Gender | null;
  mentions: PlacedMention[];
  /** Called "Dr." somewhere. */
  doctor?: boolean;
}

interface BodyMention extends PersonMention {
  paragraph: number;
  /** Offset of the mention in its paragraph's text. */
  offset: number;
  paragraphText: string;
}

const nameParts = (name: string): string[] => name.toLowerCase().split(/[\s-]+/).filter((part) => !/^\p{L}\.$/u.test(part));
const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'person';

/**
 * Runs the detector over the whole body at once (so full names mark later surnames) and places each
 * mention. Staff-credit lines are left out.
 */
function bodyMentions(article: Article): BodyMention[] {
  const offsets: number[] = [];
  let body = '';
  for (const paragraph of article.paragraphs) {
    offsets.push(body.length);
    body += `${withoutCreditLine(paragraph.text)}\n\n`;
  }
  return detectPersonMentions(body).map((mention) => {
    const index = offsets.findLastIndex((offset) => offset <= mention.start);
    const paragraph = article.paragraphs[index]!;
    const base = offsets[index]!;
    return {
      ...mention,
      start: mention.start - base,
      end: mention.end - base,
      title: mention.title && [mention.title[0] - base, mention.title[1] - base],
      paragraph: paragraph.number,
      offset: mention.start - base,
      paragraphText: paragraph.text,
    };
  });
}

/** Names in the photo credit or byline: people outside the story. */
function creditedNames(article: Article): Set<string> {
  const credits = [article.photoCredit, article.author].filter((value): value is string => Boolean(value));
  return new Set(credits.flatMap((credit) => detectPersonMentions(credit).map((mention) => mention.text.toLowerCase())));
}

const isFullName = (mention: PersonMention): boolean => nameParts(mention.text).length > 1;

const isSubsequence = (short: string[], long: string[]): boolean => {
  let index = 0;
  for (const part of long) if (part === short[index]) index++;
  return index === short.length;
};

/** The clusters a mention could belong to: all its name parts appear, in order, in the cluster's name. */
function matchingClusters(clusters: Cluster[], parts: string[]): Cluster[] {
  return clusters.filter((cluster) => isSubsequence(parts, cluster.parts));
}

function genderFromFirstName(parts: string[]): Gender | null {
  const gender = parts.length > 1 ? firstName(parts[0]!) : null;
  return gender === 'male' || gender === 'female' ? gender : null;
}

function rolesOf(mention: BodyMention, paragraphMentions: BodyMention[], noteKin: (pronoun: string, kin: string) => void = () => {}): string[] {
  const text = mention.paragraphText;
  // People named as themselves, not as a possessor ("Bush's physician" is a role; "his lawyer Kochar" is not).
  const otherNames = paragraphMentions
    .filter((other) => other !== mention && !/^['’]s\b/.test(text.slice(other.end)))
    .map((other) => other.start);
  // "Inspector Joost Vermeulen of the Rotterdam police": the title and what it is of are one role.
  const title = titleBefore(text, mention.start, mention.title?.[0] ?? null);
  const affiliation = roleOfAffiliation(text, mention.end, mention.title?.[0] ?? mention.start);
  // "Passenger Denise Harlow, 64, of Columbus": where someone is from is no part of the title.
  const fromPlace = affiliation !== null && /^\s*,/.test(text.slice(mention.end));
  return [
    title && affiliation && !fromPlace ? `${title} ${affiliation}` : title,
    title && affiliation && fromPlace ? affiliation : null,
    appositiveBefore(text, mention.title?.[0] ?? mention.start, mention.end),
    // "Directed by X, the film …" names the film after X; "Founded by X, a former agronomist, …" describes X.
    opensParticiplePhrase(text, mention.title?.[0] ?? mention.start) && !/^\s*,\s*(?:a|an)\s/.test(text.slice(mention.end))
      ? null
      : appositiveAfter(text, mention.end, otherNames),
    roleAfterCopula(text, mention.title?.[0] ?? mention.start, mention.end),
    roleInParentheses(text, mention.end),
    title ? null : affiliation,
    roleFromAgentVerb(text, mention.title?.[0] ?? mention.start),
    roleFromReview(text, mention.title?.[0] ?? mention.start),
    roleAsDefendant(text, mention.title?.[0] ?? mention.start, mention.end),
    listRole(mention, paragraphMentions),
    roleBeforeNamed(text, mention.start),
    roleBeforeCopula(text, mention.title?.[0] ?? mention.start),
    roleFromWin(text, mention.end),
    roleFromOffice(text, mention.end, mention.title?.[0] ?? mention.start),
    roleOnInstrument(text, mention.end),
    roleFromWrittenWork(text, mention.end),
    roleAsVictim(text, mention.title?.[0] ?? mention.start),
    roleFromPart(text, mention.end),
    roleFromAsPart(text, mention.title?.[0] ?? mention.start, mention.end),
    roleAsWhoseKin(text, mention.title?.[0] ?? mention.start),
    roleFromWhoseKin(text, mention.end),
    roleAsClaimant(text, mention.end),
  ]
    .filter((role): role is string => role !== null)
    .flatMap(rankApart)
    .map((role) => bodyForIts(role, text, mention.start))
    .map((role) => noteKinOf(role, noteKin))
    .map((role) => role.replace(POSSESSIVE_PRONOUN, '').replace(/^(?:The|A|An|One|Another)(?=\s(?!&))/, (word) => word.toLowerCase()))
    // "an independent businessman who is not related to the mayor-elect": whom they are not is no role of theirs.
    .map((role) => role.replace(/,?\s+(?:who|and)\s+(?:is|was|are|were)\s+(?:not|no)\s+(?:related|relation|kin)\b.*$/i, ''))
    // "Mr Justice Harrington" of an English court is a judge.
    .map((role) => (/^(?:Mr|Mrs|Ms|Lord|Lady)\.?\s+Justice$/.test(role) ? 'judge' : role))
    // "Gov.", "Sen." alone: the title written out.
    .map((role) => (/^\p{Lu}\p{Ll}*\.$/u.test(role) && expandedTitle(role) ? capitalised(expandedTitle(role)!) : role))
    // "Bassist Jo Tully, …" opening a sentence: an occupation, not a title ("Governor" stays).
    .map((role) => (/^\p{Lu}[\p{Ll}-]+$/u.test(role) && isRoleNoun(role.toLowerCase()) && !isTitleWord(role) ? role.toLowerCase() : role))
    // ", as Elias's sister," read both as an appositive and as a part: the part says it.
    .filter((role, _, roles) => !(role.startsWith('as ') && roles.includes(`playing ${role.slice(3)}`)));
}

/** "Chief negotiator Colonel (Luis Herrera)": a rank after a role in lower case is a title of its own. */
function rankApart(role: string): string[] {
  // "Fire service chief Brigadier General": a rank of two words too.
  const match = /^(.*\s\p{Ll}[\p{Ll}-]*)\s+((?:\p{Lu}\p{Ll}+\.?\s+)?\p{Lu}\p{Ll}+\.?)$/u.exec(role);
  const rank = match?.[2]!.split(/\s+/) ?? [];
  return match && rank.every(isTitleWord) && isRoleNoun(match[1]!.split(/\s+/).at(-1)!) ? [match[1]!, match[2]!] : [role];
}

/** The gender the noun heading a role says: "Kovacs's mother", "a mother of three from Hamilton" → female. */
function genderOfRole(role: string): Gender | undefined {
  const head = role.split(/\s+(?:of|who|from|at|in|for|and|with)\s/)[0]!.split(/\s+/).at(-1) ?? '';
  return genderOfNoun(head.toLowerCase());
}

// "His promoter, Oscar Garcia,": roles held for one person, like a relative's, are that person's.
const HELD_FOR = /^(?:promoter|trainer|agent|caddie|lawyer|attorney|spokesman|spokeswoman|spokesperson)$/;

/** "her son", "his promoter": a relative or a role held for someone whose pronoun says whose, noted to be named later; the role is returned as it was. */
function noteKinOf(role: string, noteKin: (pronoun: string, kin: string) => void): string {
  const match = /^(his|her)\s+((?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))$/iu.exec(role);
  if (match && (isKinshipNoun(match[3]!) || HELD_FOR.test(match[3]!.toLowerCase()))) noteKin(match[1]!, match[2]!);
  return role;
}

const capitalised = (text: string): string => text.replace(/(^|\s)(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());

// What joins the names of one list: ", ", " and ", ", and ".
// "Emma Larkin, 15, Jayden Ruiz, 16, and …": an age may follow each name.
// "X, 42, serving life for murder; Y, 29, …; and Z": semicolons part items that describe each name.
const LIST_JOINER = /^(?:(?:,\s*\d{1,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)|[^;.!?"“”]*;\s*(?:and\s+)?)$/;

/** "Two pilots, Ann Lowe and Mark Diaz," / "X and Y, both nurses,": the role a list of names, this one among them, shares. */
function listRole(mention: BodyMention, paragraphMentions: BodyMention[]): string | null {
  const text = mention.paragraphText;
  const ordered = [...paragraphMentions].sort((a, b) => a.start - b.start);
  const joined = (left: BodyMention, right: BodyMention): boolean => LIST_JOINER.test(text.slice(left.end, right.title?.[0] ?? right.start));
  let first = ordered.indexOf(mention);
  let last = first;
  if (first < 0) return null;
  while (first > 0 && joined(ordered[first - 1]!, ordered[first]!)) first--;
  while (last < ordered.length - 1 && joined(ordered[last]!, ordered[last + 1]!)) last++;
  const listEnd = ordered[last]!.end;
  if (first === last || !/\band\s+[^,]*$/.test(text.slice(ordered[first]!.end, ordered[last]!.start + 1))) return null;
  return roleOfList(text, ordered[first]!.title?.[0] ?? ordered[first]!.start, listEnd);
}

// "Their Treasury spokesperson", "Its head of research", "Her brother": the possessive points back to someone the role
// cannot show, so the role starts after it ("Her Majesty's" is part of a title). "The Chancellor, Rachel Harwood, …"
// opening a sentence is "the Chancellor".
// The organisation a sentence opens with ("The Millbrook Rental Housing Association, which …, said …").
const OPENING_BODY = /(?:^|[.!?]["”]?\s+)((?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}'’&-]*))*)/gu;

/**
 * "The Millbrook Rental Housing Association … said … Its executive director, Gail Porter," → "executive director of the
 * Millbrook Rental Housing Association": "its" is the body the sentence before opens with.
 */
function bodyForIts(role: string, text: string, nameStart: number): string {
  const rest = /^[Ii]ts\s+(.+)$/.exec(role)?.[1];
  if (!rest) return role;
  const at = text.lastIndexOf(role, nameStart);
  const opening = [...text.slice(0, Math.max(0, at)).matchAll(OPENING_BODY)].map((match) => match[1]!.trim());
  // "performed by the London Symphony Orchestra under its music director": the body named nearest before it.
  // Not a place it was at ("returned to Symphony Hall under its music director").
  const nearest = [...text.slice(0, Math.max(0, at)).matchAll(NAMED_BODY)]
    .filter((match) => !/\b(?:at|in|to|from|into|inside|outside|near)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index)))
    .map((match) => match[0].trim())
    .filter(namesBody)
    .at(-1);
  const body = at >= 0 ? nearest ?? opening.at(-1) : undefined;
  if (!body || !namesBody(body)) return role;
  return `${rest} of ${body.replace(/^The\s/, 'the ')}`;
}

const NAMED_BODY = /(?:\b[Tt]he\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}'’&-]*)*/gu;
const namesBody = (name: string): boolean => name.split(/\s+/).some((word) => isOrganisationWord(word) || isOrganisationWord(word.replace(/s$/, '')));

const POSSESSIVE_PRONOUN = /^(?:their|its|our|his|her)\s+(?!(?:Majesty|Highness|Excellency|Holiness|Royal)\b)(?=\S)/i;

const containsWords = (outer: string, inner: string): boolean =>
  outer.toLowerCase() !== inner.toLowerCase() && ` ${outer.toLowerCase()} `.includes(` ${inner.toLowerCase()} `);
/** Beyond this many words a role reads as a clause; it is kept, after the shorter ones. */
const SENSIBLE_ROLE_WORDS = 12;
// "a German diplomat who has led the mediation since 2022": a description more than a role.
const RELATIVE_CLAUSE = /\b(?:who|which|that|whose)\b/i;

/** The fullest sensible role first; a role that another one contains word for word ("diplomat" in "France's top diplomat") is dropped. */
function orderRoles(roles: string[]): string[] {
  // "Prime Minister" and "prime minister" are one role: the first written is kept.
  const distinct = roles.filter((role, index) => roles.findIndex((other) => other.toLowerCase() === role.toLowerCase()) === index);
  const kept = distinct.filter((role) => !distinct.some((other) => containsWords(other, role)));
  const weight = (role: string): number => {
    const count = role.split(/\s+/).length;
    // "of Team Meridian" says what they belong to, after what they are; "leader of a team" what they did there (a named
    // body, "leader of the Green Union", is what they are).
    if (count > SENSIBLE_ROLE_WORDS || RELATIVE_CLAUSE.test(role) || /^of\s/.test(role)) return 0;
    return /^(?:leader|head) of (?:(?:a|an|the)\s+|\p{Lu}[\p{L}-]*['’]s\s+)\p{Ll}/u.test(role) ? 1 : count;
  };
  return kept.map((role, index) => ({ role, index })).sort((a, b) => weight(b.role) - weight(a.role) || a.index - b.index).map(({ role }) => role);
}

// "Harlow Freight", "Castellan Logistics": a capitalised word before an organisation word.
const ORGANISATION_NAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;

// "Sori Tatanga, a village 5 km away": an appositive that says the name is a place.
const PLACE_APPOSITIVE =
  /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:village|town|city|district|province|region|island|suburb|neighbou?rhood|county|municipality|hamlet|settlement|port|valley|volcano|mountain|river|lake)(?=\s*(?:[,.;:)]|$)|\s+(?:(?:of|in|on|near|north|south|east|west|about|some|just)\b|\d))/gu;

// "east of Paso Verde", "the church of Santiago Apóstol", "the town of Yanque": what the name is, said before it.
const PLACE_BEFORE =
  /\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|outskirts\s+of|(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:village|town|city|district|province|region|island|suburb|county|municipality|hamlet|port|valley|church|cathedral|basilica|chapel|mosque|temple|shrine|monastery|parish)\s+of)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;

// "the Belgian team Corvanta", "the record label Kestrel": a body named right after the noun for what it is.
const BODY_BEFORE =
  /\bthe\s+(?:[\p{L}-]+\s+){0,2}?(?:team|club|company|firm|band|label|group|startup|start-up|airline|carrier|bank|brand|charity|retailer|manufacturer|maker|publisher|insurer|lender|broadcaster|network|agency|ship|vessel|ferry|tanker|freighter|trawler|yacht|boat|liner)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;
// "Swiss drugmaker Novaris", "shares in Novaris", "analysts at Bernstein", "a lawyer at Clifford Chance": a firm by what it
// makes, its shares, its staff.
const FIRM_BEFORE =
  /\b(?:drugmaker|carmaker|automaker|chipmaker|planemaker|shipbuilder|miner|refiner|conglomerate|retailer|insurer|lender|[Ss]hares\s+(?:in|of)|(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers?|[Pp]artners?|[Ll]awyers?|[Aa]ttorneys?|[Bb]ankers?|[Cc]onsultants?|[Aa]ssociates?|[Tt]raders?|[Aa]dvis[eo]rs?)\s+at)\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})/gu;

// "his sponsor, Stridewell, which said …": "which" is never said of a person.
const NAME_THEN_WHICH = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s+which\b/gu;

// "Wexford Barnes LLP", "Harlow Foods Inc.": a firm by its legal form.
const FIRM_WITH_LEGAL_FORM = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,3}),?\s+(?:LLP|LLC|Inc|Ltd|Corp|GmbH|PLC|plc|AG)\b/gu;

// "the Kestrel E7", "a Galaxy S24": the maker's or range's name before a model number.
const BRAND_BEFORE_MODEL = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s+\p{L}{1,3}\d[\p{L}\d]*(?![\p{L}\d])/gu;

/** Names the article says are places or bodies ("the town of X", "X, a village", "the team X"), never people. */
function namedPlacesAndBodies(article: Article): Set<string> {
  const places = new Set<string>();
  for (const paragraph of article.paragraphs) {
    for (const pattern of [PLACE_APPOSITIVE, PLACE_BEFORE, BODY_BEFORE, FIRM_BEFORE, FIRM_WITH_LEGAL_FORM, BRAND_BEFORE_MODEL]) for (const [, name] of paragraph.text.matchAll(pattern)) places.add(name!);
    // "led by retired judge Margaret Osei, which will report": the "which" may be the inquiry's; not after a first name.
    for (const [, name] of paragraph.text.matchAll(NAME_THEN_WHICH)) if (!firstName(name!.split(/\s+/)[0]!)) places.add(name!);
  }
  // "PASO VERDE, Calif. —": the place a story is filed from, written in capitals.
  const filedFrom = /^([\p{Lu}][\p{Lu}'’.-]*(?:\s+[\p{Lu}][\p{Lu}'’.-]*)*)(?=[\s,(\/])/u.exec(article.dateline ?? '')?.[1];
  if (filedFrom && filedFrom.length > 2) places.add(filedFrom.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase()));
  return places;
}

/**
 * "Harlow will pay": the first word of an organisation the article names in full is its short name, not a person —
 * unless a title stands before it somewhere ("President Bush" of "the Bush Administration").
 */
function organisationShortNames(article: Article): Set<string> {
  const names = new Set<string>();
  const titled = new Set<string>();
  for (const paragraph of article.paragraphs) {
    for (const match of paragraph.text.matchAll(ORGANISATION_NAME)) {
      const [, head, last] = match;
      // "The Lena Okafor Quintet": a band named after someone leaves the surname theirs.
      const wordBefore = /(\p{Lu}\p{Ll}+)\s+$/u.exec(paragraph.text.slice(0, match.index))?.[1];
      if (isOrganisationWord(last!) && !firstName(head!) && !(wordBefore && firstName(wordBefore))) names.add(head!);
    }
    for (const [, title, name] of paragraph.text.matchAll(ORGANISATION_NAME)) if (isTitleWord(title!) || honorific(title!)) titled.add(name!);
  }
  return new Set([...names].filter((name) => !titled.has(name)));
}

/** "Wyk" of "Johan van Wyk" is "van Wyk", "Campo" of "Rubén del Campo" "del Campo": the surname keeps its particle. */
function withParticle(form: string, name: string): string {
  if (/\s/.test(form)) return form;
  const particle = new RegExp(`(?:^|\\s)((?:van|von|van der|van den|de|del|della|der|den|da|di|du|dos|das|le|la|bin|al|el|ibn)\\s+)${escapeRegExp(form)}$`, 'u').exec(name);
  return particle ? `${particle[1]}${form}` : form;
}

/**
 * The people in an article's body: each with the fullest name used, other forms as aliases, roles as the
 * article words them, gender when shown, and every paragraph that names them or refers to them by pronoun.
 * A bare surname shared by two people is assigned to neither.
 */
// Detection runs on whole paragraphs rather than sentences so that names can span the body; sentences only tell
// pronouns where a sentence starts.
// "BOSTON (AP) - A former investment adviser who …": a dateline, then one person described, not named.
const DESCRIBED_LEAD = /^(?:\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^()]{1,30}\))?\s*[—–-]{1,2}\s+)?(?:A|An)\s+((?:[\p{Ll}\d-]+\s+){0,3}[\p{Ll}-]+)\s+(?:who|whose|was|is|has|had|accused|charged|convicted)\b/u;

/** '"King Lear."', '"Hamlet"': a name that is all a quotation holds is a work's title, not a person. */
function isQuotedTitle(mention: BodyMention): boolean {
  const named = mention.paragraphText.slice(mention.title?.[0] ?? mention.start, mention.end);
  return findQuoteSpans(mention.paragraphText).some(
    (span) => span.start <= mention.start && span.end >= mention.end && mention.paragraphText.slice(span.start, span.end).replace(/^[\s"“‘']+|[\s"”’'.,!?]+$/gu, '') === named,
  );
}

export function extractPeople(article: Article, sentences: Sentence[]): Person[] {
  const credited = creditedNames(article);
  const shortNames = organisationShortNames(article);
  const places = namedPlacesAndBodies(article);
  const mentions = bodyMentions(article).filter(
    (mention) =>
      !credited.has(mention.text.toLowerCase()) &&
      !isOutletName(mention.text) &&
      !isOrganisationName(mention.text) &&
      !shortNames.has(mention.text) &&
      !places.has(mention.text) &&
      !isQuotedTitle(mention),
  );
  const byParagraph = new Map<number, BodyMention[]>();
  for (const mention of mentions) byParagraph.set(mention.paragraph, [...(byParagraph.get(mention.paragraph) ?? []), mention]);
  const clusters: Cluster[] = [];
  // "Her son" before a name: the relation, and where its pronoun stands.
  const kinOfPronoun: Array<{ cluster: Cluster; kin: string; paragraph: number; offset: number }> = [];
  const firstSeen = new Map<Cluster, number>();
  const position = (mention: BodyMention): number => mention.paragraph * 1e6 + mention.offset;
  const ordered = [...mentions].sort((a, b) => position(a) - position(b));
  // Full names first, so that a bare surname later finds the full name it belongs to.
  for (const mention of [...ordered.filter(isFullName), ...ordered.filter((mention) => !isFullName(mention))]) {
    const parts = nameParts(mention.text);
    if (parts.length === 0) continue;
    const exact = clusters.find((cluster) => cluster.parts.join(' ') === parts.join(' '));
    // A bare surname joins only a person already introduced in full before it ("President Bush" is not
    // the "Laura Bush" of a later paragraph).
    // With an honorific ("Mr Passos Coelho", BBC style, before "Pedro Passos Coelho") the surname may come first.
    let candidates = exact
      ? [exact]
      : matchingClusters(clusters, parts).filter(
          (cluster) => parts.length > 1 || firstSeen.get(cluster)! < position(mention) || mention.honorificGender !== null,
        );
    // A shorter full name seen first ("Passos Coelho") is the same person as the longer one ("Pedro Passos Coelho").
    if (candidates.length === 0 && parts.length > 1) {
      const shorter = clusters.filter((cluster) => cluster.parts.length > 1 && isSubsequence(cluster.parts, parts));
      if (shorter.length === 1) {
        shorter[0]!.parts = parts;
        shorter[0]!.gender ??= genderFromFirstName(parts);
        candidates = shorter;
      }
    }
    if (candidates.length > 1 && mention.honorificGender) {
      candidates = candidates.filter((cluster) => cluster.gender === null || cluster.gender === mention.honorificGender);
    }
    // Two people share the surname: the one the headline names is the story's subject, whom a bare surname means.
    if (candidates.length > 1 && parts.length === 1) {
      const headlined = candidates.filter((cluster) => [...cluster.forms.keys()].some((form) => nameParts(form).length > 1 && article.title.includes(form)));
      if (headlined.length === 1) candidates = headlined;
    }
    if (candidates.length > 1) continue; // ambiguous: two people share this name
    let cluster = candidates[0];
    if (!cluster) {
      cluster = { parts, forms: new Map(), roles: [], gender: genderFromFirstName(parts), mentions: [] };
      clusters.push(cluster);
      firstSeen.set(cluster, position(mention));
    }
    cluster.forms.set(mention.text, (cluster.forms.get(mention.text) ?? 0) + 1);
    cluster.gender ??= mention.honorificGender;
    if (mention.title && /\b(?:Dr|Doctor)\b/.test(mention.paragraphText.slice(mention.title[0], mention.title[1]))) cluster.doctor = true;
    const self = cluster;
    // "Her son, Kevin Doyle,": whose son is whom the pronoun stands for, known once pronouns are linked below.
    const noteKin = (pronoun: string, kin: string): void => {
      const offset = mention.paragraphText.lastIndexOf(`${pronoun} ${kin}`, mention.offset);
      // "X plays her father, Hossein": "her" is the character's, whom no name in the article stands for.
      const part = /\b(?:plays|played|portrays|portrayed|as)\s+$/i.test(mention.paragraphText.slice(0, Math.max(0, offset)));
      if (offset >= 0 && !part) kinOfPronoun.push({ cluster: self, kin, paragraph: mention.paragraph, offset });
    };
    for (const role of rolesOf(mention, byParagraph.get(mention.paragraph) ?? [], noteKin)) if (!cluster.roles.includes(role)) cluster.roles.push(role);
    cluster.mentions.push({ personIndex: clusters.indexOf(cluster), paragraph: mention.paragraph, offset: mention.offset });
  }

  // "A former investment adviser who stole … was sentenced" opening the story, then "Gregory Pell, 58, …" opening the next
  // paragraph: the lead's unnamed subject, named at last.
  const [lead, next] = article.paragraphs;
  const leadRole = lead && next ? DESCRIBED_LEAD.exec(lead.text)?.[1] : undefined;
  if (leadRole && isRoleNoun(leadRole.split(/\s+/).at(-1)!) && !clusters.some((cluster) => cluster.mentions.some((placed) => placed.paragraph === lead!.number))) {
    const named = clusters.find((cluster) => cluster.mentions.some((placed) => placed.paragraph === next!.number && placed.offset === 0));
    if (named && /^[^,]{2,60},\s+\d{1,3},/u.test(next!.text) && !named.roles.includes(leadRole)) named.roles.unshift(leadRole);
  }
  // "Kovacs's mother, Erzsebet Kovacs,", "a mother of three", "the son of the village doctor": a role that says it.
  for (const cluster of clusters) cluster.gender ??= cluster.roles.map(genderOfRole).find((gender) => gender !== undefined) ?? null;
  const genders = clusters.map((cluster) => cluster.gender);
  const pronouns = linkPronouns(article.paragraphs, sentences, clusters.flatMap((cluster) => cluster.mentions), genders);
  const fullName = (cluster: Cluster): string => [...cluster.forms.keys()].reduce((best, form) => (nameParts(form).length > nameParts(best).length ? form : best));
  for (const { cluster, kin, paragraph, offset } of kinOfPronoun) {
    const owner = clusters[pronouns.find((link) => link.paragraph === paragraph && link.offset === offset)?.personIndex ?? -1];
    const at = cluster.roles.indexOf(kin);
    // Named before it in the same paragraph, or in the one before when the pronoun opens its own ("Her son, …").
    const opensParagraph = offset === 0;
    const namedBefore =
      owner?.mentions.some((placed) => (placed.paragraph === paragraph && placed.offset < offset) || (opensParagraph && placed.paragraph === paragraph - 1)) ?? false;
    if (owner && owner !== cluster && at >= 0 && namedBefore) cluster.roles[at] = `${fullName(owner)}'s ${kin}`;
  }
  const usedIds = new Set<string>();
  const people = clusters.map((cluster, index) => {
    const forms = [...cluster.forms.keys()];
    const name = forms.reduce((best, form) => (nameParts(form).length > nameParts(best).length ? form : best));
    let id = slug(name);
    for (let suffix = 2; usedIds.has(id); suffix++) id = `${slug(name)}-${suffix}`;
    usedIds.add(id);
    const linked = pronouns.filter((link) => link.personIndex === index);
    const paragraphs = new Set([...cluster.mentions, ...linked].map((mention) => mention.paragraph));
    return {
      id,
      name,
      aliases: [...new Set(forms.filter((form) => form !== name).map((form) => withParticle(form, name)))].filter((form) => form !== name),
      roles: orderRoles(cluster.roles),
      ...(cluster.doctor && { addressedAs: ['Dr.'] }),
      gender: genders[index] ?? null,
      paragraphs: [...paragraphs].sort((a, b) => a - b),
      mentionCount: cluster.mentions.length + linked.length,
    };
  });
  // "two officials both named Nielsen": a bare surname that two people named in full share is neither of them, and
  // no third person either.
  const surnameHolders = (surname: string): number => people.filter((person) => person.name.includes(' ') && person.name.split(' ').at(-1) === surname).length;
  // "Idris Kalloway plays Lord Cassius Vane": a part someone plays is a character, not a person of the story.
  const parts = people.flatMap((person) => person.roles.map((role) => / playing (.+)$/.exec(role)?.[1]).filter((part) => part !== undefined));
  const isPart = (person: Person): boolean => person.name.includes(' ') && parts.some((part) => part === person.name || part.endsWith(` ${person.name}`));
  return people.filter((person) => (person.name.includes(' ') || surnameHolders(person.name) < 2) && !isPart(person));
}
