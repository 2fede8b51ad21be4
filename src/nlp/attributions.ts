import type { Article, Paragraph } from '../article/types.js';
import { SPEECH_VERB_WORDS, findReportingClauses, type ReportingClause } from './attribution-clauses.js';
import { PersonFinder, outletAtStart, outletIn, type Source } from './attribution-sources.js';
import { firstName, genderOfNoun, isCommonWord, isDemonym, isDocumentSource, nationalityOf, isFunctionWord, isOrganisationName, isOrganisationWord, isRoleNoun } from './gazetteer.js';
import { personOfNationality } from './nationality-holder.js';
import { generationOf, relativeOf } from './kin-speaker.js';
import { findQuoteSpans, isQuotedTitle, maskQuotes, trimQuote, type QuoteSpan } from './quotes.js';
import type { Attribution, Person, Sentence } from './types.js';

/** How far back (in sentences) a pronoun or a role noun ("the president") looks for its person. */
const PRONOUN_LOOKBACK = 6;

interface SentenceReport {
  /** The speaker, when the sentence names one (null when only an outlet is named). */
  source: Source | null;
  outlet: string | null;
  kind: Attribution['kind'];
  /** "X declined to comment" in the same sentence. */
  declined: Source | null;
  /** The part of the sentence the source stated, when it is not the whole sentence (see ReportingClause.claimStart). */
  claim: string | null;
}

/** A source phrase that starts with a first name of that gender ("Fiona from Derby"). */
const TRAILING_ADVERBS =
  /(?:\s+(?:also|later|earlier|eventually|finally|initially|previously|recently|repeatedly|publicly|privately|officially|separately|subsequently|reportedly|originally|then|first|once|again|often|frequently|immediately))+$/i;

/** Whether a speaker phrase can be "he" or "she": by its first name ("Fiona from Derby") or its noun ("his father"). */
function namesSomeoneOf(phrase: string, gender: 'male' | 'female'): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  // "a 27-year-old man from Sudan": the noun before any preposition says.
  const stop = words.findIndex((word, i) => i > 0 && /^(?:from|of|at|in|with|for|who)$/.test(word));
  const head = stop > 0 ? words.slice(0, stop) : words;
  const noun = genderOfNoun(words.at(-1) ?? '') ?? genderOfNoun(words[1] ?? '') ?? head.map(genderOfNoun).find(Boolean);
  if (noun) return noun === gender;
  const implied = firstName(phrase.split(/\s+/)[0] ?? '');
  return implied === gender || implied === 'either';
}

const isSpeaker = (source: Source | null): source is Source => source !== null && (source.person !== null || source.text !== null);

function overlaps(span: QuoteSpan, sentence: Sentence): boolean {
  return span.start < sentence.end && sentence.start < span.end;
}

const SHORT_QUOTE_WORDS = 4;

/**
 * A quote that is someone's words rather than a phrase inside the reporter's sentence ("called it a
 * 'cowardly act'"): introduced by a colon, opening the sentence, or a whole clause of its own.
 */
function isDirectQuote(text: string, span: QuoteSpan, sentences: Sentence[]): boolean {
  const inner = text.slice(span.start, span.end).trim();
  const words = inner.split(/\s+/).length;
  if (/:\s*$/.test(text.slice(0, Math.max(0, span.start - 1)))) return true;
  const opensSentence = sentences.some((sentence) => sentence.start === span.start - 1);
  const endsClause = /[,?!.…]$/.test(inner) || !span.closed;
  if (opensSentence) return endsClause || words >= SHORT_QUOTE_WORDS;
  return endsClause && words >= SHORT_QUOTE_WORDS;
}

/** Resolves reporting phrases to people, other named sources and outlets, remembering who spoke last. */
class AttributionReader {
  private readonly finder: PersonFinder;
  private readonly maskedSentences = new Map<number, string>();
  private readonly paragraphOf = new Map<number, number>();
  readonly attributions: Attribution[] = [];

  constructor(
    private readonly people: Person[],
    private readonly paragraphs: Paragraph[],
    title: string,
  ) {
    this.finder = new PersonFinder(people, paragraphs, title);
  }

  /** The article's text up to a sentence. */
  private textBefore(sentence: Sentence): string {
    const earlier = this.paragraphs.filter((paragraph) => paragraph.number < sentence.paragraph).map((paragraph) => paragraph.text);
    const own = this.paragraphs.find((paragraph) => paragraph.number === sentence.paragraph)?.text.slice(0, sentence.start) ?? '';
    return [...earlier, own].join('\n\n');
  }

  readParagraph(paragraph: Paragraph, sentences: Sentence[]): void {
    this.finder.readingParagraph(paragraph.number);
    const spans = findQuoteSpans(paragraph.text);
    // Quoted titles stay readable: "a release from “Hour of Power” said" names its source.
    const masked = maskQuotes(paragraph.text, spans.filter((span) => !isQuotedTitle(paragraph.text, span)));
    for (const sentence of sentences) {
      this.maskedSentences.set(sentence.id, masked.slice(sentence.start, sentence.end));
      this.paragraphOf.set(sentence.id, sentence.paragraph);
    }
    const reports = new Map<number, SentenceReport | null>();
    const reportOf = (sentence: Sentence): SentenceReport | null => {
      if (!reports.has(sentence.id)) reports.set(sentence.id, this.report(sentence));
      return reports.get(sentence.id) ?? null;
    };
    const direct = spans.filter((span) => isDirectQuote(paragraph.text, span, sentences) && !isQuotedTitle(paragraph.text, span));
    const firstOfParagraph = this.attributions.length;
    let runningOn: { sentence: Sentence; span: QuoteSpan; fallback: Source | null } | null = null;

    for (const sentence of sentences) {
      const report = reportOf(sentence);
      for (const span of direct.filter((quote) => quote.start >= sentence.start && quote.start < sentence.end)) {
        const covering = sentences.filter((other) => overlaps(span, other)).reverse();
        const speaking = covering.map(reportOf).find((candidate) => isSpeaker(candidate?.source ?? null));
        const opensSentence = masked.slice(sentence.start, span.start).trim() === '';
        const named = speaking?.source ?? this.namedAfter(paragraph.text, span.end) ?? this.pronounAfter(paragraph.text, span.end, sentence);
        // '… to her rivals. "Richard Hale ran a serious campaign.' running on into '"Simon Price …," she said.': the
        // speaker the next paragraph gives comes first; else whom the sentence before introduced, else the last speaker.
        // One who spoke earlier in this paragraph ("…, the statement said. "Peace, Phillips …") goes on speaking.
        const spokeHere = this.attributions.length > firstOfParagraph && this.attributions.at(-1)!.speaker !== null;
        if (!isSpeaker(named) && !span.closed && !spokeHere) {
          const introduced = opensSentence ? this.introducedSpeaker(sentence, sentences) : null;
          const continuing = opensSentence ? this.continuingSpeaker(paragraph.number) : null;
          // The last speaker again keeps the outlet they spoke to.
          const fallback = introduced && continuing?.person !== introduced.person ? introduced : continuing;
          runningOn = { sentence, span, fallback: isSpeaker(fallback) ? fallback : null };
          continue;
        }
        const source = named ?? (opensSentence ? this.continuingSpeaker(paragraph.number) : null);
        if (!isSpeaker(source)) continue;
        const { start, end } = trimQuote(paragraph.text, span);
        this.add(sentence, source, speaking?.outlet ?? null, paragraph.text.slice(start, end), 'direct');
      }
      if (report && !direct.some((span) => overlaps(span, sentence)) && (isSpeaker(report.source) || report.outlet)) {
        this.add(sentence, report.source, report.outlet, report.claim ?? sentence.text, report.kind);
      }
      if (report?.declined) this.add(sentence, report.declined, report.outlet, sentence.text, 'no-comment');
    }
    this.carryOutlet(firstOfParagraph);
    this.creditRunOn(paragraph, firstOfParagraph);
    this.runningOn = runningOn ? { paragraph, ...runningOn } : null;
  }

  /** An unattributed quotation left open at the end of the last paragraph, if any, with whom it goes to otherwise. */
  private runningOn: { paragraph: Paragraph; sentence: Sentence; span: QuoteSpan; fallback: Source | null } | null = null;

  /**
   * A quotation left open that this paragraph continues with an opening mark: its speaker is this one's first. With no
   * such speaker (or no paragraph after it), the fallback found when it was read.
   */
  creditRunOn(paragraph: Paragraph | null, firstOfParagraph: number): void {
    const open = this.runningOn;
    if (!open) return;
    const continued = this.attributions[firstOfParagraph];
    const { start, end } = trimQuote(open.paragraph.text, open.span);
    const quote = open.paragraph.text.slice(start, end);
    if (paragraph && open.paragraph.number === paragraph.number - 1 && /^\s*["“]/.test(paragraph.text) && continued?.kind === 'direct' && continued.speaker !== null) {
      this.attributions.splice(firstOfParagraph, 0, { ...continued, paragraph: open.sentence.paragraph, sentence: open.sentence.id, quote });
      return;
    }
    if (!open.fallback) return;
    const before = this.attributions.length;
    this.add(open.sentence, open.fallback, open.fallback.outlet, quote, 'direct');
    this.attributions.splice(firstOfParagraph, 0, ...this.attributions.splice(before, 1));
  }

  /** 'Hartley returned to the microphones. "I have spoken with …': the person the sentence before opens with. */
  private introducedSpeaker(sentence: Sentence, sentences: readonly Sentence[]): Source | null {
    const previous = sentences.find((candidate) => candidate.id === sentence.id - 1);
    if (!previous) return null;
    const masked = this.maskedSentences.get(previous.id) ?? '';
    const subject = this.finder.possibleSubjects(masked).find(({ index }) => /^\W*(?:[^,.;:]{1,40},\s*)?$/.test(masked.slice(0, index)));
    return subject ? { person: subject.person, text: subject.person.name, outlet: null } : null;
  }

  private add(sentence: Sentence, source: Source | null, outlet: string | null, quote: string, kind: Attribution['kind']): void {
    const others = source?.person ? source.others ?? [] : [];
    this.attributions.push({
      paragraph: sentence.paragraph,
      sentence: sentence.id,
      speakerId: source?.person?.id ?? null,
      ...(others.length > 0 && { coSpeakerIds: others.map((person) => person.id) }),
      speaker: source?.person ? joinNames([source.person, ...others].map((person) => person.name)) : source?.text ? lowerDeterminer(source.text) : null,
      outlet: withoutFullStop(outlet ?? source?.outlet ?? null),
      quote,
      kind,
    });
  }

  // An outlet covers the paragraph's later claims from the same source: "X told CNN" X's quotes after it, "…,
  // according to Reuters" the unsourced ones; not what X said before it, nor a spokeswoman who "declined to comment".
  private carryOutlet(from: number): void {
    const claims = this.attributions.slice(from);
    claims.forEach((claim, at) => {
      claim.outlet ??= claims.slice(0, at).findLast((other) => other.outlet && other.speaker === claim.speaker)?.outlet ?? null;
    });
  }

  /** '"…," Tomas Vasquez joked.': a person named right after the closing quote mark, whatever the verb that ends there. */
  private namedAfter(text: string, quoteEnd: number): Source | null {
    const after = text.slice(quoteEnd, quoteEnd + 80);
    const mention = this.finder.possibleSubjects(after).find(({ index }) => /^[\s,.!?’”'"]*$/.test(after.slice(0, index)));
    if (!mention) return null;
    const rest = after.slice(mention.index + mention.length);
    if (!/^\s+(?:\p{Ll}+ed|\p{Ll}+s)\b/u.test(rest)) return null;
    // '"Show me your hands!" Whitfield turns toward him': a verb that says nothing, going on to what was done, is the
    // next sentence's, not the quote's ("Vasquez joked." ends there).
    const verb = /^\s+(\p{Ll}+)/u.exec(rest)![1]!;
    // A quote closed by a comma ('"…," Okafor radioed to mission control') still reads on into its speaker.
    const commaClosed = /,\s*["”’']?\s*$/.test(text.slice(Math.max(0, quoteEnd - 3), quoteEnd));
    if (!commaClosed && !SPEECH_VERB_WORDS.has(verb) && !VOICED.test(verb) && !/^\s+\p{Ll}+\s*(?:[.,;!?]|$)/u.test(rest)) return null;
    return { person: mention.person, text: mention.person.name, outlet: null };
  }

  /** '"…every night?" she asked.': "he" or "she" right after the closing quote mark, whatever the verb. */
  private pronounAfter(text: string, quoteEnd: number, sentence: Sentence): Source | null {
    const pronoun = /^[\s,.!?’”'"]*(he|she)\s+\p{Ll}+(?:ed|s)\b/iu.exec(text.slice(quoteEnd, quoteEnd + 40))?.[1]?.toLowerCase();
    if (!pronoun) return null;
    const gender = pronoun === 'he' ? 'male' : 'female';
    return this.personBefore(sentence, (person) => person.gender !== (gender === 'male' ? 'female' : 'male'), gender);
  }

  /** The last speaker of this paragraph, or of the paragraph just before (a quote running on). */
  private continuingSpeaker(paragraph: number): Source | null {
    // A quotation left open in the paragraph before, not yet credited, is the one running on.
    const open = this.runningOn;
    if (open?.fallback && open.paragraph.number === paragraph - 1) return open.fallback;
    const last = this.attributions.at(-1);
    if (!last || last.paragraph < paragraph - 1 || last.speaker === null) return null;
    const person = this.people.find((candidate) => candidate.id === last.speakerId) ?? null;
    const others = this.people.filter((candidate) => last.coSpeakerIds?.includes(candidate.id));
    // The quote runs on from the same interview: the outlet that carried it carries the rest.
    return { person, text: last.speaker, outlet: last.outlet, ...(others.length > 0 && { others }) };
  }

  private report(sentence: Sentence): SentenceReport | null {
    const clauses = findReportingClauses(this.maskedSentences.get(sentence.id) ?? '');
    if (clauses.length === 0) return null;
    let source: Source | null = null;
    let outlet: string | null = null;
    let kind: Attribution['kind'] = 'indirect';
    let claimSpan: { start: number; end?: number } | null = null;
    // "According to the report, the two men had argued …": what follows is the report's, not the men's.
    const reportOpens = /^\W*(?:according\s+to|as\s+per)\b/i.test(this.maskedSentences.get(sentence.id) ?? '');
    const saidClauses = reportOpens ? [] : clauses.filter((candidate) => candidate.kind === 'said');
    // "Lubitz told the school he was ill, the airline said": the closing clause is the report.
    saidClauses.sort((a, b) => Number(b.closesSentence) - Number(a.closesSentence));
    for (const clause of saidClauses) {
      const resolved = this.resolve(clause, sentence);
      if (!resolved) continue;
      outlet ??= resolved.outlet ?? (clause.audience ? outletAtStart(clause.audience) : null);
      if (isSpeaker(resolved)) {
        source = resolved;
        claimSpan = clause.claimStart === undefined ? null : { start: clause.claimStart, end: clause.claimEnd };
        break;
      }
    }
    for (const clause of clauses.filter((candidate) => candidate.kind === 'according-to')) {
      const resolved = this.resolve(clause, sentence);
      outlet ??= resolved?.outlet ?? null;
      // "…, according to a copy of the deal" sources the whole sentence, over a claim inside one of its clauses ("after
      // the government agreed to …").
      if (claimSpan && resolved) {
        source = isSpeaker(resolved) ? resolved : null;
        claimSpan = null;
      }
      if (!isSpeaker(source) && isSpeaker(resolved)) source = resolved;
      if (source === resolved || !isSpeaker(source)) kind = 'according-to';
    }
    // "In his review for The New York Times, X called the film …": the outlet the source wrote or spoke for.
    if (isSpeaker(source)) outlet ??= writtenFor(this.maskedSentences.get(sentence.id) ?? '');
    if (!isSpeaker(source) && outlet) kind = 'according-to';
    const declinedClause = clauses.find((candidate) => candidate.kind === 'no-comment');
    const declined = declinedClause ? this.resolve(declinedClause, sentence) ?? source : null;
    if (!isSpeaker(source) && !outlet && !declined) return null;
    const claim = claimSpan ? sentence.text.slice(claimSpan.start, claimSpan.end).replace(/^\s*(?:that\s+)?/, '').trim() || null : null;
    return { source: isSpeaker(source) ? source : null, outlet, kind, declined: isSpeaker(declined) ? declined : null, claim };
  }

  private resolve(clause: ReportingClause, sentence: Sentence): Source | null {
    const phrase = clause.phrase;
    // "the younger Okafor said" of "Okafor's father, Samuel Okafor": the son, whom the surname alone cannot tell.
    const generation = phrase ? /^the\s+(younger|elder|older)\s+(\p{Lu}[\p{L}'’-]+)$/iu.exec(phrase) : null;
    const relative = generation ? generationOf(this.people, generation[2]!, generation[1]!.toLowerCase() === 'younger') : null;
    if (relative) return { person: relative, text: relative.name, outlet: null };
    const inPhrase = phrase ? this.finder.speakerIn(phrase) : null;
    // "Amnesty International, which had designated Kamara a prisoner of conscience, welcomed …": a name inside a
    // relative clause is what the clause says of the subject, never the subject.
    const subjectRegion = clause.subjectRegion.replace(/,\s*(?:which|who|whose|whom|where)\b[^,]*(?:,|$)/gi, ',');
    const named = inPhrase ?? this.finder.speakerIn(subjectRegion, false);
    if (named) {
      // "Ann Lowe, Mark Diaz and Kim Tran said": the first named leads, the others are recorded beside them. The list
      // may begin before the phrase, which stops at a comma.
      const masked = this.maskedSentences.get(sentence.id) ?? '';
      const phraseEnd = phrase ? masked.indexOf(phrase) + phrase.length : -1;
      const region = inPhrase && phrase ? (phraseEnd >= phrase.length ? masked.slice(0, phraseEnd) : phrase) : subjectRegion;
      const [lead = named, ...others] = this.finder.coordinated(region, named);
      return { person: lead, text: lead.name, outlet: affiliatedOutlet(phrase, named), ...(others.length > 0 && { others }) };
    }
    if (phrase && clause.isOutlet) return { person: null, text: null, outlet: outletIn(phrase) ?? phrase };
    // "a preliminary report seen by The Northern Ledger": the report is the source, the outlet the one that saw it.
    const seen = phrase ? SEEN_BY.exec(phrase) : null;
    // "a memo sent to hospital staff and reviewed by X": the document is the memo, whoever it went to.
    const document = seen?.[1]!.replace(/\s+and$/, '');
    if (seen && document && isDocumentSource(document.split(DOCUMENT_PARTICIPLE)[0]!)) return { person: null, text: document, outlet: outletIn(seen[2]!) ?? seen[2]! };
    if (phrase) {
      const pronoun = phrase.toLowerCase();
      if (pronoun === 'he' || pronoun === 'she') {
        const gender = pronoun === 'he' ? 'male' : 'female';
        const fits = (person: Person): boolean => person.gender !== (gender === 'male' ? 'female' : 'male');
        return this.subjectBeforePronoun(sentence, pronoun, fits) ?? this.personBefore(sentence, fits, gender);
      }
      if (pronoun === 'it' || pronoun === 'they') return this.lastNamedSource(sentence.paragraph);
      // '"She put a racket in my hand," her son said' after "Kovacs's mother, Erzsebet Kovacs,": the son is Kovacs.
      const kinship = /^(his|her)\s+(son|daughter|child|mother|father|husband|wife|brother|sister)$/i.exec(phrase);
      if (kinship) {
        const otherGender = kinship[1]!.toLowerCase() === 'his' ? 'female' : 'male';
        // Whoever "her" may be among those named in this paragraph and the one before, whose tie the article states.
        const before = this.textBefore(sentence).split(/\n\n/).slice(-2).join('\n\n');
        const owners = new Set(this.finder.possibleSubjects(before).map(({ person }) => person).filter((person) => person.gender !== otherGender));
        const relatives = new Set([...owners].map((owner) => relativeOf(this.people, owner, kinship[2]!.toLowerCase())).filter((person) => person !== null));
        if (relatives.size === 1) {
          const [relative] = relatives;
          return { person: relative!, text: relative!.name, outlet: null };
        }
      }
      if (pronoun === 'we' || pronoun === 'i') return null;
      // "The Swede added …": whoever the article last tied to Sweden, or no one it can name.
      const nation = /^the\s+(\p{Lu}[\p{L}-]+)$/iu.exec(phrase)?.[1];
      if (nation && nationalityOf(nation)) {
        const national = personOfNationality(this.people, this.textBefore(sentence), nation);
        return national ? { person: national, text: national.name, outlet: null } : null;
      }
      const outlet = outletIn(phrase);
      if (outlet) return { person: null, text: null, outlet };
      const roleHolder = this.roleHolder(phrase, sentence);
      if (roleHolder) return roleHolder;
      const organisation = this.organisationBefore(phrase, sentence);
      if (organisation) return organisation;
      // "The family eventually told CNN": the adverb is not part of who spoke.
      return { person: null, text: phrase.replace(TRAILING_ADVERBS, ''), outlet: null };
    }
    return null;
  }

  /**
   * "Adeyemi conceded defeat on Sunday, though he said …": the subject of the same sentence, named before the pronoun
   * with its verb, is who "he" is.
   */
  private subjectBeforePronoun(sentence: Sentence, pronoun: string, fits: (person: Person) => boolean): Source | null {
    const masked = this.maskedSentences.get(sentence.id) ?? '';
    const at = masked.search(new RegExp(`\\b${pronoun}\\b`, 'i'));
    if (at <= 0) return null;
    const before = masked.slice(0, at);
    const subject = this.finder
      .possibleSubjects(before)
      .find(({ person, index, length }) => fits(person) && SUBJECT_VERB_AFTER.test(before.slice(index + length)));
    return subject ? { person: subject.person, text: subject.person.name, outlet: null } : null;
  }

  /** "the president", "the attorney": the most recent person whose role ends with that noun. */
  private roleHolder(phrase: string, sentence: Sentence): Source | null {
    // "the outgoing prime minister" still holds the office ("the former" or "the incoming" one is someone else).
    const noun = /^(?:the|this|that)\s+(?:(?:outgoing|current|sitting|embattled|beleaguered|caretaker)\s+)?(.+)$/i.exec(phrase)?.[1]?.toLowerCase();
    if (!noun) return null;
    // "the foundation" is not the "executive director of the foundation": the noun must head the role.
    // "the former governor" is "a former central bank governor": the noun heads the role and its other words are in it.
    const [head = noun, ...qualifiers] = noun.split(/\s+/).reverse();
    // "the player's older brother and his coach since childhood": each part of a role, without since when.
    const parts = (role: string): string[] => role.split(/\s+and\s+(?=(?:his|her|their|the|a|an)\s)/).map((part) => part.replace(/\s+(?:since|for|until)\s+.*$/, ''));
    const holds = (person: Person): boolean =>
      person.roles.flatMap(parts).some((role) => {
        // "Judge of the Montgomery County Court" is a judge: a capitalised body after "of" is whose judge.
        const words = ` ${role.replace(/\s+(?:of|at)\s+(?:the\s+)?\p{Lu}.*$/u, '').toLowerCase()}`;
        if (!words.endsWith(` ${head}`) || /\b(?:of|for|at|with|to|from|in|on)\b/.test(words.slice(0, -head.length - 1))) return false;
        return words.endsWith(` ${noun}`) || qualifiers.every((word) => words.includes(` ${word} `));
      });
    const holders = this.people.filter(holds);
    if (holders.length === 0) return null;
    // Further back than a pronoun reaches, "the judge" is still the one judge the article names — named by now, or in
    // the next paragraph ("…, the owner said." opening a story), not one a later paragraph brings in.
    const namedByNow = (person: Person): boolean => person.paragraphs.length === 0 || person.paragraphs.some((paragraph) => paragraph <= sentence.paragraph + 1);
    const only = holders.length === 1 && namedByNow(holders[0]!) ? holders[0]! : null;
    return this.personBefore(sentence, holds) ?? (only && { person: only, text: only.name, outlet: null });
  }

  /**
   * "the agency", "the commission": the organisation named just before — in the paragraph, one whose name holds the
   * noun ("the Federal Trade Commission") in the paragraph before too.
   */
  private organisationBefore(phrase: string, sentence: Sentence): Source | null {
    const noun = /^the\s+(\p{Ll}+)$/iu.exec(phrase)?.[1]?.toLowerCase();
    if (!noun || !isOrganisationWord(noun)) return null;
    for (let id = sentence.id - 1; id >= 0 && id >= sentence.id - PRONOUN_LOOKBACK; id--) {
      const masked = this.maskedSentences.get(id);
      if (masked === undefined) break;
      const sameParagraph = this.paragraphOf.get(id) === sentence.paragraph;
      const names = organisationNamesIn(masked);
      const holdsNoun = names.find((name) => headWords(name).some((word) => word.replace(/s$/, '') === noun) || governs(name, noun));
      // Otherwise only the subject of a sentence of the same paragraph ("The … Centers for …, which …, welcomed").
      const subject = sameParagraph ? names.find((name) => masked.trimStart().startsWith(name)) : undefined;
      const named = holdsNoun ?? subject;
      if (named) return { person: null, text: named, outlet: null };
    }
    return null;
  }

  /**
   * The closest earlier sentence's speaker or, failing that, its first-named matching person: subjects
   * before objects, as readers resolve "he".
   */
  private personBefore(sentence: Sentence, accept: (person: Person) => boolean, gender?: 'male' | 'female'): Source | null {
    for (let id = sentence.id - 1; id >= Math.max(0, sentence.id - PRONOUN_LOOKBACK); id--) {
      const speaker = this.attributions.findLast((claim) => claim.sentence === id && claim.speaker !== null);
      const speaking = this.people.find((person) => person.id === speaker?.speakerId);
      if (speaking && accept(speaking)) return { person: speaking, text: speaking.name, outlet: null };
      // "Fiona from Derby says …. 'I almost died,' she said." — a speaker the people list does not hold; so is "Nowak's
      // partner, speaking to TVN24, said …. '…,' he said." — one person described, of no other gender.
      // Only someone's relative or aide ("Nowak's partner"): "the young actor" may well be the person named before.
      const relation = /^(?:(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s|his|her|their)\s+(.+)$/u.exec(speaker?.speaker ?? '')?.[1];
      const otherGender = gender === 'male' ? 'female' : 'male';
      const relativeOf = relation !== undefined && !/s$/.test(relation) && !namesSomeoneOf(relation, otherGender);
      if (speaker?.speaker && !speaking && gender && (namesSomeoneOf(speaker.speaker, gender) || relativeOf)) {
        return { person: null, text: speaker.speaker, outlet: null };
      }
      const mentioned = this.finder.possibleSubjects(this.maskedSentences.get(id) ?? '').find((match) => accept(match.person));
      if (mentioned) return { person: mentioned.person, text: mentioned.person.name, outlet: null };
      const described = gender ? this.describedSubject(this.maskedSentences.get(id) ?? '', gender, accept) : null;
      if (described) return described;
    }
    return null;
  }

  /**
   * "The champion climbed into the stands to embrace her. '…,' he said.": a sentence about a person described, not
   * named, is the closer referent. That is the one person whose role ends with the noun, else the description itself.
   */
  private describedSubject(masked: string, gender: 'male' | 'female', accept: (person: Person) => boolean): Source | null {
    const match = DESCRIBED_SUBJECT.exec(masked);
    const noun = match?.[1]?.toLowerCase();
    if (!match || !noun) return null;
    const nounGender = genderOfNoun(noun);
    if (nounGender ? nounGender !== gender : !isRoleNoun(noun) && !/^\d+-year-old$/.test(noun)) return null;
    const holders = this.people.filter((person) => accept(person) && person.roles.some((role) => new RegExp(`(?:^|\\s)${noun}$`, 'i').test(role)));
    if (holders.length === 1) return { person: holders[0]!, text: holders[0]!.name, outlet: null };
    return { person: null, text: match[0].trim(), outlet: null };
  }

  /** "it said" / "they said": the last source named in words (an organisation, a report) nearby. */
  private lastNamedSource(paragraph: number): Source | null {
    for (let index = this.attributions.length - 1; index >= 0; index--) {
      const claim = this.attributions[index];
      if (!claim || claim.paragraph < paragraph - 1) break;
      if (claim.speaker && !claim.speakerId) return { person: null, text: claim.speaker, outlet: null };
    }
    return null;
  }
}

/** "Italian broadcaster RAI." at a sentence's end is "Italian broadcaster RAI"; "Fox News Corp." keeps its point. */
function withoutFullStop(outlet: string | null): string | null {
  return outlet?.replace(/(?<!\b(?:\p{Lu}|Co|Corp|Inc|Ltd|Jr|Sr|St))\.$/u, '') ?? null;
}

// A name followed by its verb ("Adeyemi conceded", "Ruiz has"), not by a comma ("After meeting Putin, he said").
const SUBJECT_VERB_AFTER = /^\s+(?:\p{Ll}+ed|\p{Ll}+s|was|is|had|has|will|would|could|did|does|won|lost|made|took|gave|went|came|told|said|ran|saw|left|met|kept|held|led|fell|felt|got|began|became|spoke|wrote|chose|drove|rose|struck|fought|thought|brought|bought|sought|caught|taught)\b/u;

// "The champion climbed …", "The 24-year-old saved …": a described subject followed by its verb.
const DESCRIBED_SUBJECT = /^\s*[Tt]he\s+(?:[\p{Ll}-]+\s+)?(\d+-year-old|\p{Ll}+)(?=\s+(?:\p{Ll}+ed|\p{Ll}+s|was|had|is|has|then|also|later)\b)/u;

const SEEN_BY = /^(.+?)\s+(?:seen|obtained|reviewed|viewed)\s+by\s+(.+)$/;
const DOCUMENT_PARTICIPLE = /\s+(?:sent|released|issued|published|prepared|written|circulated|shared|filed|dated)\b/;

/** "Ann Lowe and Mark Diaz", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The names a joint speaker holds ("Ann Lowe and Mark Diaz" → both); a single speaker's own name. */
export function namesOfSpeaker(speaker: string): string[] {
  return speaker.split(/,\s*(?:and\s+)?|\s+and\s+/);
}

/**
 * Who said or reported what, sentence by sentence: direct quotes with their speaker, reported speech
 * ("X said that …", "…, said X", "according to X"), "declined to comment", and the outlet that
 * reported each claim. Every `quote` is a verbatim substring of its paragraph.
 */
// Ways of saying something a quote may close with, beyond the reporting verbs ("asked her", "shouted at them").
const VOICED = /^(?:asks|asked|shouts|shouted|yells|yelled|screams|screamed|cries|cried|jokes|joked|laughs|laughed|whispers|whispered|pleads|pleaded|begs|begged|quips|quipped|sighs|sighed|continues|continued|sings|sang|chants|chanted|writes|wrote|texts|texted|posts|posted)$/;

export function extractAttributions(article: Article, sentences: Sentence[], people: Person[]): Attribution[] {
  const reader = new AttributionReader(people, article.paragraphs, article.title);
  for (const paragraph of article.paragraphs) {
    reader.readParagraph(paragraph, sentences.filter((sentence) => sentence.paragraph === paragraph.number));
  }
  reader.creditRunOn(null, reader.attributions.length);
  return reader.attributions;
}

/**
 * "The report" or "Early work" opening a sentence reads "the report", "early work" inside a citation; a name keeps
 * its capitals.
 */
function lowerDeterminer(source: string): string {
  const withoutArticle = source.replace(/^(?:The|A|An)(?=\s+\S)/, (word) => word.toLowerCase());
  const first = /^\p{Lu}\p{Ll}+/u.exec(withoutArticle)?.[0];
  if (!first) return withoutArticle;
  // "Save the Elephants", "Friends of the Earth" are names: only linking words stand before their next capital
  // ("Rating agency Moody's" has a description there).
  const rest = withoutArticle.slice(first.length);
  const beforeCapital = rest.split(/\s(?=\p{Lu})/u)[0]!.trim().split(/\s+/);
  const named = /\s\p{Lu}/u.test(rest) && beforeCapital.every(isFunctionWord);
  const lowered = first.toLowerCase() + rest;
  // "Analysts said", "Residents of Dunmore said": a plural role or "police" opening the sentence is no name ("Friends of
  // the Earth" is).
  const namedBody = named && beforeCapital.includes('the');
  if (!namedBody && (rest === '' || /^\s+\p{Ll}/u.test(rest)) && isPluralRole(first)) return lowered;
  // "Two district officials", "Rating agency Moody's": a common word capitalised only because it opens the sentence.
  const opensDescription =
    /^\s+\p{Ll}/u.test(rest) && !named && !isDemonym(first) && !firstName(first) && !/^(?:Western|Eastern|Northern|Southern)$/.test(first);
  return isCommonWord(first) && (isDocumentSource(withoutArticle) || opensDescription) ? lowered : withoutArticle;
}

/** "according to Reuters": an outlet as the source of a claim, not as the audience of a named speaker. */
export function isOutletReport(attribution: Attribution): boolean {
  return attribution.outlet !== null && attribution.speaker === null;
}

// A capitalised name of several words, linking words allowed inside ("Centers for Disease Control and Prevention").
// "the European Commission on Tuesday": when it spoke is no part of its name.
const WHEN_AFTER_NAME = /\s+(?:on|in|and)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/;
const CAPITALISED_NAME = /(?:\bthe\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|and|on|de)\s+)?\p{Lu}[\p{L}.'’&-]*)+/gu;

/** The names of organisations in a text, in order: capitalised names holding an organisation word ("… Agency"). */
function organisationNamesIn(text: string): string[] {
  return [...text.matchAll(CAPITALISED_NAME)]
    // "A Pacific Crest Airlines jet": the article opening the sentence is no part of the name.
    .map((match) => match[0].replace(/(\p{L}{3,})\.$/u, '$1').replace(WHEN_AFTER_NAME, '').replace(/^An?\s+/, ''))
    .filter((name) => isOrganisationName(name) || name.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && (isOrganisationWord(word) || isOrganisationWord(word.replace(/s$/, '')))));
}

const WRITTEN_FOR = /\b(?:review|column|op-ed|essay|article|editorial|commentary|interview|podcast|newsletter|blog post)\s+(?:for|in|with|on)\s+([^,;:]+)/i;

/** "in his review for The New York Times", "in an op-ed in The Guardian": the outlet a piece of writing appeared in. */
// "Writing in Pitchfork, X called it …": whatever is written in is a publication.
const WRITING_IN = /^\W*Writing\s+(?:in|for)\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4})\s*,/u;

// "Speaking to the Portuguese sports newspaper A Bola on Thursday, X said": the outlet X spoke to.
const SPEAKING_TO = /^\W*(?:Speaking|Talking)\s+(?:to|with)\s+([^,;:]{2,80}),/u;

function writtenFor(sentence: string): string | null {
  const named = WRITTEN_FOR.exec(sentence)?.[1];
  const spokenTo = SPEAKING_TO.exec(sentence)?.[1];
  return (named ? outletAtStart(named) : null) ?? WRITING_IN.exec(sentence)?.[1] ?? (spokenTo ? outletAtStart(spokenTo) : null);
}

/** "Tessa Marlowe of The Atlantic": the outlet a speaker writes for, named right after them. */
function affiliatedOutlet(phrase: string | null, person: Person): string | null {
  const after = phrase?.split(person.name)[1] ?? /\bof\s+.*$/.exec(phrase ?? '')?.[0] ?? '';
  const affiliation = /^\s*of\s+(.+)$/.exec(after)?.[1];
  return affiliation ? outletAtStart(affiliation) : null;
}

/**
 * The nouns a body's name is headed by: the last word of each part between linking words ("Department of Justice",
 * "Centers for Disease Control"). "the city" is not the "Harbour City Police Department".
 */
function headWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+(?:of|for|on|and|de)\s+/)
    .map((part) => part.split(/\s+/).at(-1)!);
}

// "the city" is the "Mapleton City Council": the body that governs it.
const GOVERNING_HEAD = /^(?:council|government|hall|authority|administration|corporation|assembly)$/;

function governs(name: string, noun: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.includes(noun) && GOVERNING_HEAD.test(words.at(-1)!);
}

function isPluralRole(word: string): boolean {
  const key = word.toLowerCase();
  if (/^(?:police|authorities|officials|staff)$/.test(key)) return true;
  const singular = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.endsWith('sses') || key.endsWith('ches') ? key.slice(0, -2) : key.replace(/s$/, '');
  return singular !== key && (isRoleNoun(singular) || /(?:ologist|grapher|ician)$/.test(singular)) && firstName(word) === null;
}
