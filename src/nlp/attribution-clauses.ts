/**
 * Finds reporting clauses ("X said", "said X", "according to X", "X declined to comment") in one
 * sentence whose quoted words have been masked out. Plain text in, phrases out: resolving a phrase
 * to a person or an outlet is the caller's job.
 */
import { firstName, isCommonWord, isDemonym, isOrganisationName, isOrganisationWord, isPlaceName, looksLikePastTense } from './gazetteer.js';

export interface ReportingClause {
  kind: 'said' | 'according-to' | 'no-comment';
  /** The words naming the source ("Pentagon spokesman Tom Reyes", "he", "the White House"), or null. */
  phrase: string | null;
  /** Where the subject's name may be when the clause opens with an appositive or a verb list ("X, a professor, said"). */
  subjectRegion: string;
  /** The object of told / spoke to ("CNN", "reporters"), which may name an outlet. */
  audience: string | null;
  /** "…, the airline said Tuesday." — a clause closing the sentence governs everything before it. */
  closesSentence: boolean;
  /** The text itself shows the source is a news outlet ("X reported", "according to X, which first reported"). */
  isOutlet?: boolean;
  /**
   * Where the reported claim starts when the report sits inside a clause of time or cause ("The minister arrived …, days
   * after the agency said the plant had leaked"): only that claim is the source's.
   */
  claimStart?: number;
  /** Where that claim ends, when the clause opens the sentence ("After X said …, the council voted"). */
  claimEnd?: number;
}

const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'warned', 'warns', 'noted', 'notes',
  'stressed', 'stresses', 'claimed', 'claims', 'insisted', 'insists', 'explained', 'explains', 'announced',
  'announces', 'observed', 'observes', 'denied', 'denies', 'declared', 'declares', 'reported', 'reports', 'wrote',
  'writes', 'confirmed', 'confirms', 'acknowledged', 'acknowledges', 'conceded', 'concedes', 'recalled', 'suggested',
  'suggests', 'maintained', 'maintains', 'predicted', 'replied', 'responded', 'complained', 'estimated', 'revealed',
  'texted', 'tweeted', 'emphasised', 'emphasized', 'cautioned', 'countered', 'alleged', 'asserted', 'contended',
  'disclosed', 'testified', 'admitted', 'admits', 'urged', 'urges', 'described', 'describes', 'agreed', 'agrees',
  'recalls', 'predicts', 'replies', 'responds', 'complains', 'estimates', 'reveals', 'cautions', 'counters', 'alleges',
  'asserts', 'contends', 'discloses', 'testifies',
];
// Not "co-wrote" or "re-told".
/** The verbs that report speech ("said", "warned", "recalls"). */
export const SPEECH_VERB_WORDS: ReadonlySet<string> = new Set(SPEECH_VERBS);
const VERB = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS.join('|')})\\b`, 'gu');
const SPOKE_TO = /\bspoke\s+to\b/g;
// "Chao called the ordeal “heartbreaking”": naming words report speech when an object, then a direct quote (masked),
// follows; right after the verb the quote is a name ("a group called “Friends of the Earth”").
const CALLED_QUOTE = /\b(?:called|calls|dubbed|branded|labelled|labeled)\b(?=\s\S[^,;.!?]{0,60}?\s{3,})/g;
const NO_COMMENT = /\b(?:declined|refused)\s+to\s+(?:comment|say|discuss|disclose|confirm|specify|elaborate|give\s+details)\b/g;
const ACCORDING_TO = /\b(?:[Aa]ccording to|[Aa]s per)\s+/g;

const PASSIVE = /\b(?:was|were|been|being|be|is|are)\s+$/i;
const REFUSAL_BEFORE = /\b(?:declined|declines|refused|refuses|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t|will\s+not|won['’]t)\s+(?:to\s+)?$/i;
// "agreed the deal was fair": the object of the verb is the subject of a clause.
const CLAUSE_AFTER_OBJECT = /^\s+(?:[\p{L}\d$€£.,'’-]+\s+){1,5}?(?:was|were|is|are|would|will|had|has|could|should|must|might)\b/u;
const ACT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?by\s+\p{L}+ing\b/u;
const REPLY_WITH_ACT = /^\s+with\s+(?!["“‘]|(?:(?:a|an|the|his|her|its|their)\s+)?(?:\p{L}+\s+)?(?:statement|comment|comments|remarks?|words?|message|letter|post|tweet|question|joke|warning|promise|threat|denial|quip)\b)/u;
// "described by police as": a participle with its agent is no reporting clause.
// Not "said by phone" or "by video link": how it was said.
const AGENT_AFTER = /^\s+by\b(?!\s+(?:phone|telephone|email|e-mail|text|text message|video|video link|videolink|satellite|letter|post|radio)\b)/;
// "40 MPs said to be ready to rebel": hearsay about the subject, not its words.
const HEARSAY_AFTER = /^\s+to\s+(?:be|have)\b/;
// "the alleged attacker", "an agreed price": a verb form right after a determiner qualifies a noun.
const ATTRIBUTIVE = /\b(?:the|a|an|his|her|its|their|our|this|that|these|those)\s+$/i;
// Clause boundaries: punctuation, dashes, and the runs of spaces left where a quote was masked.
const BOUNDARY = /[,;:()\u2014\u2013]|\s-{1,2}\s|\s{3,}/g;
// A whole clause before ", and …": a subject and a verb in the past or present tense, and more words after it.
const CLAUSE_BEFORE = /^[^,;:]*\b\p{Ll}+(?:ed|ged|ave|ent|ew|ook|old|aid|ade|ould|ill|as|ere|s)\s+\S+\s+\S+/u;
const SUBORDINATOR =
  /\b(?:after|before|that|because|when|while|since|although|though|if|as|where|which|who|whom|whose|until|unless|than)\b/gi;
// Not "as": "as Lopez said" attributes.
const ADVERBIAL_SUBORDINATOR = /^(?:after|before|since|when|while|because|although|though|until|unless|if)$/i;
const LEADING_CONNECTIVE = /^(?:and|but|or|so|then|also|meanwhile|however|yet)\b\s*/i;
const TRAILING_MODIFIER = new RegExp(
  '\\s+(?:' +
    [
      'have', 'has', 'had', 'also', 'both', 'all', 'then', 'later', 'earlier', 'previously', 'again', 'reportedly',
      'repeatedly', 'publicly', 'privately', 'recently', 'once', 'still', 'further', 'never', 'himself', 'herself', 'themselves', 'itself', 'yesterday', 'today',
      'tonight', 'subsequently', 'separately', 'initially', 'first', 'quickly',
      '(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
      '(?:last|this|next)\\s+(?:week|month|year|night|morning|weekend)',
    ].join('|') +
    ')$',
  'i',
);
// Lower case only: "Theresa May" and "Will" are names.
const TRAILING_AUXILIARY = /\s+(?:would|will|could|might|may|did|does|do)$/;
const CLAUSE_WORD = /^(?:is|was|were|are|be|been|being|has|have|had|not|there|it's|can|cannot|should|must|\p{L}+n['’]t)$/iu;
// Lower case only: "Will" and "May" are names.
const MODAL = /^(?:will|would|could|might|shall)$/;
const RELATIVE_GAP = /^\s+(?:was|were|is|are|would|will|had|has|could|might)\b/i;
// "Shortly after X's story aired, …": an adverbial opening is no subject.
const CLAUSE_OPENER = /^(?:after|before|when|while|since|although|though|if|because|once|until|unless|whether|in|on|at|during|following|despite|with|without|by|for|from|to|under|over|into|amid|among|through|across)$/i;
// An adverb in -ly that is no first name ("Shortly", not "Kelly" or "Sally").
const isOpeningAdverb = (word: string): boolean => /^\p{L}+ly$/u.test(word) && isCommonWord(word) && firstName(word) === null;
// "a trip the Russian leader (agreed to make)": a noun followed by a new noun phrase opens a relative clause.
const REDUCED_RELATIVE = /\b(?!(?:of|for|at|in|on|with|from|to|by|and|or|nor|but|as)\b)\p{Ll}+\s+(?:the|a|an)\s/u;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|one|some|several|many|two|three)$/i;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const MAX_PHRASE_WORDS = 8;
// "The United Nations Office for the Coordination of Humanitarian Affairs": one long name.
const MAX_NAME_WORDS = 14;
const NAME_LINK = /^(?:of|for|the|and|on|de|du|la|le|des)$/;

function isCapitalisedName(words: readonly string[]): boolean {
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && index < words.length - 1 && NAME_LINK.test(word)));
}
// Sources named by a collective noun without a plural "s" ("police said", "prosecution argued", "state media reported").
const COLLECTIVE_SOURCE = /^(?:police|staff|military|government|army|prosecution|defence|defense|management|leadership|media|press|television|radio|TV)$/i;
const VERB_OBJECT = /^(?:\d[\d.,%]*|the|a|an|its|his|her|their|our|this|that|these|those)$/i;

// The closing mark of a quoted title left unmasked ('the drama "Salt Flats," said') is no source.
const ONLY_QUOTE_MARKS = /^["“”'‘’\s]*$/;

function stripModifiers(phrase: string): string {
  if (ONLY_QUOTE_MARKS.test(phrase)) return '';
  let result = phrase.trim().replace(LEADING_CONNECTIVE, '');
  for (let previous = ''; previous !== result; ) {
    previous = result;
    result = result.replace(TRAILING_MODIFIER, '').replace(TRAILING_AUXILIARY, '').trim();
  }
  return result;
}

/** A noun phrase that can name a source: short, no clause verbs; a name, a pronoun, a determiner or a plural noun. */
export function isSourcePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || words.length > (isCapitalisedName(words) ? MAX_NAME_WORDS : MAX_PHRASE_WORDS)) return false;
  if (words.some((word) => CLAUSE_WORD.test(word) || MODAL.test(word))) return false;
  if (REDUCED_RELATIVE.test(phrase) || CLAUSE_OPENER.test(first) || isOpeningAdverb(first)) return false;
  // "warned against further cuts": what the verb is about, never who spoke.
  if (/^(?:against|about|of|on|over|for|to|with|from|in|into|at|by|toward|towards|after|before|during)$/.test(first)) return false;
  // "who bought Cresta notes": a phrase opening with a past-tense verb is a predicate, never who spoke.
  if (/^\p{Ll}/u.test(first) && looksLikePastTense(first)) return false;
  // "Shares of Veltrix fell 18%", "the firm cut its forecast": a verb with its object is a clause ("people briefed on
  // the talks" is not).
  const verbWithObject = words.some(
    (word, index) => index > 0 && /^\p{Ll}/u.test(word) && looksLikePastTense(word) && VERB_OBJECT.test(words[index + 1] ?? ''),
  );
  if (verbWithObject) return false;
  if (words.length === 1 && PRONOUN.test(first)) return true;
  // A name may follow lower-case role words ("spokesman Scott Stanzel").
  const named = /^\p{Lu}/u.test(first) || /^\p{Lu}/u.test(last);
  return named || DETERMINER.test(first) || (words.length <= 3 && (/^\p{Ll}+s$/u.test(last) || COLLECTIVE_SOURCE.test(last)));
}

function lastIndexOf(pattern: RegExp, text: string): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/**
 * The subject phrase right before a verb, after the last clause boundary and subordinator.
 * `afterBoundary`: nothing but a boundary before the verb ("…," said X); `ownClause`: the phrase
 * opens a clause of its own after a boundary ("…, the airline said").
 */
function subjectBefore(left: string): {
  phrase: string;
  afterBoundary: boolean;
  ownClause: boolean;
  adverbial: boolean;
  opensSentence: boolean;
  subordinator: string;
  /** Opens a clause joined to a whole clause before it ("The EU pledged €5m, and the US said …"). */
  coordinated: boolean;
} {
  const boundaryEnd = lastIndexOf(BOUNDARY, left);
  let segment = boundaryEnd >= 0 ? left.slice(boundaryEnd) : left;
  const subordinateEnd = lastIndexOf(SUBORDINATOR, segment);
  const subordinator = subordinateEnd >= 0 ? /(\p{L}+)$/u.exec(segment.slice(0, subordinateEnd))?.[1] ?? '' : '';
  if (subordinateEnd >= 0) segment = segment.slice(subordinateEnd);
  // "a decision he said was made": a noun with a clause about it, whose subject is the pronoun.
  const stripped = stripModifiers(segment);
  const phrase = /^(?:a|an|the|one)\s+(?:[\p{L}'’-]+\s+){0,3}(he|she|they)$/iu.exec(stripped)?.[1] ?? stripped;
  return {
    phrase,
    afterBoundary: phrase === '' && (boundaryEnd >= 0 || left.trim() === ''),
    ownClause: phrase !== '' && boundaryEnd >= 0 && subordinateEnd < 0,
    // "The minister arrived …, days after the agency said …": the report sits inside a clause of time or cause.
    adverbial: ADVERBIAL_SUBORDINATOR.test(subordinator),
    opensSentence: left.slice(0, left.length - segment.length).trim() === subordinator,
    subordinator,
    coordinated: subordinateEnd < 0 && boundaryEnd > 0 && /^\s*(?:and|but|while|whereas|yet)\s/i.test(segment) && CLAUSE_BEFORE.test(left.slice(0, boundaryEnd)),
  };
}

// A period after an initial, a dotted acronym or a short capitalised abbreviation ("U.S.", "J.", "Col.").
const ABBREVIATION_BEFORE = /(?:^|\s)(?:(?:\p{L}\.)+|\p{Lu}\p{Ll}{0,3})$/u;
// "said Dr. Elena Vasquez", "said Mr. White": the word before the period is a short capitalised abbreviation.
const SHORT_CAPITALISED = /(?:^|\s)\p{Lu}\p{Ll}{0,3}$/u;

/** The phrase right after a verb, up to the next boundary ("said Assistant U.S. Attorney Daniel Kovacs, …"). */
// "told ERT, the state broadcaster": the appositive says the one told is an outlet.
const OUTLET_APPOSITIVE = /^\s*,\s+((?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:broadcaster|newspaper|daily|weekly|magazine|channel|network|station|website|tabloid|radio|television|news\s+agency))\b/u;

/** Who was told or interviewing ("CNN"), written "the state broadcaster ERT" when an appositive describes it so. */
function withOutletAppositive(right: string | null): string | null {
  if (right === null) return null;
  const told = phraseAfter(right);
  if (!told) return null;
  const described = OUTLET_APPOSITIVE.exec(right.slice(right.indexOf(told) + told.length))?.[1];
  return described ? `${described} ${told}` : told;
}

function phraseAfter(right: string): string {
  for (const match of right.matchAll(/(?<!\d),|,(?!\d{3})|[;:.!?()]|\s{3,}|\s-{1,2}\s|\bthat\b/g)) {
    const after = right.slice(match.index + 1);
    const abbreviation =
      match[0] === '.' &&
      (/^\p{L}/u.test(after) ||
        (/^\s+\p{Lu}/u.test(after) && (ABBREVIATION_BEFORE.test(right.slice(0, match.index + 1)) || SHORT_CAPITALISED.test(right.slice(0, match.index)))));
    if (!abbreviation) return right.slice(0, match.index).trim();
  }
  return right.trim();
}

const APPOSITIVE_NAME = /^,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?=\s*(?:[,;]|[.!?]\s*$|$))/u;

// Words that cannot open the speaker of an inverted "…, said X" ("…, said on Tuesday").
const NOT_A_SPEAKER_START = /^(?:on|in|at|after|before|during|later|earlier|last|this|next|from|to|for|with|by|when|while|about|of)$/i;
// Auxiliaries and modals show a clause ("said her client would appeal"), lower-case only ("May" is a name).
const AUXILIARY = /^(?:would|will|could|can|should|might|may|must|shall|did|does|do|had|has|have|was|were|is|are)$/;

/** A phrase after "said" that names the speaker rather than opening the reported clause. */
function isInvertedSpeaker(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  // "said the findings suggested …", "said Johnson expected to sign it": a subject and its verb open the reported
  // clause ("said the retired teacher" does not: a participle after a determiner describes).
  const endsWithVerb = words.some(
    (word, index) => index > 0 && /^\p{Ll}/u.test(word) && looksLikePastTense(word) && !DETERMINER.test(words[index - 1]!),
  );
  return (
    isSourcePhrase(phrase) &&
    !PRONOUN.test(phrase) &&
    !NOT_A_SPEAKER_START.test(words[0] ?? '') &&
    !words.some((word) => AUXILIARY.test(word)) &&
    !endsWithVerb
  );
}

// "SEOUL (Reuters) —", "MILLBROOK, Ore. (AP) —": a dateline is never the subject of a clause.
// "SAN JOSE, California —" names its state or country in title case.
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?\s*(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]+\s*/u;

const PARTICIPLE_PHRASE_THEN_VERB =
  /^\s+(?:in|on|at|by|last|earlier|this|during|after|before|from|through|via|to)\b[^"“”;]*?,\s+(?:will|would|is|are|was|were|has|have|had|could|can|may|might|must|should|did|does|do)\b/;

function saidClause(sentence: string, verbStart: number, verbEnd: number): ReportingClause | null {
  const left = sentence.slice(0, verbStart);
  const right = sentence.slice(verbEnd);
  if (PASSIVE.test(left) || ATTRIBUTIVE.test(left) || AGENT_AFTER.test(right) || HEARSAY_AFTER.test(right)) return null;
  const verb = sentence.slice(verbStart, verbEnd);
  // "The film added $67.9 million", "the governor declared a state of emergency": figures and acts, not words.
  if (/^add/.test(verb) && /^\s+[$€£¥]?\d/.test(right)) return null;
  if (/^declare/.test(verb) && /^\s+(?:a|an|the|his|her|its|their|war|martial|victory|independence|bankruptcy)\b/i.test(right)) return null;
  if (/^conced/.test(verb) && /^\s+(?:defeat|the\s+(?:election|race|vote|match|game|title))\b/i.test(right)) return null;
  // "agreed on Tuesday to a framework", "admitted 212 patients": acts ("agreed to cooperate", "admitted buying" commit
  // or concede something, and stay).
  if (/^agree/.test(verb) && /^\s+(?:[\p{L}-]+\s+){0,3}?(?:to\s+(?:(?:a|an|the|its|their|his|her)\b|[$€£]|\d)|on\s+(?:a|an|the)\s)/u.test(right)) return null;
  // "agreed on Tuesday to buy rival Castellan": a deal, not words.
  if (/^agree/.test(verb) && /^\s+(?:[\p{L}-]+\s+){0,3}?to\s+(?:buy|acquire|sell|purchase|merge|pay|invest|lend|borrow|lease|rent|hire|settle|take\s+over)\b/u.test(right)) return null;
  // "City have agreed a fee with Benfica", "agreed terms": a deal struck, not words ("agreed the deal was fair" is).
  if (/^agreed$/.test(verb) && /^\s+(?:a|an|the|its|their|his|her|terms|personal|[$€£]|\d)/.test(right) && !CLAUSE_AFTER_OBJECT.test(right)) return null;
  if (/^admit/.test(verb) && /^\s+(?:\d|(?:more\s+than|about|nearly|some|dozens|hundreds|thousands)\b)/.test(right)) return null;
  // "Halvorsen recalled 95,000 pickup trucks", "recalled its ambassador": a recall, not a memory told.
  if (/^recall/.test(verb) && /^\s+(?:\d|(?:more\s+than|about|nearly|some|roughly|around|almost|over|its|their)\b)/.test(right)) return null;
  // "claimed two for 51", "claimed 40 lives", "claimed the title": a haul or a prize taken, not words.
  if (/^claim/.test(verb) && /^\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|his|her|their|its)\s+(?:for\b|wickets?\b|lives\b|victims?\b|titles?\b|medals?\b|gold\b|silver\b|bronze\b|victory\b|the\s+(?:title|crown|prize|trophy|win|lead|victory|seat|gold))|(?:victory|gold|silver|bronze)\b)/.test(right)) return null;
  // "Whitfield conceded on Wednesday morning.": a subject, the verb and only when — no words, no object, no quote, and
  // nothing before it for the verb to close ("…, the White House announced Friday.") — is narration.
  if (/^\s+(?:(?:on|in|at|during|early|late|last|this)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|day|today|yesterday|tonight)\b\s*)+[.!]?\s*$/.test(right) && !/\s{3,}/.test(sentence) && !/[,;:—–]|\s-{1,2}\s/.test(left)) return null;
  // "Hale, a 61-year-old developer who …, conceded shortly after 10 p.m.": conceding the race at an hour is narration.
  if (/^conced/.test(verb) && /^\s+(?:(?:shortly|soon|just|late|early)\s+)?(?:after|before|at|around|on|in|by|late|early|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:"“]*[.!]?\s*$/.test(right) && !/\bthat\b/.test(right)) return null;
  // "Initial estimates put the damage at …", "Police reports show …": a plural noun, not a verb, before the sentence's verb.
  if (/^(?:estimates|reports|claims|accounts|statements|warnings)$/.test(verb) && /^\s+(?:put|puts|show|showed|shows|suggest|suggested|suggests|say|said|indicate|indicated|were|are|was|is|had|have|vary|varied|range|ranged|from|of)\b/.test(right)) return null;
  // "Tyler Hale testified under a grant of immunity.", "testified against his cousin": the act of testifying, no words.
  if (/^testif/.test(verb) && /^\s*(?:(?:under|for|against|before|at|in|on|during|via|by|behind|remotely|twice|again)\b|[.!]?\s*$)/.test(right) && !/\bthat\b|["“:]/.test(right)) return null;
  // "sits with her son and says almost nothing": saying nothing reports no words.
  if (/^(?:say|says|said)$/.test(verb) && /^\s+(?:(?:almost|next\s+to|very)\s+)?(?:nothing|little)\b/.test(right)) return null;
  // "Justice Kagan wrote the majority opinion, joined by …", "Okafor … added a penalty", "which owns and maintains it":
  // a thing written, scored or kept, with no clause, quotation or colon after it, is an act, not words.
  if (/^(?:wrote|writes|added|adds|maintained|maintains)$/.test(verb) && /^\s+(?:a|an|the|his|her|its|their|both|two|three|four|five|\d+|it|them)\b/.test(right) && !/\bthat\b|["“”:]/.test(right) && !CLAUSE_AFTER_OBJECT.test(right)) return null;
  // "Corrigan writes about the sea the way other novelists write about weather": how someone writes, not words.
  if (/^(?:wrote|writes)$/.test(verb) && /^\s+(?:about|of|with|so|like|the\s+way)\b/.test(right) && !/^[^,]*\bthat\b|["“”:]/.test(right)) return null;
  // "The cuts, announced in a memo to staff, will fall …": a participle describing the subject, whose own verb follows.
  if (/,\s*$/.test(left) && /ed$/.test(verb) && PARTICIPLE_PHRASE_THEN_VERB.test(right)) return null;
  const addressed = /^(?:told|tells|spoke)/.test(verb);
  // "X, a senator, called the plan “…”": what follows a naming verb is its object, never the speaker.
  const naming = /^(?:called|calls|dubbed|branded|labell?ed)$/.test(verb);
  // "X said in an interview with The Associated Press": the outlet X spoke to.
  const interviewer = /^[^.;:]*?\bin\s+(?:an\s+)?interview\s+with\s+(.+)$/i.exec(right)?.[1];
  const audience = withOutletAppositive(addressed ? right.replace(/^\s*to\b/, '') : interviewer ?? null);
  // "She declined to say whether …", "would not say": saying nothing (see NO_COMMENT).
  if (REFUSAL_BEFORE.test(left)) return null;
  // "adds little that the exhibition does not already say", "adds weight to the case": adding something, not words.
  if (/^add/.test(verb) && /^\s+(?:little|nothing|much|weight|value|fuel|insult|up|another|to\s+(?:the|its|his|her|their|a|an)\b|an?\s+(?:layer|touch|new|further|second|third|fourth)\b)/.test(right)) return null;
  // "… that the exhibition does not already say.": saying nothing reports nothing.
  if (/^(?:say|says|said)$/.test(verb) && /\b(?:not|never|n['’]t)\s+(?:\p{Ll}+\s+)?$/u.test(left) && isSentenceEnd(right)) return null;
  // "Horizon responded within hours by cutting the price": an act, not words.
  if (ACT_AFTER.test(right)) return null;
  // "Ruiz responded with 41...Rc1+", "replied with a smile": a move, not words ("responded with a statement" is).
  if (/^(?:respond|repl|counter)/.test(verb) && REPLY_WITH_ACT.test(right)) return null;
  const { phrase, afterBoundary, ownClause, adverbial: inAdverbial, opensSentence, subordinator, coordinated } = subjectBefore(left);
  // "a race closer than opinion polls had predicted": a comparison with a forecast, not a report of it.
  if (/^than$/i.test(subordinator)) return null;
  // "Katherine Bright, who argued the case …": a relative clause's subject is the name before it, never the words
  // after its verb; "two journalists, X and Y, who argued" are two sources at once, so neither alone.
  if (phrase === '' && /^(?:who|which)$/i.test(subordinator)) {
    const antecedent = (/([^,;:()]*?),?\s*(?:who|which)\s*$/i.exec(left.replace(DATELINE, ''))?.[1] ?? '').replace(/^\s*(?:according\s+to|as\s+per)\s+/i, '');
    if (/\band\b/.test(antecedent) || !isSourcePhrase(stripModifiers(antecedent))) return null;
    // "Paul Reyes, Cresta's former head of risk, who testified": the name before the appositive is who.
    // "his sponsor, Stridewell, which said": a thing's relative clause is only the thing's, never the sentence subject's.
    const region = /^which$/i.test(subordinator) ? antecedent : left.replace(DATELINE, '');
    return { kind: 'said', phrase: stripModifiers(antecedent), subjectRegion: region, audience, closesSentence: false };
  }
  // "a tax increase that Mayor X said was unavoidable": a relative clause whose subject is missing after the verb.
  // "a crowd that the city estimated at 4,000": so is an object missing after a verb of estimating.
  const relative = /^(?:that|which)$/i.test(subordinator) && (RELATIVE_GAP.test(right) || (/^estimat/.test(sentence.slice(verbStart, verbEnd)) && /^\s+at\b/.test(right)));
  const adverbial = inAdverbial || relative;
  // The comma closing the clause, not one inside a figure ("4,000").
  const comma = opensSentence || relative ? sentence.slice(verbEnd).search(/,(?!\d{3})/) : -1;
  // "…, a figure officials described as impossible.": a naming complement, not a report closing the sentence.
  const closesSentence = ownClause && isSentenceEnd(right) && !/^\s+as\b/.test(right);
  // "X wept … and declined to comment": a verb joined to an earlier one shares its subject.
  const joinedVerb = /\b(?:and|but|or)$/i.test(phrase);
  // "a move supporters say will revive the area": "supporters" say it of the move, in a relative clause with no "that".
  const contact = /^(?:a|an)\s+\p{Ll}+\s+(\p{Ll}+s)$/u.exec(phrase)?.[1];
  if (contact && RELATIVE_GAP.test(right)) return { kind: 'said', phrase: contact, subjectRegion: '', audience, closesSentence: false, claimStart: verbEnd };
  if (phrase !== '' && !joinedVerb) {
    // "a 27-year-old man from Sudan who asked not to be named because … said": the subject before the relative clause.
    if (!isSourcePhrase(phrase)) {
      // "Co-author Dr. Diego Pol of the National University of La Plata said": the name before its affiliation.
      const named = phrase.replace(/\s+(?:of|at|from|with)\s+.*$/, '');
      if (named !== phrase && /\p{Lu}[\p{L}.'’-]*$/u.test(named) && isSourcePhrase(named)) {
        return { kind: 'said', phrase: named, subjectRegion: phrase, audience, closesSentence };
      }
      const head = relativeClauseSubject(left);
      return head ? { kind: 'said', phrase: head, subjectRegion: '', audience, closesSentence } : null;
    }
    return {
      kind: 'said',
      phrase,
      subjectRegion: '',
      audience,
      closesSentence,
      ...(/^report/.test(verb) && looksLikeBrand(phrase) && !RESULTS_OBJECT.test(right) && { isOutlet: true }),
      ...(adverbial && { claimStart: verbEnd, ...(comma >= 0 && { claimEnd: verbEnd + comma }) }),
      // "The EU pledged €5m, and the US said it would send a team": the US said only its own part.
      ...(!adverbial && coordinated && !closesSentence && { claimStart: verbEnd }),
    };
  }
  // "the Foundation -- a nonprofit based in Ohio -- agreed": the subject stands before the dashes.
  const dashed = phrase === '' ? subjectBeforeDashes(left) : null;
  if (dashed) return { kind: 'said', phrase: dashed, subjectRegion: '', audience, closesSentence: false };
  // "Mark Warner, a senator from Virginia, said the stopgap …": a name and its appositive are the subject, so
  // what follows the verb is the claim, not an inverted speaker.
  const appositiveSubject = (APPOSITIVE_SUBJECT.exec(left.replace(DATELINE, '')) ?? AGED_SUBJECT.exec(left.replace(DATELINE, '')))?.[1];
  if (appositiveSubject && isSourcePhrase(appositiveSubject)) {
    return { kind: 'said', phrase: appositiveSubject, subjectRegion: '', audience, closesSentence: false };
  }
  // "a move that Hale's campaign manager, Derek Owens, said had helped": the name after the role is the subject.
  const namedAfterRole = ROLE_THEN_NAME.exec(left.replace(DATELINE, ''))?.[1];
  if (phrase === '' && namedAfterRole) return { kind: 'said', phrase: namedAfterRole, subjectRegion: '', audience, closesSentence: false };
  // "Detective Superintendent X, who led the operation …, said the three suspects surrendered", "Another analyst, Sarah
  // Park of Wedbush, said the Arc's price cut had helped": the subject opens the sentence; what follows is the claim.
  const described = (SUBJECT_THEN_RELATIVE.exec(left.replace(DATELINE, '')) ?? ROLE_THEN_NAMED_SUBJECT.exec(left.replace(DATELINE, '')))?.[1];
  if (described && isSourcePhrase(described)) return { kind: 'said', phrase: described, subjectRegion: '', audience, closesSentence: false };
  // "…," said X  — the speaker follows the verb (never after told: that is who was told).
  // "… and urged Tarrant's board to engage": whom someone urged or warned to act is no speaker.
  const urgedToAct = /^(?:urge|warn|encourage|ask)/.test(verb) && /^\s+[^,;.]*?\bto\s+\p{Ll}/u.test(right);
  const inverted = afterBoundary && !addressed && !naming && !urgedToAct ? invertedSpeaker(phraseAfter(right)) : '';
  // "a department employee, X, reported irregularities": what was reported, not who reported it.
  if (inverted !== '' && /^report/.test(verb) && /^\p{Ll}/u.test(inverted) && !DETERMINER.test(inverted.split(/\s+/)[0]!)) return null;
  // "…, Paulo Mendes, reported the payments in Brazil to the SEC": what was reported, and to whom.
  if (inverted !== '' && /^report/.test(verb) && /\sto\s+(?:the\s+)?\p{Lu}/u.test(inverted)) return null;
  if (inverted !== '') {
    // "said Schuller's daughter-in-law, Donna Schuller, in a message": the name after the role is the speaker.
    const rest = right.slice(right.indexOf(inverted) + inverted.length);
    const name = APPOSITIVE_NAME.exec(rest)?.[0] ?? '';
    return { kind: 'said', phrase: inverted, subjectRegion: name ? `${inverted}${name}` : '', audience, closesSentence: isSentenceEnd(right) };
  }
  // "X, a professor at Y, said" / "X deplored A, urged B and said": the subject opens the clause.
  const clause = left.replace(DATELINE, '');
  const opening = stripModifiers(clause.split(BOUNDARY)[0] ?? '');
  return { kind: 'said', phrase: isSourcePhrase(opening) ? opening : null, subjectRegion: clause, audience, closesSentence: false };
}

const SUBJECT_THEN_RELATIVE = /^\s*((?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}[\p{Lu}][\p{L}.'’-]*),\s+(?:who|whose)\s[^"“”]*,\s*$/u;
const ROLE_THEN_NAMED_SUBJECT = /^\s*(?:(?:An?|Another|The|One)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*)(?:\s+of\s+[^,"“”]+)?,\s*$/u;

// "said Battalion Chief X at a news briefing in Y": where and when the speaker spoke is no part of who they are. A
// place or body named in capitals may be ("a senior official in Brussels", "an analyst at Bernstein").
const SETTING = /\s+(?:at|in|on|during|after|before|while|outside|inside|near|via|following)\s.*$/;
const LOWER_CASE_SETTING = /\s+(?:at|in|on|during|after|before|while|outside|inside|near|via|following)\s+\p{Ll}.*$/u;

/** The speaker of an inverted "…," said X, without the setting after it; '' if it names none. */
function invertedSpeaker(phrase: string): string {
  const candidates = [phrase.replace(LOWER_CASE_SETTING, ''), phrase, phrase.replace(SETTING, '')];
  return candidates.find((candidate) => candidate !== '' && isInvertedSpeaker(candidate)) ?? '';
}

// "Mark Warner, a senator from Virginia," and "Aviation safety consultant Jeff Brennan, a former investigator,": a name
// (after any lower-case role words) and its appositive.
// "Owner Margaret Lindqvist, 71, said the rent …": a name and its age are the subject, what follows the verb the claim.
const AGED_SUBJECT = /^\s*((?:\p{L}[\p{L}.'’-]*\s+){0,4}?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s*,\s*\d{1,3}\s*,\s*$/u;

/** "The woman who led the protest said": the noun phrase a relative clause hangs from, when it names a source. */
function relativeClauseSubject(left: string): string | null {
  const clause = left.slice(Math.max(0, lastIndexOf(BOUNDARY, left)));
  const head = /^(.*?)\s+(?:who|whom)\s/i.exec(clause)?.[1];
  if (!head) return null;
  const phrase = stripModifiers(head);
  // Only a description ("a man from Sudan", "the woman"): a bare noun or a name may be the object of a clause before.
  return /^(?:a|an|the|one)\s/i.test(phrase) && isSourcePhrase(phrase) ? phrase : null;
}

// "(that) Hale's campaign manager, Derek Owens," / "his lawyer, Ann Lee,": a role, then the name set off by commas.
const ROLE_THEN_NAME =
  /(?:^|\bthat\s+|[;]\s*)(?:\p{Lu}[\p{L}'’-]*['’]s|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\p{Ll}\s-]{2,40},\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),\s*$/u;
const APPOSITIVE_SUBJECT =
  /^\s*((?:\p{L}[\p{L}.'’-]*\s+){0,4}?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|von|van|der|den|de|la|le|du|da|dos|bin|al))*)\s*,\s*(?:a|an|the|his|her|their|its)\s[^,;:"“”]*,\s*$/u;

const CLOSING_DASH = /(?:\s-{1,2}|\s?[\u2014\u2013])\s*$/;
const DASH = /\s-{1,2}\s|\s?[\u2014\u2013]\s?/g;

/** The subject before a parenthetical set off by dashes that ends right before the verb, if it names a source. */
function subjectBeforeDashes(left: string): string | null {
  const closing = CLOSING_DASH.exec(left);
  if (!closing) return null;
  const inside = left.slice(0, closing.index);
  let opening = -1;
  for (const match of inside.matchAll(DASH)) opening = match.index;
  if (opening < 0) return null;
  const { phrase } = subjectBefore(inside.slice(0, opening));
  return phrase !== '' && isSourcePhrase(phrase) ? phrase : null;
}

// "Veltrix reported third-quarter revenue of $2.1 billion": a company reporting its results is no news outlet.
const RESULTS_OBJECT =
  /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:revenues?|profits?|loss(?:es)?|sales|earnings|income|results|growth|deficits?|surplus(?:es)?|figures|[$€£¥]|\d)/iu;

/** "Kompas reported": a capitalised name that is not a known organisation, place or nationality reports as an outlet. */
// "Residents of Korva reported": people, not a publication.
const GROUP_OF_PEOPLE = /^(?:residents|witnesses|neighbou?rs|villagers|locals|people|citizens|survivors|relatives|families|parents|students|workers|officials|analysts|experts|doctors|police|authorities|sources|activists|investigators|researchers|scientists|observers|monitors|rescuers|medics|troops|soldiers)$/i;

function looksLikeBrand(phrase: string): boolean {
  const name = phrase.replace(/^the\s+/i, '');
  const last = name.split(/\s+/).at(-1) ?? '';
  if (GROUP_OF_PEOPLE.test(name.split(/\s+/)[0] ?? '')) return false;
  // "He reported the find to the police": a pronoun is someone, never a brand.
  if (/^(?:he|she|they|it|we|i|you|who|this|that)$/i.test(name)) return false;
  return /^\p{Lu}/u.test(name) && !isOrganisationName(name) && !isOrganisationWord(last) && !isPlaceName(name) && !isDemonym(name);
}

/** Only a few words (a name, a day, "in a statement") and a full stop follow the verb. */
function isSentenceEnd(right: string): boolean {
  const rest = right.replace(/[.!?\s]+$/, '');
  return !/[,;:]/.test(rest) && rest.split(/\s+/).filter(Boolean).length <= 5;
}

// "…, which first reported the results": what only a news outlet does.
const OUTLET_RELATIVE = /^,?\s*which\s+(?:first\s+|earlier\s+|originally\s+)?(?:reported|broke|published|revealed|obtained)\b/i;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// "… released by the commission early Monday", "a study published on Tuesday in …": when is no part of the source.
const WHEN = new RegExp(
  `\\s+(?:(?:early|late|on|last|this|next)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|\\s+(?:on|in)\\s+${MONTH}(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+\\d{4})?|\\s+(?:last|this)\\s+(?:week|month|year|weekend)|\\s+(?:yesterday|today|overnight)`,
  'g',
);
const DANGLING_PARTICIPLE = /\s+(?:released|published|issued|posted|compiled|announced|made public)$/;

/** The source of "according to …" without when it appeared ("studio estimates released Sunday" → "studio estimates"). */
function sourceWithoutTime(phrase: string): string {
  const timeless = phrase.replace(WHEN, '').replace(DANGLING_PARTICIPLE, '').trim();
  // "figures released on Friday" → "figures" says too little: a bare noun keeps its words.
  return timeless.replace(/^(?:a|an|the)\s+/i, '').split(/\s+/).length > 1 ? timeless : phrase;
}

function accordingToClause(sentence: string, sourceStart: number): ReportingClause | null {
  const rest = sentence.slice(sourceStart);
  // A full stop inside the sentence is an abbreviation's ("the U.S. Consumer Product Safety Commission").
  const end = rest.search(/[,;:!?()]|\.(?=["”’']*\s*$)|\s{3,}|\s-{1,2}\s|\b(?:which|who|that)\b/);
  const phrase = sourceWithoutTime((end >= 0 ? rest.slice(0, end) : rest).trim());
  if (!phrase) return null;
  const isOutlet = end >= 0 && OUTLET_RELATIVE.test(rest.slice(end));
  return { kind: 'according-to', phrase, subjectRegion: '', audience: null, closesSentence: false, ...(isOutlet && { isOutlet }) };
}

// "X defended the rise, saying …", "X asked for the maximum, calling the shooting “…”": the participle's subject is
// the main clause's.
const PARTICIPLE =
  /,\s+(saying|adding|warning|arguing|insisting|noting|stressing|explaining|claiming|calling|describing|telling|writing|predicting|acknowledging|conceding|declaring)\b/g;

function participleClause(sentence: string, commaAt: number, verb: string, right: string): ReportingClause | null {
  // "calling" and "describing" report words only when they name something with a quote ("calling the shooting “…”").
  if (/^(?:calling|describing)$/.test(verb) && !/^\s\S[^,;.!?]{0,60}?\s{3,}/.test(right)) return null;
  // "…, telling state radio that …": who was told, which may be an outlet; "…, writing that …" reports words too.
  if (verb === 'telling' && !/^\s+(?:\p{L}+\s+){0,4}?that\b|^\s+\S[^,;.!?]{0,60}?\s{3,}|^\s+\p{Lu}/u.test(right)) return null;
  if (verb === 'writing' && !/^\s+(?:that\b|(?:on|in)\s[^,;.!?]{0,60}?\s(?:that\b|\s{2,}))/.test(right)) return null;
  const subjectRegion = sentence.slice(0, commaAt).replace(DATELINE, '');
  const audience = verb === 'telling' ? phraseAfter(right) || null : null;
  return { kind: 'said', phrase: null, subjectRegion, audience, closesSentence: false };
}

/** Every reporting clause of a masked sentence, in reading order. */
export function findReportingClauses(sentence: string): ReportingClause[] {
  const found: Array<{ at: number; clause: ReportingClause }> = [];
  for (const pattern of [VERB, SPOKE_TO, CALLED_QUOTE]) {
    for (const match of sentence.matchAll(pattern)) {
      const clause = saidClause(sentence, match.index, match.index + match[0].length);
      // "X spoke to reporters on the courthouse steps" reports no words: only a quote or what was said makes it a report.
      const reportsWords = pattern !== SPOKE_TO || (clause?.audience && /\s{3,}|\b(?:about|that|of)\b/.test(sentence.slice(match.index)));
      if (clause && reportsWords) found.push({ at: match.index, clause });
    }
  }
  for (const match of sentence.matchAll(PARTICIPLE)) {
    const clause = participleClause(sentence, match.index, match[1]!, sentence.slice(match.index + match[0].length));
    if (clause) found.push({ at: match.index, clause });
  }
  for (const match of sentence.matchAll(NO_COMMENT)) {
    const clause = saidClause(sentence, match.index, match.index + match[0].length);
    if (clause) found.push({ at: match.index, clause: { ...clause, kind: 'no-comment' } });
  }
  for (const match of sentence.matchAll(ACCORDING_TO)) {
    const clause = accordingToClause(sentence, match.index + match[0].length);
    if (clause) found.push({ at: match.index, clause });
  }
  return found.sort((a, b) => a.at - b.at).map(({ clause }) => clause);
}
