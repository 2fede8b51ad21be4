import { agentOfVerb, expandedTitle, firstName, honorific, isCommonWord, isOrganisationWord, isDefendantVerb, isDemonym, isKinshipNoun, isFunctionWord, isNameParticle, isPartyLabel, isPlaceName, isRoleNoun, isTitleWord, looksLikePastTense } from './gazetteer.js';

// The last word of a text, followed only by spaces.
const WORD_BEFORE = /([\p{L}][\p{L}\p{M}.'’-]*)\s*$/u;
// "Harrow & Finch editor": an ampersand joins the words of a firm's name.
const TITLE_WORD_BEFORE = /([\p{L}][\p{L}\p{M}.'’-]*|&)\s*$/u;
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|my|your|another)$/i;
const POSSESSIVE = /^\p{L}[\p{L}\p{M}.'’-]*(?:['’]s|s['’])$/u;
const REPORTING_VERB = /\b(?:said|says|told|tells|added|asked)\b/i;
const MAX_ROLE_WORDS = 14;
const MAX_ROLE_QUALIFIERS = 3;
/** Lower-case words between a determiner and the role noun ("his domestic employee", "France's top diplomat"). */
const MAX_MODIFIERS = 3;

// "But Spain's prime minister": a conjunction opening the sentence is no part of the role.
// "The other lead author": "other" only sets them apart from someone named before.
// "Another parent" is a parent; "Superintendent Dr." ends with how the name is addressed, which is no part of the role.
const clean = (role: string): string =>
  role
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:But|And|Or|So|Yet|Meanwhile)\s+/, '')
    .replace(/^(?:(the)|an?)\s+other\s+(?=(\p{L}))|^another\s+(?=(\p{L}))/iu, (_, the: string | undefined, next = '', after = '') =>
      the ? 'the ' : /^[aeiou]/i.test(next || after) ? 'an ' : 'a ')
    .replace(/\s+(?:Dr|Mr|Mrs|Ms|Prof|Professor|Rev|Sir|Dame)\.?$/, '')
    // "who is also Acme's chief financial officer.": neither the adverb nor the sentence's full stop is the role's.
    .replace(/^(?:also|now|still)\s+/i, '')
    .replace(/(?<=(?:^|\s)\p{Ll}[\p{L}'’-]*)[.;,]$/u, '');
const words = (text: string): string[] => text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
// Occupations by their ending alone, never a demonym or a first name ("Oceanographer", "Criminologist").
const SCHOLARLY_OCCUPATION = /\p{L}{3}(?:grapher|ologist)s?$/iu;
// A capitalised honorific ("Professor", "Dr") only addresses the person; in lower case ("university professor") it is a role.
const hasRoleWord = (phrase: string): boolean =>
  words(phrase).some(
    (word) =>
      ((isRoleNoun(word) || isRoleNoun(word.replace(/^(?:co|vice|deputy|ex|acting)-/i, '')) || isTitleWord(word)) &&
        (honorific(word) === undefined || /^\p{Ll}/u.test(word))) ||
      SCHOLARLY_OCCUPATION.test(word),
  );
/** "minister", "Secretary-General", "co-leader", "ex-president". */
const isRoleHead = (word: string): boolean => {
  const bare = word.replace(/\.$/, '');
  if (isPartyLabel(bare) && /^\p{Ll}/u.test(bare)) return false;
  return isRoleNoun(bare) || isTitleWord(bare) || isRoleNoun(bare.replace(/^(?:co|vice|deputy|ex|acting)-/i, ''));
};
// Agent nouns that name an occupation even when no list has them ("auctioneer", "novelist", "historian", "oceanographer");
// "-er", "-ant" and "-ent" words are as often things ("disaster", "restaurant", "accident"): the lists hold those roles.
// Title words that are adjectives ("federal", "court", "national") do not head an appositive.
const looksLikeRoleNoun = (word: string): boolean =>
  isRoleNoun(word) ||
  isRoleNoun(word.replace(/^(?:co|vice|deputy|ex|acting)-/i, '').replace(/-in-law$/i, '')) ||
  /^\p{Ll}{3,}(?:eer|ist|ian|grapher)s?$/u.test(word) ||
  compoundRoleNoun(word);

/** "schoolteacher", "firefighter", "shopkeeper": a closed compound ending in a role noun of five letters or more. */
function compoundRoleNoun(word: string): boolean {
  if (!/^\p{Ll}{8,}$/u.test(word)) return false;
  for (let split = 3; split <= word.length - 5; split++) if (isRoleNoun(word.slice(split))) return true;
  return false;
}

/** Can this capitalised word sit inside a title written before a name ("U.N.", "Secretary", "Pentagon")? */
function capitalisedTitleWord(word: string): boolean {
  if (isTitleWord(word) || isRoleNoun(word) || isDemonym(word) || isPlaceName(word)) return true;
  if (/^(?:\p{Lu}\.)+$/u.test(word) || /^\p{Lu}{2,}$/u.test(word)) return true;
  return /^\p{Lu}/u.test(word) && !isFunctionWord(word);
}

// Past participles that say what someone is now, not what they did ("retired firefighter", "elected mayor").
const STANDING = /^(?:retired|elected|appointed|designated|disgraced|jailed|ousted|exiled|embattled|decorated|renowned|celebrated|detained|convicted|indicted|accused|suspended)$/;

type Step = 'title' | 'role' | 'possessive' | 'determiner' | 'joiner' | 'modifier' | 'stop';

/** What a word, read leftwards from a name, adds to the role written before it. */
// Words an infinitive follows: "enough to", "tried to", "failed to".
const INFINITIVE_BEFORE = /\b(?:enough|able|unable|tried|trying|try|tries|wanted|wants|want|sought|seeks|failed|fails|managed|needed|needs|attempted|attempting|helped|helping|decided|plans|planned|planning|hoped|hopes|vowed|refused|threatened|threatens|expected)\s+to\s+\S+\s*$/i;

function stepOf(word: string, next: string | null, wordBefore: string | null, roleSeen: boolean, textBefore: string): Step {
  const bare = word.replace(/\.$/, '');
  if (bare === '&') return next !== null && /^\p{Lu}/u.test(next) && /^\p{Lu}/u.test(wordBefore ?? '') ? 'joiner' : 'stop';
  if (DETERMINER.test(bare)) return 'determiner';
  if (POSSESSIVE.test(bare)) return next === null ? 'stop' : 'possessive';
  if (/^\p{Lu}/u.test(bare)) return capitalisedTitleWord(bare) ? 'title' : 'stop';
  // "al Qaeda leader": a lower-case particle opening an organisation's name.
  if (isNameParticle(bare) && next !== null && /^\p{Lu}/u.test(next)) return 'title';
  // "did enough to force full-back X": a verb after an infinitive's "to" ("according to club doctor X" is a role).
  if (next !== null && /^to$/i.test(wordBefore ?? '') && INFINITIVE_BEFORE.test(textBefore) && !/^(?:former|deputy|acting|then|new|interim)$/.test(bare)) return 'stop';
  // "Board members Linda Park and …": a plural role noun right before the names is each one's role.
  if (isRoleHead(bare) || (next === null && /[^s]s$/.test(bare) && isRoleHead(bare.slice(0, -1)))) return 'role';
  if (next === null) return 'stop';
  // "Chief of Staff", "chief of staff", "councillor and disability rights campaigner".
  const joinsRoles = wordBefore !== null && isRoleHead(wordBefore);
  // "of" joins capitalised titles ("Secretary of State") or lower-case ones ("chief of staff"), never the two
  // ("the daughter of House Minority Leader X" is not X's role).
  const capitalisedBoth = /^\p{Lu}/u.test(next) && wordBefore !== null && /^\p{Lu}/u.test(wordBefore);
  // "the older brother of winger X": a relation to X, not X's role.
  if (bare === 'of') return !isKinshipNoun(wordBefore ?? '') && (capitalisedBoth || (joinsRoles && /^\p{Ll}/u.test(next))) ? 'joiner' : 'stop';
  // "Water and Sanitation Minister": "and" inside a capitalised title, between two words of what the office is for.
  const joinsTitleWords = capitalisedBoth && roleSeen && isCommonWord(wordBefore) && firstName(wordBefore) === null;
  if (bare === 'and') return joinsRoles || joinsTitleWords ? 'joiner' : 'stop';
  // "then Prime Minister Helen Clark": the office was hers then, not now.
  // "Since then Mayor Ann Lee has …" is no such office.
  if (bare === 'then' && roleSeen) return /^(?:since|until|till|by|from|and|but|even|only|just|back|right)$/i.test(wordBefore ?? '') ? 'stop' : 'modifier';
  // Modifiers qualify a lower-case role noun ("press secretary"), never a capitalised title ("to meet Russian President").
  const modifier =
    roleSeen &&
    /^\p{Ll}/u.test(next) &&
    /^[\p{Ll}-]{3,}$/u.test(bare) &&
    !isFunctionWord(bare) &&
    // "presented the trophy alongside former champion X": a preposition ends the role.
    !/^(?:alongside|beside|besides|against|between|behind|beyond|toward|towards|including|unlike|versus|amid|despite|without|within|upon|onto|into|over|under|after|before|during|since|until|than|past|through|throughout)$/.test(bare) &&
    (!looksLikePastTense(bare) || STANDING.test(bare)) &&
    !/ly$/.test(bare) &&
    // "beating defending champion X": a verb in -ing is the sentence's, not the role's ("acting" is a rank).
    // A field of work in -ing names the role's kind ("training partner", "marketing director", "sparring partner").
    (!/ing$/.test(bare) ||
      /^(?:acting|leading|reigning|ruling|governing|outgoing|incoming|sitting|defending|managing|presiding|visiting|founding|training|coaching|marketing|nursing|engineering|accounting|teaching|housing|planning|fundraising|campaigning|recording|touring|publishing|banking|mining|shipping|racing|sailing|running|cycling|climbing|swimming|rowing|sparring|dancing|singing|operating|investigating|consulting|supervising|attending|examining|arresting|commanding|prosecuting|contributing|producing|casting|lighting|broadcasting|polling|trading)$/.test(bare));
  return modifier ? 'modifier' : 'stop';
}

/**
 * The title or role written right before a name, extended leftwards over the words such a phrase is made
 * of: "U.N. Secretary-General", "Secretary of State", "National Security Council spokesman", "Council
 * member", "his domestic employee", "France's top diplomat", "the Greens' co-leader".
 */
export function titleBefore(text: string, nameStart: number, knownTitleStart: number | null): string | null {
  let start = knownTitleStart ?? nameStart;
  let next: string | null = knownTitleStart === null ? null : text.slice(knownTitleStart).split(/\s/)[0] ?? null;
  let roleSeen = next !== null;
  let modifiers = 0;
  let cut = start;
  for (let count = 0; count < MAX_ROLE_WORDS; count++) {
    const match = TITLE_WORD_BEFORE.exec(text.slice(0, start));
    const word = match?.[1];
    if (!match || !word) break;
    // A period that is not part of an abbreviation ends the previous sentence.
    // "Gov." is an abbreviation; "… in Milford County Superior Court. Hale, 31," ends a sentence at "Court.".
    // "St. Aldric's chief executive": a saint's abbreviation opens the name after it.
    const saint = /^(?:St|Ste|Mt|Ft)\.$/.test(word) && next !== null && /^\p{Lu}/u.test(next);
    if (word.endsWith('.') && !saint && !/^(?:\p{L}\.)+$/u.test(word) && !(isTitleWord(word) && (expandedTitle(word) !== undefined || honorific(word) !== undefined))) break;
    const wordBefore = TITLE_WORD_BEFORE.exec(text.slice(0, match.index))?.[1] ?? null;
    const step = stepOf(word, next, wordBefore, roleSeen, text.slice(0, start));
    if (step === 'stop') break;
    modifiers = step === 'modifier' ? modifiers + 1 : 0;
    if (modifiers > MAX_MODIFIERS) break;
    start = match.index;
    next = word;
    roleSeen ||= step === 'role' || step === 'title';
    // The phrase may end only where a reader would start it: not on a dangling "of" or "and".
    if (step !== 'joiner') cut = start;
    if (step === 'determiner') break;
  }
  const role = withoutHonorifics(clean(text.slice(cut, nameStart))).replace(/\b(\p{L}+[^s])s$/u, (plural, singular: string) => (isRoleHead(singular) && !isRoleHead(plural) ? singular : plural));
  return role && hasRoleWord(role) ? role : null;
}

/** "Prime Minister Sheikh" → "Prime Minister": an honorific before the name is no part of the office. */
function withoutHonorifics(role: string): string {
  const words = role.split(/\s+/);
  // Not "first lady" or "University professor": a capitalised form of address that names no office.
  const formOfAddress = (word: string): boolean => /^\p{Lu}/u.test(word) && honorific(word) !== undefined && !isRoleNoun(word.toLowerCase()) && !isTitleWord(word);
  while (words.length > 1 && formOfAddress(words.at(-1)!)) words.pop();
  return words.join(' ');
}

// A determiner, or a possessive name ("Whitcombe's", "the Greens'"), opening a role phrase.
const OPENER =
  /(?<=^|[\s"“(])(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]nother|[Oo]ne)\s|(?:(?:St|Mt|Ft)\.\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*(?:['’]s|s['’])\s)/gu;
const PREPOSITION = /^(?:of|for|at|in|with|from|on|to|by|near|outside|inside|around|across|who|which|that|and)$/;
const MAX_APPOSITIVE_CHARS = 80;

/** The noun a role phrase is about: the last word before its first preposition, relative pronoun or "and" ("a spokesman for the coalition" → spokesman). */
function headWord(phrase: string): string {
  const all = words(phrase);
  // "the park's search and rescue coordinator": "and" inside a compound, before the noun that ends the phrase.
  if (all.length > 2 && all.every((word) => word === 'and' || !PREPOSITION.test(word)) && looksLikeRoleNoun(all.at(-1)!)) return all.at(-1)!;
  const preposition = all.findIndex((word, index) => index > 0 && PREPOSITION.test(word));
  return (preposition > 0 ? all[preposition - 1] : all.at(-1)) ?? '';
}

/**
 * "his Canadian counterpart, NAME," / "Whitcombe's lawyer, NAME," / "A spokesman for the coalition, Col. NAME,"
 * — the nearest role phrase that ends with a comma right before the name (or its title).
 */
export function appositiveBefore(text: string, nameStart: number, nameEnd: number): string | null {
  // An appositive name is set off on both sides ("his lawyer, X, said", "another analyst, X of Y,"); "veto the pilot,
  // Johnson said" is a subject.
  // "X of the firm Harlan & Quist," too.
  if (!/^\s*(?:[,.;:)!?"”’]|['’]s\b|(?:of|at|from)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}|$)/u.test(text.slice(nameEnd).replace(POST_NOMINALS, ''))) return null;
  // "His coach, the Italian Marco Bellandi,": a nationality written before the name; "The Mariners' owner, billionaire
  // shipping executive Douglas Whitcombe,": a lower-case title.
  const nationality = /,\s*(?:the\s+)?(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(0, nameStart));
  const lowerTitle = /,\s*((?:\p{Ll}[\p{L}-]*\s+){1,4})$/u.exec(text.slice(0, nameStart));
  const titleWords = lowerTitle?.[1]!.trim().split(/\s+/) ?? [];
  const titled = lowerTitle !== null && looksLikeRoleNoun(titleWords.at(-1)!) && !titleWords.some((word) => DETERMINER.test(word));
  const before = text.slice(0, nationality && isDemonym(nationality[1]!) ? nationality.index + 1 : titled ? lowerTitle.index + 1 : nameStart);
  const comma = /,\s*$/.exec(before);
  if (!comma) return null;
  const clause = before.slice(0, comma.index);
  // "St. Aldric's chief executive": a saint's point ends no clause.
  const segmentStart = clause.replace(/\b(St|Mt|Ft)\.(?=\s+\p{Lu})/gu, '$1_').search(/[^,.;:"“”]*$/);
  const clauseStart = Math.max(0, clause.length - MAX_APPOSITIVE_CHARS, nameListStart(clause, segmentStart));
  const openers = [...clause.matchAll(OPENER)].filter((match) => match.index >= clauseStart).reverse();
  // "A spokesman for the mayor, X": a role after a preposition may be part of a longer one that starts earlier;
  // "met by his counterpart, X" has none, so there it is the role.
  let afterPreposition: string | null = null;
  for (const opener of openers) {
    const phrase = clean(clause.slice(opener.index));
    // "Agnes Munro, a retired teacher who returns after the death of her brother, Ewan": a phrase with a relative clause,
    // set off after another name, describes that one ("A worker who gave only his first name, Travis," describes Travis).
    const anothersAppositive = /\b(?:who|whom|whose|which|that)\b/i.test(phrase) && /,\s*$/.test(clause.slice(0, opener.index));
    if (words(phrase).length < 2 || !looksLikeRoleNoun(headWord(phrase)) || anothersAppositive) continue;
    if (!/\b(?:for|of|at|with|to|from|by|in|on)\s*$/i.test(clause.slice(clauseStart, opener.index))) return phrase;
    afterPreposition ??= phrase;
  }
  return afterPreposition;
}

// "Relief and Resettlement": a segment of a capitalised list inside a title's name.
const CAPITALISED_LIST_SEGMENT = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’-]*))*\s*$/u;

/** "The Minister for Social Welfare, Relief and Resettlement, NAME": commas inside a capitalised name do not end the role. */
function nameListStart(clause: string, start: number): number {
  let at = start;
  for (let step = 0; step < 3 && at > 0 && clause[at - 1] === ',' && CAPITALISED_LIST_SEGMENT.test(clause.slice(at)); step++) {
    const previous = clause.slice(0, at - 1).search(/[^,.;:"“”]*$/);
    if (!/\p{Lu}[\p{L}'’-]*\s*$/u.test(clause.slice(previous, at - 1))) break;
    at = previous;
  }
  return at;
}

/** A role phrase too long to show whole, cut before its parenthesis or its second role ("chairman of X (CAMRA) and landlady of Y" → "chairman of X"). */
function shortened(phrase: string): string {
  if (words(phrase).length <= MAX_ROLE_WORDS) return phrase;
  const cut = phrase.search(/\s(?:\(|and\s)/);
  return cut > 0 ? phrase.slice(0, cut) : phrase;
}

// "Amnesty's Secretary General in a release": where the words were said is no part of the role.
const MEDIUM_AFTER_ROLE = /\s+(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\p{Ll}+\s+)?(?:release|statement|interview|letter|post|tweet|message|speech|email|e-mail|video|broadcast|podcast|briefing|conference|radio|television)$/u;
// A comma inside a figure ("$85,000") is no end of the appositive.
const APPOSITIVE_AFTER = /^,\s*(?:\d{1,3},\s*)?((?:[^,;:"“”]|,(?=\d{3})){2,200}?)(?=\s*(?:,(?!\d{3})|[;:"“”]|(?<!\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|No|Gen|Gov|Sen|Rep|Capt|Lt|Col|Sgt|Prof))\.(?:\s|$)|$))/u;
const COMPETITOR: Readonly<Record<string, string>> = { riding: 'rider', racing: 'racer', driving: 'driver', playing: 'player', competing: 'competitor' };
const LEADS = /^who\s+(?:has\s+|had\s+|now\s+|also\s+)?(led|leads|headed|heads|runs|ran|run|chairs|chaired|founded|co-founded|owns|owned|co-owns|co-owned|manages|managed|directs|directed)\s+((?:the|a|an|his|her|their)\s+[^,;:]{3,80})$/i;
const LEADER_OF: Readonly<Record<string, string>> = {
  led: 'head', leads: 'head', headed: 'head', heads: 'head', runs: 'head', ran: 'head', run: 'head', chairs: 'chair', chaired: 'chair',
  founded: 'founder', 'co-founded': 'co-founder', owns: 'owner', owned: 'owner', 'co-owns': 'co-owner', 'co-owned': 'co-owner', manages: 'manager', managed: 'manager', directs: 'director', directed: 'director',
};
// "an astrophysicist whose measurements of … helped show …": a long appositive is its role noun, before the clause.
const RELATIVE_CLAUSE = /\s+(?:whose|who|which|that|where)\s.*$/u;
// How a role phrase after a name opens: a determiner, a possessive, "who is", "former" …
const APPOSITIVE_OPENING = /^(?:(?:a|an|the|his|her|its|their|who is|who was|now|then|former)\s|(?:(?:\p{Lu}[\p{L}\p{M}-]*|&)\s+){0,4}[\p{L}][\p{L}\p{M}-]*(?:['’]s|s['’])\s)/iu;

/** "international justice counsel for the group": a few plain lower-case words qualifying a role noun. */
function qualifiedRoleHead(phrase: string): boolean {
  const all = words(phrase);
  const head = headWord(phrase);
  const before = all.slice(0, all.indexOf(head));
  return (
    isRoleHead(head) &&
    before.length <= MAX_ROLE_QUALIFIERS &&
    before.every((word) => /^[\p{Ll}-]{3,}$/u.test(word) && !isFunctionWord(word) && !looksLikePastTense(word) && !/ly$/.test(word))
  );
}

/**
 * "NAME, a professor of economics at Yale University," / "NAME, 58, Bush's physician," /
 * "NAME, president of the company," — a role phrase after the name. `otherNames` are offsets where other
 * people are named as themselves: an appositive never runs into one ("X, his lawyer Y told CNN") except after "of".
 */
// "Hugh Tomlinson KC, …", "Ann Lee MP, …": letters after a name are part of it.
const POST_NOMINALS = /^\s+(?:KC|QC|SC|MP|MEP|MSP|MBE|OBE|CBE|KBE|DBE|Jr\.?|Sr\.?)(?=[\s,.;:)]|$)/u;

export function appositiveAfter(text: string, nameEnd: number, otherNames: number[] = []): string | null {
  const postNominal = POST_NOMINALS.exec(text.slice(nameEnd))?.[0].length ?? 0;
  nameEnd += postNominal;
  const representing = /^,\s*(representing\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})\s*,/u.exec(text.slice(nameEnd))?.[1];
  if (representing) return representing;
  const match = APPOSITIVE_AFTER.exec(text.slice(nameEnd));
  if (!match) return null;
  const start = nameEnd + match[0].length - match[1]!.length;
  // "X, the sister of Y," is a role all the same: there Y is whose sister.
  const runsIntoName = (offset: number): boolean => offset >= start && offset < nameEnd + match[0].length && !/\bof\s+$/.test(text.slice(start, offset));
  if (otherNames.some(runsIntoName)) return null;
  // "a man named Verhoeven, the museum's head of security, Pieter Verhoeven,": the role is the next name's.
  const end = nameEnd + match[0].length;
  const nextName = /^\s*,\s*/.exec(text.slice(end));
  // "X, a retired teacher who returns after the death of her brother, Ewan.": a relative clause ends at the next name; the
  // role before it is X's.
  const relativeToNextName = nextName !== null && otherNames.includes(end + nextName[0].length);
  if (relativeToNextName && !RELATIVE_CLAUSE.test(match[1]!)) return null;
  // "a banking analyst at Keefe, Bruyette & Woods": a firm's name with commas runs on to its "& Name".
  const firmRest = /^\s*,\s*(?:\p{Lu}[\p{L}'’-]*,\s*)*\p{Lu}[\p{L}'’-]*\s*&\s*\p{Lu}[\p{L}'’-]*/u.exec(text.slice(nameEnd + match[0].length))?.[0];
  const raw = match[1]! + (firmRest && /\b(?:at|of|for|with|from)\s+\p{Lu}[\p{L}'’-]*$/u.test(match[1]!) ? firmRest : '');
  // "X, 58, who has led the Department of Housing since 2017," / "X, who runs a construction firm in Queens,": the head of it.
  const leads = LEADS.exec(raw);
  // Leading a body ("the Department of …", "a construction firm"), not an act ("who led the raid").
  const body = leads ? /\s\p{Lu}/u.test(leads[2]!) || words(leads[2]!).some((word) => isOrganisationWord(word)) || /^(?:founded|co-founded|owns|owned|co-owns|co-owned|directed|directs)$/i.test(leads[1]!) : false;
  if (leads && body) return `${LEADER_OF[leads[1]!.toLowerCase()] ?? 'head'} of ${leads[2]!.replace(/\s+(?:since|for|until|from|with|in\s+\d{4}).*$/, '').replace(/\s+and\s+(?:\p{Ll}+(?:ed|s)|did|does|do|would|will|could|can|asked)\b.*$/u, '').trim()}`;
  // "X, writing for Gadget Review, was …": a writer for that outlet.
  const writingFor = /^writing\s+(?:for|in)\s+(\p{Lu}[^,;:]{1,60})$/u.exec(raw)?.[1];
  if (writingFor) return `writer for ${writingFor.trim()}`;
  // "Brandt, riding for Kessler BMW Motorrad,": a rider for that team.
  const competing = /^(riding|racing|driving|playing|competing)\s+for\s+(\p{Lu}[^,;:]{1,60})$/u.exec(raw);
  if (competing) return `${COMPETITOR[competing[1]!]} for ${competing[2]!.trim()}`;
  const opensAsRole =
    APPOSITIVE_OPENING.test(raw) || /^who\s+(?:works|worked|is\s+working|serves|is\s+serving)\s+as\s/i.test(raw) || (/^\p{Ll}/u.test(raw) && (isRoleHead(words(raw)[0] ?? '') || qualifiedRoleHead(raw)));
  if (!opensAsRole) return null;
  // "who works as a cashier at a grocery store": the job.
  const worksAs = /^who\s+(?:works|worked|is\s+working|serves|is\s+serving)\s+as\s+((?:a|an)\s+.+|\p{Ll}.+)$/iu.exec(raw)?.[1];
  const clause = worksAs ?? raw.replace(/^who (?:is|was)\s+/i, '');
  // "a 29-year-old nurse travelling home to Kelby Falls": the role ends where a participle's clause begins.
  // "chief operating officer", "managing director": an -ing word before a role noun is part of the role.
  // "a researcher sentenced to 9 years for …" too.
  const participle = /^(.*?\p{L}{3,})\s+\p{Ll}+(?:ing|ed)\s+([\p{L}-]+).*$/u.exec(clause);
  // Not inside a relative clause ("the actress whose six-decade career spanned …").
  const untilParticiple =
    participle && looksLikeRoleNoun(words(participle[1]!).at(-1) ?? '') && !looksLikeRoleNoun(participle[2]!) && !/\b(?:who|whose|which|that)\b/i.test(participle[1]!)
      ? participle[1]!
      : clause;
  const whole = clean(untilParticiple.replace(MEDIUM_AFTER_ROLE, ''));
  // "a 67-year-old farmer who asked that his name not be used": a clause that reports is no part of the role.
  const phrase = shortened(words(whole).length > MAX_ROLE_WORDS || REPORTING_VERB.test(whole) || relativeToNextName ? whole.replace(RELATIVE_CLAUSE, '') : whole);
  if (words(phrase).length > MAX_ROLE_WORDS || REPORTING_VERB.test(phrase)) return null;
  return looksLikeRoleNoun(headWord(phrase.replace(/^(?:now|then)\s+/i, ''))) ? phrase : null;
}

const COPULA_ROLE = /^\s+(?:is|was|has been|had been|became|remains)\s+((?:a|an|the)\s+[^,;:.!?"“”]{2,100}?)(?=\s+(?:who|which|that|whose|when|where|since|until|before|after|from)\b|\s*[,;:.!?"“”]|\s*$)/u;

/**
 * "NAME was a polytechnic lecturer and real ale enthusiast who …" — a role stated by a copula, only when the name
 * opens its sentence (so it is the subject, not the object of an earlier clause).
 */
export function roleAfterCopula(text: string, nameStart: number, nameEnd: number): string | null {
  // The name opens its sentence, maybe after a role set off by a comma ("Her husband, X, is the owner").
  if (!/(?:^|[.!?]["”]?\s+)(?:[^,.!?"“”]{1,40},\s*)?$/u.test(text.slice(0, nameStart))) return null;
  const match = COPULA_ROLE.exec(text.slice(nameEnd).replace(/^,\s*/, ' '));
  if (!match) return null;
  // "an anchor for" when the phrase stops at a quoted title: drop the dangling preposition.
  // "the owner and runs the dining room": a second verb ends the role.
  const phrase = shortened(clean(match[1]!.replace(/\s+and\s+\p{Ll}+s\s+(?:the|a|an|his|her|its|their)\s.*$/u, ''))).replace(/\s+(?:of|for|at|in|on|with|from|to|by|and)$/i, '');
  if (words(phrase).length > MAX_ROLE_WORDS || REPORTING_VERB.test(phrase)) return null;
  return looksLikeRoleNoun(headWord(phrase.replace(/^(?:a|an|the)\s+/i, ''))) ? phrase : null;
}

// "Directed by X", "the Green Union led by veteran mayor X": a participle and "by", then at most a few
// words of title before the name.
// "Founded in 2019 by X": when it was done may stand between the participle and "by".
// "played with ferocious warmth by X", "played brilliantly by X": how it was done, too.
const AGENT_BY = /(?<![\p{L}-])([\p{L}-]+)(?:\s+(?:in|on)\s+(?:\d{4}|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)|\s+\p{Ll}+ly|\s+with\s+(?:(?!(?:a|an|the)\s)[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?,?\s+by\s+((?:(?!by\s)[\p{L}\p{M}.'’-]+\s+){0,5})$/u;
// "the Green Union", "Zentrix Media Group": a capitalised name right before the participle, which the role is of.
const LED_BODY = /(?:^|[\s(“"])((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}'’&-]*\s+){1,5})$/u;
const TITLE_DETERMINER = /^(?:a|an|the)$/i;
// "Maggie Rowe, played by X", "The sorcerer Koschei is danced by X": the part, named right before.
// "a rebel archer, played by X": a part described.
const PART_BEFORE_PLAYED =
  /(?:^|[\s(“"])((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?|(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?:,\s*|\s+(?:is|was|are|were)\s+)$/u;
const PERFORMER = /(?:actor|dancer|singer)$/;

/**
 * "Directed by X" → "director", "the Green Union led by X" → "leader of the Green Union": the agent of a
 * participle before "by" (a list of verbs in the data), of the capitalised body named right before it when there is one.
 */
/** "Directed by X, the film …": the name sits in a participle phrase opening its sentence, so what follows its comma is the sentence's subject, not an appositive. */
export function opensParticiplePhrase(text: string, nameStart: number): boolean {
  const match = AGENT_BY.exec(text.slice(0, nameStart));
  return match !== null && /(?:^|[.!?]["”]?\s+)$/u.test(text.slice(0, match.index + match[0].indexOf(match[1]!)));
}

export function roleFromAgentVerb(text: string, nameStart: number): string | null {
  const match = AGENT_BY.exec(text.slice(0, nameStart));
  if (!match) return null;
  const agent = agentOfVerb(match[1]!);
  if (!agent) return null;
  // "Ruth, played by X" is a part; "a stripped-down "Northern Line", played by X alone on guitar" is a song.
  if (/^play/i.test(match[1]!) && /["”’]\s*,?\s*$/.test(text.slice(0, match.index + match[0].indexOf(match[1]!)))) return null;
  // "co-written by Roque and Vasquez": the last of names joined by "and" shares the verb.
  const names = /^(?:\p{Lu}[\p{L}'’-]*,?\s+)+and\s+$/u.test(match[2]!);
  if (!names && words(match[2]!).some((word) => isFunctionWord(word) && !TITLE_DETERMINER.test(word))) return null;
  // "led by opener X. Spinner Y": "by" belongs to the sentence before.
  if (/[.!?]["”’]?\s/.test(match[2]!)) return null;
  // "Maggie Rowe, played by X", "Ruth's brother, played by X": the part named before.
  const part = PERFORMER.test(agent) ? PART_BEFORE_PLAYED.exec(text.slice(0, match.index + match[0].indexOf(match[1]!)))?.[1] : undefined;
  if (part) return `${agent} playing ${part}`;
  const before = text.slice(0, match.index + match[0].indexOf(match[1]!));
  const body = LED_BODY.exec(before)?.[1]?.trim();
  // A single capitalised word opening a sentence ("Troops led by X") may be a plain word, not a body's name.
  const named = body !== undefined && (/^the\s/i.test(body) || words(body).length > 1);
  if (named) return `${agent} of ${body.replace(/^The\s/, 'the ')}`;
  if (agent === 'leader' || agent === 'head') {
    // "a team of 23 researchers led by X": what X leads, in lower case.
    const group = LED_GROUP.exec(before)?.[1];
    if (group) return `${agent} of ${group.replace(/^The\s/, 'the ').replace(/^An?\s/, (article) => article.toLowerCase())}`;
    // "Service, led by general manager X": the title says what X is; "leader" says nothing more.
    if (match[2]!.trim() !== '') return null;
  }
  return agent;
}

const LED_GROUP = /(?:^|[\s(“"])((?:[Aa]n?|[Tt]he|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?!(?:would|will|not|is|was|has|had|can|could|should|did|does)\s)[\p{Ll}\d-]+\s+){0,4}?(?:team|group|panel|jury|delegation|squad|side|unit|crew|committee|commission|inquiry|investigation|review|study|project|expedition|consortium|coalition|mission|operation|campaign|search|party|government)(?:\s+of\s+(?:[\p{Ll}\d,-]+\s+){0,3}?[\p{Ll}-]+)?)(?:,?\s+(?:is|was|are|were|will\s+be|to\s+be))?,?\s*$/u;

const REVIEW_BEFORE = /\b[Ii]n\s+(?:his|her|their|a|an|the)\s+(?:\p{Ll}+\s+)?review\s*(?:(for|in)\s+([^,;.!?]{2,60}?)|(?:of|on)\s+[^,;.!?]{2,60}?)?\s*,\s*$/u;

/** "In his review for The Daily Ledger, X called …": X is a critic, for that outlet when named. */
export function roleFromReview(text: string, nameStart: number): string | null {
  const match = REVIEW_BEFORE.exec(text.slice(0, nameStart));
  if (!match) return null;
  return match[2] ? `critic ${match[1]} ${match[2]}` : 'critic';
}

// "X (goalkeeper, 31)", "X (lead actor)": a few lower-case words in parentheses, maybe with an age after a comma.
// "Mateo Vidal of Team Meridian", "Inspector Joost Vermeulen of the Rotterdam police", "Luca Marchetti of Italy": what
// the person belongs to, right after the name (or the age: "Diane Carver, 54, of Toledo,").
// A word of the name: capitalised, or an initialism with its points ("U.S."); a full stop otherwise ends the sentence.
const AFFILIATION_WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’-]*)`;
const AFFILIATION_AFTER = new RegExp(
  String.raw`^(?:,\s*\d{1,3})?,?\s+of\s+((?:the\s+)?${AFFILIATION_WORD}(?:\s+(?:(?:of|for|de|&)\s+(?:the\s+)?)?${AFFILIATION_WORD})*(?:\s+(?:police|university|club|team|party|government))?)`,
  'u',
);

// "Italy's Federica Moretti", "Hungary's Bence Kovacs": a country the name is written as belonging to.
const COUNTRY_BEFORE = /(?:^|[\s(“"])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})['’]s\s+$/u;

export function roleOfAffiliation(text: string, nameEnd: number, nameStart?: number): string | null {
  const body = AFFILIATION_AFTER.exec(text.slice(nameEnd))?.[1];
  if (body) return `of ${body}`;
  const country = nameStart === undefined ? undefined : COUNTRY_BEFORE.exec(text.slice(0, nameStart))?.[1];
  return country && isPlaceName(country) ? `of ${country}` : null;
}

const ROLE_IN_PARENTHESES = /^\s*\(\s*(\p{Ll}[\p{Ll}\p{M}' -]{1,40}?)\s*(?:,\s*\d{1,3}\s*)?\)/u;

/** "X (goalkeeper, 31)" → "goalkeeper": a role noun in parentheses right after the name; an age alone is no role. */
export function roleInParentheses(text: string, nameEnd: number): string | null {
  const match = ROLE_IN_PARENTHESES.exec(text.slice(nameEnd));
  if (!match) return null;
  const phrase = match[1]!.trim();
  return words(phrase).length <= MAX_ROLE_QUALIFIERS + 1 && (qualifiedRoleHead(phrase) || isRoleHead(phrase)) ? phrase : null;
}

const MAX_TITLE_WORDS_AFTER_VERB = 5;
const WORD_AT_END = /([\p{L}\p{M}.'’-]+)\s+$/u;

/**
 * The words right before a name, nearest first, as [verb, title words between it and the name] pairs: "found former
 * roofer X" gives [roofer, []], [former, [roofer]], [found, [former, roofer]]. Stops at punctuation or a function word
 * that cannot be part of a title.
 */
function verbsBefore(text: string, nameStart: number): Array<[string, string[]]> {
  const pairs: Array<[string, string[]]> = [];
  const between: string[] = [];
  let end = nameStart;
  for (let count = 0; count <= MAX_TITLE_WORDS_AFTER_VERB; count++) {
    const match = WORD_AT_END.exec(text.slice(0, end));
    // "… sentenced him. The mayor found X": a period that is not an initial's ends the sentence.
    if (!match || (match[1]!.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(match[1]!))) break;
    pairs.push([match[1]!, [...between]]);
    if (isFunctionWord(match[1]!) && !TITLE_DETERMINER.test(match[1]!)) break;
    between.unshift(match[1]!);
    end = match.index;
  }
  return pairs;
}
const FOUND_GUILTY = /^(?:,\s*\d{1,3},)?\s+(?:not\s+)?guilty\b/;
// "X, 58, was convicted", "X has been charged with …".
const DEFENDANT_AFTER = /^(?:,\s*(?:\d{1,3}|of\s+\p{Lu}[\p{L}.'’ -]{0,30}),)?\s+(?:was|were|is|has been|had been|will be|is being)\s+(?:(?:not|also|later|then|first)\s+)?(\p{Ll}+(?:\s+into\s+custody)?)\b/u;
const PLEADED_AFTER = /^(?:,\s*(?:\d{1,3}|of\s+\p{Lu}[\p{L}.'’ -]{0,30}),)?\s+(?:(?:has|had|have|will|would|is\s+expected\s+to)\s+)?(?:pleaded|pled|pleads|plead)\s+(?:not\s+)?guilty\b/u;
// "X, of Millbrook, was taken into custody", "X was arrested": a suspect, not yet a defendant.
const ARRESTED = /^(?:arrested|detained|apprehended|taken into custody|held)$/;

/** "The jury convicted X", "found X guilty", "X was indicted": X is the defendant (the verbs are data). */
export function roleAsDefendant(text: string, nameStart: number, nameEnd: number): string | null {
  const after = text.slice(nameEnd);
  const passive = DEFENDANT_AFTER.exec(after)?.[1];
  if (passive && isDefendantVerb(passive)) return 'defendant';
  if (passive && ARRESTED.test(passive)) return 'suspect';
  // "Caleb Reardon, 19, had pleaded guilty in September to …", "X pleaded not guilty": a defendant.
  if (PLEADED_AFTER.test(after)) return 'defendant';
  const isDefendant = ([verb]: [string, string[]]): boolean => isDefendantVerb(verb) || (verb.toLowerCase() === 'found' && FOUND_GUILTY.test(after));
  return verbsBefore(text, nameStart).some(isDefendant) ? 'defendant' : null;
}

// Words that count or gather several people before their shared role ("the two journalists", "both nurses").
const LIST_QUANTIFIERS = /^(?:(?:the|both|all|two|three|four|five|six|fellow)\s+)+/i;
const MAX_LIST_ROLE_WORDS = 8;

function singularRoleNoun(word: string): string | null {
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : /(?:ss|ch|sh)es$/.test(word) ? word.slice(0, -2) : word.replace(/(?<!s)s$/, '');
  return singular !== word && isRoleHead(singular) ? singular : null;
}

/** "Two pilots" → "pilot", "both nurses at the clinic" → "nurse at the clinic": a plural role phrase as each one's. */
function eachOnesRole(phrase: string): string | null {
  const rest = clean(phrase).replace(LIST_QUANTIFIERS, '');
  const all = words(rest);
  if (all.length === 0 || all.length > MAX_LIST_ROLE_WORDS || !all.every((word) => /^\p{Ll}/u.test(word) || /^\p{Lu}/u.test(word))) return null;
  const head = headWord(rest);
  const singular = singularRoleNoun(head);
  if (!singular || all.indexOf(head) > MAX_ROLE_QUALIFIERS || REPORTING_VERB.test(rest)) return null;
  return rest.replace(new RegExp(`(?<![\\p{L}-])${head}(?![\\p{L}-])`, 'u'), singular);
}

const KIN_SINGULAR: Readonly<Record<string, string>> = {
  children: 'child', sons: 'son', daughters: 'daughter', brothers: 'brother', sisters: 'sister', grandchildren: 'grandchild', parents: 'parent',
};
const KIN_LIST_BEFORE = /\b(?:his|her|their|its)\s+(?:(?:two|three|four|five|six|seven|twin|adult|surviving)\s+)*(children|sons|daughters|brothers|sisters|grandchildren|parents)\s*,?\s*$/i;

// "Two pilots, " / "The two journalists, ": a plural role set off by a comma right before a list of names.
// "The escaped inmates were identified as …" too.
const LIST_NAMED_AS =
  /(?:^|[.;:!?]\s+)(?:The|the)\s+(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]+s)\s+(?:were|are|included|include|(?:were|have\s+been|had\s+been)\s+(?:identified|named)\s+as)\s+$/u;
// "The three victims", "the other suspects": words that count or point, not describe.
const COUNTING = /^(?:two|three|four|five|six|seven|eight|nine|ten|both|other|remaining|first|last|\d+)$/;
const LIST_ROLE_BEFORE = /(?:^|[.;:!?"“”(]\s*|,\s*)([^,.;:!?"“”()]{3,80}),\s*$/u;

/**
 * The role a list of names shares ("Two pilots, A and B, said", "A and B, both nurses at the clinic,"), each one's:
 * `listStart` and `listEnd` bound the names joined by "and".
 */
export function roleOfList(text: string, listStart: number, listEnd: number): string | null {
  // "Board members Linda Park and Joe Kim": a plural title right before the names.
  const plural = WORD_BEFORE.exec(text.slice(0, listStart))?.[1];
  if (plural && /^\S+\s+$/u.test(text.slice(listStart - plural.length - 1, listStart)) && singularRoleNoun(plural.toLowerCase())) {
    return titleBefore(text, listStart, null);
  }
  // "survived by their two children, Julia Vance and Peter Vance": each is a child.
  const kin = KIN_LIST_BEFORE.exec(text.slice(0, listStart))?.[1]?.toLowerCase();
  if (kin) return KIN_SINGULAR[kin] ?? null;
  // "The victims were Emma Larkin, 15, Jayden Ruiz, 16, and …": a plural subject the list names.
  const [, modifier, named] = LIST_NAMED_AS.exec(text.slice(0, listStart)) ?? [];
  const each = named ? singularRoleNoun(named.toLowerCase()) : null;
  // "The escaped inmates were …": each an escaped inmate.
  if (each) return modifier && !COUNTING.test(modifier) ? `${modifier} ${each}` : each;
  const before = LIST_ROLE_BEFORE.exec(text.slice(0, listStart))?.[1];
  const after = APPOSITIVE_AFTER.exec(text.slice(listEnd))?.[1];
  return (before && eachOnesRole(before)) || (after && eachOnesRole(after)) || null;
}

// "The soloist was the Nigerian-British violinist Adaeze Okafor": a role the sentence opens with, and whose it is.
// Not "The detective is played by X" or "The favourite was ridden by X": a verb and "by" say who did something else.
const ROLE_WAS_BEFORE = /(?:^|[.!?]["”]?\s+)The\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:was|is|will\s+be)\s+(?:(?:the|a|an)\s+)?(?:(?!by\s|\p{Ll}+(?:ed|en)\s)[\p{L}-]+\s+){0,3}$/u;

export function roleBeforeCopula(text: string, nameStart: number): string | null {
  const role = ROLE_WAS_BEFORE.exec(text.slice(0, nameStart))?.[1];
  return role && looksLikeRoleNoun(headWord(role)) ? role : null;
}

// "a 34-year-old electrician named Erik": the description before "named" is the role.
const ROLE_BEFORE_NAMED = /(?:^|[,;:(]\s*|\b(?:was|is|by|to|with)\s+)((?:a|an|the)\s+[^,;:()"“”]{2,60}?)\s+(?:named|called)\s+$/iu;

export function roleBeforeNamed(text: string, nameStart: number): string | null {
  const phrase = ROLE_BEFORE_NAMED.exec(text.slice(0, nameStart))?.[1];
  return phrase && looksLikeRoleNoun(words(phrase).at(-1) ?? '') ? clean(phrase) : null;
}

// "Kenya's Brian Kiplagat won the Amsterdam Marathon", "X, 31, won the title": the winner of what was won.
// "won the Harborview mayoral runoff": a capitalised name may be followed by what kind of contest it was.
const CONTEST = '(?:title|race|final|election|championship|tournament|match|vote|prize|award|gold medal|marathon|primary|contest|seat|runoff|run-off|cup|trophy|open|grand prix|derby|by-election|referendum|ballot)';
// "X, who won the title here in 2009", "X, the No. 6 seed, won his first Grand Slam title": a relative clause, an
// appositive and a possessive too.
const ORDINAL = "first|second|third|fourth|fifth|sixth|maiden|record|\\d+(?:st|nd|rd|th)|\\p{Ll}+-straight";
const WON_AFTER = new RegExp(
  `^(?:\\s+of\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)?(?:,\\s*(?:\\d{1,3}|(?:a|an|the)\\s(?:[^,;.]|(?<=\\bNo)\\.){1,60}),|,\\s*who)?\\s+(?:won|wins|clinched|claimed)\\s+(the\\s+(?:(?:[\\p{Lu}\\d][\\p{L}\\d'’-]*|of|of\\s+the|de)\\s+)*[\\p{Lu}\\d][\\p{L}\\d'’-]*(?:\\s+(?:\\p{Ll}+\\s+)?${CONTEST})?|the\\s+${CONTEST}|(?:his|her|their)\\s+(?:(?:${ORDINAL})\\s+)+(?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,3}${CONTEST}|(?:his|her|their)\\s+(?:[\\p{Lu}\\d][\\p{L}\\d'’-]*\\s+)+${CONTEST})\\b`,
  'u',
);

export function roleFromWin(text: string, nameEnd: number): string | null {
  const match = WON_AFTER.exec(text.slice(nameEnd));
  // "won the 14th stage": an ordinal alone names no contest.
  if (!match || /^the\s+\d+(?:st|nd|rd|th)$/.test(match[1]!)) return null;
  // "who won the title here in 2009": a past win keeps its year.
  const year = /^\s+(?:here\s+|there\s+)?in\s+((?:19|20)\d\d)\b/.exec(text.slice(nameEnd + match[0].length))?.[1];
  return year ? `winner of ${match[1]} in ${year}` : `winner of ${match[1]}`;
}

// "Tom Verhoeven on tenor saxophone, Aiko Mori on piano": what a band's member plays.
const ON_INSTRUMENT =
  /^\s+on\s+((?:[\p{Ll}-]+\s+){0,2}(?:saxophone|sax|piano|bass|drums|guitar|trumpet|violin|viola|cello|keyboards?|vocals|percussion|organ|flute|clarinet|trombone|harp|accordion|banjo|mandolin|oboe|bassoon|tuba|horn|synthesi[sz]ers?))\b/u;

export function roleOnInstrument(text: string, nameEnd: number): string | null {
  const instrument = ON_INSTRUMENT.exec(text.slice(nameEnd))?.[1];
  return instrument ? `on ${instrument}` : null;
}

// "X was elected mayor of Eastbridge on Thursday", "X became world chess champion", "X was named chief executive",
// "X will serve as acting governor":
// the office the sentence gives, up to when, where or why.
const OFFICE_AFTER =
  /^(?:,\s*\d{1,3},)?(?:[^.;"“”]{1,120}?,?\s+and)?\s+(?:(?:was|has been|had been|is|were)\s+(?:(?:narrowly|unanimously|formally|officially|overwhelmingly|also)\s+)?(elected|re-elected|appointed|named|chosen|crowned|sworn in as|installed as|confirmed as)|(became|becomes|(?:will\s+)?serves?\s+as))\s+(?:as\s+)?((?:the\s+)?(?:new\s+)?(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}-]+(?:\s+(?:of|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)(?=\s*[,;.!?]|\s+(?:on|in|at|after|by|when|with|following|last|this|earlier|since|until|and)\b|\s*$)/u;

export function roleFromOffice(text: string, nameEnd: number, nameStart = nameEnd): string | null {
  const match = OFFICE_AFTER.exec(text.slice(nameEnd));
  if (!match) return null;
  // "Guard X scored 38 points … and was named the finals most valuable player": a second verb is the subject's only
  // when the name opens the sentence.
  const continued = /\band$/.test(match[0].split(/\s+(?:was|has been|had been|is|were|became|becomes)\s/)[0]!.trim());
  // "Right back Kentin Mahe scored …": a few words of a role may come first, but no verb ("Lopez met Becker").
  const opening = /(?:^|[.!?]["”]?\s+)(?:\p{Lu}[\p{L}.'’-]*\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}))?$/u.exec(text.slice(0, nameStart));
  const openingWords = opening?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (continued && (!opening || openingWords.some((word) => looksLikePastTense(word) || isFunctionWord(word)))) return null;
  const office = match[3]!.replace(/^the\s+(?:new\s+)?|^new\s+/, '');
  if (!looksLikeRoleNoun(headWord(office)) || isCommonWord(office) && !isRoleNoun(office)) return null;
  return match[1] === 'elected' || match[1] === 're-elected' ? `${match[1]} ${office}` : office;
}

// "Nadia Farrow's third novel, The Salt Archive,": who wrote a book the article names as theirs.
const WRITTEN_WORK_AFTER = /^['’]s\s+(?:(?:\d{4}|first|second|third|fourth|fifth|sixth|seventh|new|latest|debut|next|last|final|acclaimed|long-awaited|bestselling|best-selling)\s+)*(novel|book|memoir|novella|biography|short-story collection|poetry collection|play)\b(?:,\s+(\p{Lu}[^,;.!?"“”()]{1,60}?)\s*(?:\([^()]*\))?,)?/u;

// "set to Igor Stravinsky's 1910 score", "Lin Wei's choreography": who made the part of a show the article names.
const MADE_PART_AFTER = /^['’]s\s+(?:(?:\d{4}|original|new|famous|celebrated|lush|thunderous|spare)\s+)*(score|music|libretto|choreography|lyrics)\b/u;
const MAKER_OF: Readonly<Record<string, string>> = { score: 'composer', music: 'composer', libretto: 'librettist', choreography: 'choreographer', lyrics: 'lyricist' };

export function roleFromWrittenWork(text: string, nameEnd: number): string | null {
  const made = MADE_PART_AFTER.exec(text.slice(nameEnd))?.[1];
  if (made) return MAKER_OF[made]!;
  const work = WRITTEN_WORK_AFTER.exec(text.slice(nameEnd));
  if (!work) return null;
  // A play's writer is its playwright.
  const writer = work[1] === 'play' ? 'playwright' : 'author';
  return work[2] ? `${writer} of the ${work[1]} ${work[2]}` : `${writer} of the ${work[1]}`;
}

// "charged in the killing of X", "on trial in the death of X": the one killed.
const KILLING_OF = /\b(?:killing|murder|slaying|shooting|stabbing|manslaughter|homicide|death)\s+of\s+$/i;
const CRIME_WORDS = /\b(?:charged|accused|convicted|trial|guilty|murder|killing|manslaughter|homicide|prosecutors?|indicted|suspect)\b/i;

export function roleAsVictim(text: string, nameStart: number): string | null {
  const before = text.slice(0, nameStart);
  const killing = KILLING_OF.exec(before);
  if (!killing) return null;
  // "the death of X" is a killing only in a crime story's sentence ("… on trial in the death of X").
  const sentence = before.slice(before.search(/[^.!?]*$/));
  return /^death/i.test(killing[0].trim()) && !CRIME_WORDS.test(sentence) ? null : 'victim';
}

// "Jessica Hale plays Ruth", "X, who portrays the Duke,": an actor and the part.
// "Idris Kalloway plays Lord Cassius Vane", "X turns up as Brannoch", "X plays the smuggler Silas Crane": up to three
// words of the part's name.
const PLAYS_PART_AFTER =
  /^(?:,\s*(?:\d{1,3},\s*)?who)?\s+(plays|played|portrays|portrayed|stars\s+as|starred\s+as|voices|voiced|dances|danced|sings|sang|turns\s+up\s+as|turned\s+up\s+as|appears\s+as|appeared\s+as)\s+((?:the\s+(?:[\p{Ll}-]+\s+){0,2})?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
// "Reza Farahani plays her father, Hossein", "X plays Leila's younger brother, Karim": a relation, then the part's name.
const PLAYS_RELATION_AFTER =
  /^(?:,\s*(?:\d{1,3},\s*)?who)?\s+(?:plays|played|portrays|portrayed)\s+((?:his|her|their|the|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

// "X has a smaller but memorable role as Hamish Munro" too.
const ROLE_OF_AFTER =
  /^\s+(dances|danced|plays|played|sings|sang|takes|took|has|had|performs|performed)\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,4}(?:role|part)\s+(?:of|as)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;

export function roleFromPart(text: string, nameEnd: number): string | null {
  const after = text.slice(nameEnd);
  const related = PLAYS_RELATION_AFTER.exec(after);
  // Whose "her" is, the role cannot say: the part's name does.
  if (related) return /^(?:his|her|their|the)\s/.test(related[1]!) ? `actor playing ${related[2]}` : `actor playing ${related[2]}, ${related[1]}`;
  const played = PLAYS_PART_AFTER.exec(after);
  // "Okafor played the Sarabande from Bach's Partita": a piece of music, not a part.
  const piece = played !== null && /^\s+(?:from|by|in\s+\p{Lu}|on\s+(?:the|a|an|his|her)\b)/u.test(after.slice(played[0].length));
  const part = piece ? undefined : played?.[2];
  // "plays Leila's younger brother" with no name: the relation is the part.
  const possessed = /^\s+(?:plays|played|portrays|portrayed)\s+(\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(after)?.[1];
  if (possessed) return `actor playing ${possessed}`;
  // "Kenji Morita dances the role of Elias", "X takes the smaller role of the Developer".
  const roleOf = ROLE_OF_AFTER.exec(after);
  // "a role as Secretary of State": an office, not a part.
  const office = roleOf !== null && (roleOf[2]!.split(/\s+/).every((word) => isTitleWord(word)) || /^\s+of\s/.test(after.slice(roleOf[0].length)));
  if (roleOf && !office) {
    const dancing = /^dan/.test(roleOf[1]!) || (!/^s[iau]ng/.test(roleOf[1]!) && /\b(?:ballet|dancers?|danced?|choreograph\w*)\b/i.test(text));
    return `${dancing ? 'dancer' : /^s[iau]ng/.test(roleOf[1]!) ? 'singer' : 'actor'} playing ${roleOf[2]}`;
  }
  // "Mei Lin Zhao dances the Firebird", "X sings Tosca": a dancer's or a singer's part.
  const performer = /^dan/.test(played?.[1] ?? '') ? 'dancer' : /^s[iau]ng/.test(played?.[1] ?? '') ? 'singer' : 'actor';
  return part && !isTitleWord(part.replace(/^the\s+/, '')) ? `${performer} playing ${part}` : null;
}

// "Priya Nair, as the island doctor June Hollis," / "Adeyemi as Elias," / "As Albrecht, the nobleman, Lukas Brandt is …":
// a part in a cast, named in capitals and closed by a comma, a full stop or an "and" before the next part, so "Smith as Labour leader" is none.
const PART_NAME = "(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,3})?\\p{Lu}[\\p{L}-]+(?:['’]\\p{Lu}[\\p{L}-]+)?(?:\\s+\\p{Lu}[\\p{L}-]+(?:['’]\\p{Lu}[\\p{L}-]+)?)?(?:['’]s(?:\\s+[\\p{Ll}-]+){1,3}(?:\\s+\\p{Lu}[\\p{L}-]+)?)?";
const AS_PART_AFTER = new RegExp(`^,?\\s+as\\s+(${PART_NAME})(?=\\s*[,.;—–]|\\s+and\\s+\\p{Lu}[^,.;]*\\sas\\s)`, 'u');
const AS_PART_BEFORE = new RegExp(`(?:^|[.!?]["”’]?\\s+)As\\s+(${PART_NAME}),\\s+(?:[^,.;!?]{1,80},\\s+|the\\s+(?:[\\p{Ll}-]+\\s+){1,3})?$`, 'u');

// "The tenor David Okonkwo, making his company debut as Cavaradossi,": a debut in a part.
const DEBUT_AS_AFTER = new RegExp(`^,?\\s+(?:making|makes|made)\\s+(?:his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}debut\\s+as\\s+(${PART_NAME})(?=\\s*[,.;—–]|\\s*$)`, 'u');

// "Judith Kane is Linda Loman, Willy's wife", "Daniel Okonkwo is a sturdy, sympathetic Ivan": a cast member is the part.
const IS_PART_AFTER = new RegExp(`^\\s+(?:is|was)\\s+(?:(?:a|an)\\s+(?:[\\p{Ll}-]+,?\\s+){1,3})?(${PART_NAME})(?=\\s*[,.;—–]|\\s+(?:in|of|on|with|who|whose)\\b|\\s*$)`, 'u');

function asPart(part: string | undefined): string | null {
  if (!part) return null;
  const name = part.replace(/^the\s+(?:[\p{Ll}-]+\s+)*/u, '').replace(/['’]s\s.*$/u, '');
  const words = name.split(/\s+/);
  if (words.some((word) => isTitleWord(word) || isPlaceName(word) || isDemonym(word) || isOrganisationWord(word))) return null;
  // "as Head", "as Guest": one capitalised common word is no character's name.
  if (words.length === 1 && isCommonWord(name.toLowerCase())) return null;
  return `playing ${part}`;
}

const AS_PART_OPEN = new RegExp(`^,?\\s+as\\s+(${PART_NAME})\\b`, 'u');
// "Ilse Moor as Katya and Ben Hart as Oleg share …": the last of a list of parts needs no comma to close it.
const AFTER_A_PART = /\sas\s+\p{Lu}[^,.;]*\s+and\s+$/u;

// "Olivia Hartley gives the performance of her career as Ruth Pryce": a performance given as a part.
const PERFORMANCE_AS_AFTER = new RegExp(`^\\s+(?:gives|gave|delivers|delivered|turns\\s+in|turned\\s+in)\\s+[^,.;]{0,60}?\\bperformance\\b[^,.;]{0,40}?\\s+as\\s+(${PART_NAME})(?=\\s*[,.;—–]|\\s*$)`, 'u');

// "X is Y" names a part only in a paragraph about a cast or a performance.
const isCastSentence = (text: string): boolean =>
  /\b(?:plays?|played|playing|cast|performance|role|stage|production|actor|actress|dancer|soprano|tenor|baritone|sings?|dances?|partnering|act|ballet|opera|scene|character|musical)\b/i.test(text);

export function roleFromAsPart(text: string, nameStart: number, nameEnd: number): string | null {
  const after = AFTER_A_PART.test(text.slice(0, nameStart)) ? AS_PART_OPEN : AS_PART_AFTER;
  return (
    asPart(after.exec(text.slice(nameEnd))?.[1]) ??
    asPart(AS_PART_BEFORE.exec(text.slice(0, nameStart))?.[1]) ??
    asPart(PERFORMANCE_AS_AFTER.exec(text.slice(nameEnd))?.[1]) ??
    asPart(DEBUT_AS_AFTER.exec(text.slice(nameEnd))?.[1]) ??
    (isCastSentence(text) ? asPart(IS_PART_AFTER.exec(text.slice(nameEnd))?.[1]) : null)
  );
}

const WHOSE_KIN = '(husband|wife|spouse|partner|son|daughter|child|father|mother|brother|sister)';
// "Grace Mulenga, whose husband Peter Mulenga, 39, …": each named as the other's relative.
const WHOSE_KIN_BEFORE = new RegExp(`(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*),\\s+whose\\s+${WHOSE_KIN}\\s*,?\\s*$`, 'u');
const WHOSE_KIN_AFTER = new RegExp(`^,\\s+whose\\s+${WHOSE_KIN}\\s*,?\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)`, 'u');
const RELATIVE_OF_KIN: Record<string, string> = {
  husband: 'married to', wife: 'married to', spouse: 'married to', partner: 'partner of',
  son: 'parent of', daughter: 'parent of', child: 'parent of', father: 'child of', mother: 'child of', brother: 'sibling of', sister: 'sibling of',
};

// "the start-up Lyra, whose founder, Anders Lindqvist,": the founder of Lyra.
const WHOSE_ROLE_BEFORE = /(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*),\s+whose\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*,?\s*$/u;

/** "X, whose husband Peter Mulenga," → for Peter, "X's husband"; "Lyra, whose founder, Y," → "founder of Lyra". */
export function roleAsWhoseKin(text: string, nameStart: number): string | null {
  const before = text.slice(0, nameStart);
  const match = WHOSE_KIN_BEFORE.exec(before);
  if (match) return `${match[1]}'s ${match[2]}`;
  const role = WHOSE_ROLE_BEFORE.exec(before);
  return role && looksLikeRoleNoun(role[2]!.split(/\s+/).at(-1)!) ? `${role[2]} of ${role[1]}` : null;
}

/** "Grace Mulenga, whose husband Peter Mulenga," → for Grace, "married to Peter Mulenga". */
export function roleFromWhoseKin(text: string, nameEnd: number): string | null {
  const match = WHOSE_KIN_AFTER.exec(text.slice(nameEnd));
  return match ? `${RELATIVE_OF_KIN[match[1]!.toLowerCase()]} ${match[2]}` : null;
}

// "Olivia Grant has won her libel claim against the Daily Courier": who brought the case, and against whom.
const CLAIM_AGAINST_AFTER =
  /^(?:,\s*\d{1,3},)?\s+(?:has\s+|had\s+|have\s+)?(?:won|lost|brought|filed|launched|pursued|settled|wins|loses|brings|files|launches|pursues|settles)\s+(?:a|an|her|his|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:claim|case|lawsuit|suit|action|complaint)\s+against\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})/u;

export function roleAsClaimant(text: string, nameEnd: number): string | null {
  const against = CLAIM_AGAINST_AFTER.exec(text.slice(nameEnd))?.[1];
  return against ? `claimant against ${against}` : null;
}
