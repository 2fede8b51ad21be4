import type { PreparedArticle } from '../core/prepared.js';
import { findQuoteSpans } from '../nlp/quotes.js';
import type { Person, Sentence } from '../nlp/types.js';
import type { SentenceHit } from '../search/article-index.js';
import { analyzeQuestion } from '../search/query.js';
import type { AnswerType } from '../search/answer-type.js';
import { sentenceFeatures } from '../search/sentence-features.js';
import { scanTokens, termsOfTokens, textTerms } from '../search/tokens.js';
import { agentVerbStems, verbStemsOfDoer } from '../search/agent-phrase.js';
import { answerability, answerabilityFeatures, shippedAnswerabilityModel } from './answerability.js';
import { citeSentence } from './citation.js';
import { introductionOf } from './introduction.js';
import { agentOfVerb, isFirmRole, isKinshipNoun, isRoleNoun, isTitleWord } from '../nlp/gazetteer.js';
import { articleWordsOf, matchRole } from '../nlp/people-match.js';
import { unnamedSpeakerMatches } from './unnamed-speakers.js';
import { asksForWords, speakerWordsFor } from './speaker-words.js';
import type { AboutAnswer, AskAnswer, NotFoundAnswer, Quote } from './types.js';
import { answerAboutArticle } from './about-article.js';
import { joinRunningQuotes } from './running-quotes.js';
import { ageAsked } from './age.js';
import { crowdAsked, numberAsked, venueAsked } from './event-facts.js';
import { definitionAsked } from './definition.js';
import { reviewSubject, weaknessAsked } from './review-facts.js';
import { yesNoEvidence } from './yes-no.js';
import { isRatingLine } from '../nlp/rating.js';
import { escapeRegExp } from '../text/escape-regexp.js';

const CANDIDATES_PER_ARTICLE = 5;
// A second sentence is shown only when it is nearly as good and brings question words the first lacks.
const SECOND_SENTENCE_MIN_SCORE = 0.7;
const SECTION_SENTENCES = 2;

interface ScoredHit {
  prepared: PreparedArticle;
  hit: SentenceHit;
}

/** Answers a free question with the best sentence(s) of the given articles, verbatim and cited, or says the article does not say. */
export function answerAsk(articles: PreparedArticle[], question: string): AskAnswer | AboutAnswer | NotFoundAnswer {
  // "Who wrote this article?": the article's file says, not its text.
  const about = answerAboutArticle(articles, question);
  if (about) return about;
  // "Who coaches the Gulls?" is "Who is the Gulls coach?": a present verb asks who holds the post.
  const introduction = introductionOf(articles, question) ?? introductionOf(articles, asRoleQuestion(question) ?? '');
  if (introduction) {
    const { prepared, person, sentence } = introduction;
    // "…on Friday alone," said Dr. X, a volcanologist: the quotation it closes is quoted whole.
    return quotedAnswer(question, prepared, withRestOfQuotation(prepared, [sentence], true), [person.name, ...person.aliases, ...person.roles]);
  }
  // "How old is X?": the sentence giving X's age ("X, 58, …"), or plainly not, since ranking cannot see an age.
  const age = ageAsked(articles, question);
  if (age) {
    const { prepared, person, sentences } = age;
    if (sentences.length === 0) return person ? notFound(question, `The article does not give ${person.name}'s age.`) : notFound(question);
    return quotedAnswer(question, prepared, sentences, person ? [person.name, ...person.aliases] : []);
  }
  // "Who is the prime minister?" when no one in the article holds that role: it does not say who.
  const unnamedRole = roleNobodyHolds(articles, question);
  // "Who is the sculptor?" of a review of her show that never says "sculptor": the one it is about.
  const subject = unnamedRole ? reviewSubject(articles, unnamedRole) : null;
  const introduced = subject ? introductionOf([subject.prepared], `Who is ${subject.person.name}?`) : null;
  if (subject && introduced) return quotedAnswer(question, subject.prepared, [introduced.sentence], [subject.person.name, ...subject.person.aliases]);
  if (unnamedRole) return notFound(question, `The article does not name ${unnamedRole}.`);
  // "What did X say?": what the article credits to X, not sentences that only mention them.
  const words = speakerWordsFor(articles, question);
  if (words) {
    const { prepared, person, sentences } = words;
    if (!person || sentences.length === 0) return notFound(question, `The article does not quote ${person?.name ?? words.asked}.`);
    return quotedAnswer(question, prepared, withRestOfQuotation(prepared, sentences, true), [person.name, ...person.aliases]);
  }
  // "What is the name of the village?": the sentence that names one ("the village of Cibeureum").
  const named = thingNamed(articles, question);
  if (named) return quotedAnswer(question, named.prepared, [named.sentence]);
  // "What is cholera?": the sentence defining it, not any that names it.
  const defined = definitionAsked(articles, question);
  if (defined) return quotedAnswer(question, defined.prepared, [defined.sentence]);
  // "What happens next?" asked of an article with a section so headed: that section answers.
  const section = sectionAsked(articles, question);
  if (section) return quotedAnswer(question, section.prepared, section.sentences);
  // "Who directed the film?" of a review naming "Director Saoirse Kelleher": the one director, introduced.
  const agent = agentAsked(articles, question);
  if (agent) return quotedAnswer(question, agent.prepared, withRestOfQuotation(agent.prepared, [agent.sentence], true), [agent.person.name]);
  // "What rating did the critic give?": a review's rating line ("Four stars out of five.").
  // "How many people attended?", "Where was the final played?": the sentence counting the crowd or naming the venue.
  const stated = ratingAsked(articles, question) ?? scoreAsked(articles, question) ?? crowdAsked(articles, question) ?? venueAsked(articles, question) ?? numberAsked(articles, question);
  if (stated) return quotedAnswer(question, stated.prepared, [stated.sentence]);
  const verdict = verdictAsked(articles, question) ?? weaknessAsked(articles, question);
  if (verdict) return quotedAnswer(question, verdict.prepared, verdict.sentences);
  // "What happened?", "What is this about?": no word says what to look for, so the article's gist answers.
  const analyzed = analyzeQuestion(question);
  const gist = articles[0]?.summaryRanking[0];
  // "the", "is it": no word to look for and no question asked.
  if (analyzed.groups.length === 0 && !QUESTION_CUE.test(question)) return notFound(question, 'Ask a question about the article.');
  if (gist !== undefined && /\p{L}/u.test(question) && analyzed.groups.length === 0) {
    return quotedAnswer(question, articles[0]!, [articles[0]!.sentences[gist]!]);
  }
  const ranked: ScoredHit[] = articles
    .flatMap((prepared) => prepared.index.searchSentences(question, CANDIDATES_PER_ARTICLE).map((hit) => ({ prepared, hit })))
    .sort((a, b) => b.hit.score - a.hit.score);
  const best = ranked[0];
  if (!best) return notFound(question);
  const model = shippedAnswerabilityModel();
  const evidence = best.hit.promotedOver ?? { best: best.hit, runnerUp: ranked[1]?.hit };
  const confidence = answerability(answerabilityFeatures(evidence.best, evidence.runnerUp, analyzed.groups.length), model);
  if (confidence < model.threshold) return notFound(question);

  const { answerType } = analyzed;
  const context = referentBefore(best);
  const following = context ? null : figureAfter(best, answerType);
  // "How much did X earn?" answered by a sentence with no figure at all: the article does not say. Any number counts
  // ("By how much did the bank raise rates?" → "by 25 basis points").
  if (MUST_HOLD_FIGURE.has(answerType) && !following && !holdsFigure(best.prepared.sentences[best.hit.sentenceId]!, 'number')) return notFound(question);
  // "How much prize money did they win?", "How much did it cost?": a sum of money, not a score or a count.
  const bestSentence = best.prepared.sentences[best.hit.sentenceId]!;
  if (MONEY_ASKED.test(question) && !following && !holdsFigure(bestSentence, 'money') && !holdsFigure(bestSentence, 'percent') && !SUM_IN_WORDS.test(bestSentence.text)) return notFound(question);
  // A question about someone's words reads on only past the shortest openings ("Neighbours were quick to respond."),
  // so "City fans gathered outside the stadium." is followed by the quote after it instead.
  const detail = context || following ? null : detailAfter(best, answerType, asksForWords(question) ? LEAD_IN_WORDS_BEFORE_WORDS : LEAD_IN_WORDS);
  // "What did the fan say?" matched "City fans gathered outside …": the words are the quote that follows.
  // "How did the krona react?" answered by "the krona rose 0.6 percent": a measured reaction, not someone's words.
  const measured = (): boolean => holdsFigure(best.prepared.sentences[best.hit.sentenceId]!, 'percent') || holdsFigure(best.prepared.sentences[best.hit.sentenceId]!, 'money');
  const quoted = context || following || detail || !asksForWords(question) || measured() ? null : quoteAfter(best);
  if (quoted) {
    const sentences = withRestOfQuotation(quoted.prepared, [quoted.prepared.sentences[quoted.hit.sentenceId]!]);
    return quotedAnswer(question, quoted.prepared, sentences, best.hit.matchedTerms, confidence);
  }
  // Who "he" is, read on into the answer, when the two stand together; from another paragraph, the answer comes first.
  // So does it when the naming sentence holds what is asked for and the answer does not ("When did she die?": "… died
  // Sunday" before "Her death was caused by …").
  const typeOnlyBefore = (): boolean =>
    context !== null && TYPED_ANSWERS.has(answerType) && holdsFigure(context.prepared.sentences[context.hit.sentenceId]!, answerType) && !holdsFigure(best.prepared.sentences[best.hit.sentenceId]!, answerType);
  const readOn = context !== null && (context.opensQuotation || (context.hit.sentenceId === best.hit.sentenceId - 1 && sentenceParagraph(context) === sentenceParagraph(best)) || typeOnlyBefore());
  const chosen = context ? (readOn ? [context, best] : [best, context]) : following ? [best, following] : detail ? [best, detail] : [best, ...secondSentence(best, ranked.slice(1))];
  // Every chosen hit is in the best one's article; each is followed by the rest of a quotation it opens.
  const { prepared } = best;
  const hitOf = new Map(chosen.map(({ hit }) => [hit.sentenceId, hit]));
  const sentences = withRestOfQuotation(prepared, chosen.map(({ hit }) => prepared.sentences[hit.sentenceId]!), true);
  const rankedIds = ranked.filter((other) => other.prepared === prepared).map(({ hit }) => hit.sentenceId);
  // "Is Grainwise profitable?" answered by a lead that only names Grainwise: a sentence saying so, or none.
  const saysWhether = yesNoEvidence(question, analyzed, prepared, sentences, rankedIds);
  if (saysWhether?.length === 0) return notFound(question);
  if (saysWhether) return quotedAnswer(question, prepared, withRestOfQuotation(prepared, saysWhether, true), best.hit.matchedTerms, confidence);
  return {
    kind: 'ask',
    question,
    quotes: joinRunningQuotes(sentences.map((sentence) => quoteSentence(prepared, hitOf.get(sentence.id) ?? { ...best.hit, sentenceId: sentence.id }))),
    confidence,
  };
}

const QUESTION_CUE = /\b(?:who|whom|whose|what|when|where|why|how|which|tell|explain|summar\w*|happen\w*|about)\b|\?\s*$/i;

/** An answer made of these sentences, quoted in order, from a route that knows its answer (confidence 1 unless given). */
function quotedAnswer(question: string, prepared: PreparedArticle, sentences: readonly Sentence[], matchedTerms: string[] = [], confidence = 1): AskAnswer {
  const quotes = sentences.map((sentence) => quoteSentence(prepared, { sentenceId: sentence.id, score: 1, matchedTerms }));
  return { kind: 'ask', question, quotes: joinRunningQuotes(quotes), confidence };
}

/** How far past an unattributed sentence a quotation may follow it: the rest of its paragraph, or the next one's opening. */
const QUOTE_AFTER_SENTENCES = 3;

/** The first sentence just after `best` that quotes someone by name, when `best` itself credits no one. */
function quoteAfter(best: ScoredHit): ScoredHit | null {
  const { prepared, hit } = best;
  const sentence = prepared.sentences[hit.sentenceId];
  const cited = sentence ? citeSentence(prepared, sentence.id) : null;
  // "…, according to Le Monde" credits the outlet: the words asked for are its own.
  if (!sentence || cited?.speaker !== null || cited.outlet !== null) return null;
  for (let id = sentence.id + 1; id <= sentence.id + QUOTE_AFTER_SENTENCES; id++) {
    const next = prepared.sentences[id];
    if (!next || next.paragraph > sentence.paragraph + 1) break;
    // Only the opening of the next paragraph: further in, it is another topic's quote.
    if (next.paragraph !== sentence.paragraph && prepared.sentences[id - 1]?.paragraph === next.paragraph) break;
    if (/["“”]/.test(next.text) && citeSentence(prepared, next.id).speaker !== null) return { prepared, hit: { ...hit, sentenceId: next.id } };
  }
  return null;
}

const FIGURE_TYPES: ReadonlySet<AnswerType> = new Set(['number', 'percent', 'money', 'duration', 'date', 'year']);
/** Kinds of answer a sentence visibly holds or lacks: figures, dates, places. */
const TYPED_ANSWERS: ReadonlySet<AnswerType> = new Set([...FIGURE_TYPES, 'place']);

/**
 * "What is Tanabe's approval rating?" → "Tanabe has faced falling approval ratings." lacks the figure; when the next
 * sentence of its paragraph has one of the kind asked for ("… put support at 31 percent."), it is quoted too.
 */
function figureAfter(best: ScoredHit, answerType: AnswerType): ScoredHit | null {
  if (!FIGURE_TYPES.has(answerType)) return null;
  const { prepared, hit } = best;
  const sentence = prepared.sentences[hit.sentenceId];
  const next = prepared.sentences[hit.sentenceId + 1];
  if (!sentence || !next || next.paragraph !== sentence.paragraph || holdsFigure(sentence, answerType) || !holdsFigure(next, answerType)) return null;
  return { prepared, hit: { ...hit, sentenceId: next.id } };
}

/** At most this many words make a sentence a paragraph's heading-like opening ("But the mine has a troubled safety record."). */
const LEAD_IN_WORDS = 9;
/** The same, for a question about someone's words ("Critics were more divided."). */
const LEAD_IN_WORDS_BEFORE_WORDS = 7;

/** A short sentence opening its paragraph only announces what the next one says, and one that repeats a "why" only asks it: the next one is quoted too. */
function detailAfter(best: ScoredHit, answerType: AnswerType, leadInWords: number): ScoredHit | null {
  const { prepared, hit } = best;
  const sentence = prepared.sentences[hit.sentenceId];
  const next = prepared.sentences[hit.sentenceId + 1];
  if (!sentence || !next) return null;
  const withNext = { prepared, hit: { ...hit, sentenceId: next.id } };
  // "… two convicted murderers escaped. / The inmates, Dwayne Hollis and …": names may open the next paragraph.
  if (next.paragraph !== sentence.paragraph) return answerType === 'person' && next.paragraph === sentence.paragraph + 1 && namesThemNext(prepared, sentence, next) ? withNext : null;
  // '"People ask me why we don't take bookings," she said.' only repeats a "why" question: the reason comes next.
  if (answerType === 'reason' && /\bwhy\b/i.test(sentence.text)) return withNext;
  // "Who won the prize?" answered by "Three researchers … have won": the next sentence names them.
  if (answerType === 'person' && namesThemNext(prepared, sentence, next)) return withNext;
  const previous = prepared.sentences[hit.sentenceId - 1];
  if (previous?.paragraph === sentence.paragraph) return null;
  const words = sentence.text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  return words <= leadInWords ? withNext : null;
}

// "men", "women", "people": people described by no role noun.
const PEOPLE_NOUN = /^(?:men|women|people|persons|man|woman|boys|girls|children|adults|teenagers)$/i;

/** A sentence that describes people without naming any ("two convicted murderers who escaped"), and a next one that names some. */
function namesThemNext(prepared: PreparedArticle, sentence: Sentence, next: Sentence): boolean {
  const names = prepared.people.filter((person) => person.name.includes(' ')).map((person) => person.name);
  const named = (text: string): boolean => names.some((name) => text.includes(name));
  if (named(sentence.text) || !named(next.text)) return false;
  return sentence.text.split(/[^\p{L}-]+/u).some((word) => PEOPLE_NOUN.test(word) || (/^\p{Ll}/u.test(word) && (isRoleNoun(word) || (/s$/.test(word) && isRoleNoun(word.slice(0, -1))))));
}

/** Questions that a sentence without any figure cannot answer: how much money, what percentage. */
const MUST_HOLD_FIGURE: ReadonlySet<AnswerType> = new Set(['money', 'percent']);

const MONEY_ASKED = /^\s*how\s+much\b(?=.*\b(?:money|cost|costs|pay|paid|spend|spent|earn|earned|earns|worth|price|fine|fined|ransom|salary|wage|wages|prize|bonus|compensation|raise|raised|charge|charged|fee|budget)\b)(?!.*\b(?:rate|rates|percent|per cent|percentage|share|points)\b)/i;

// "would cost 'well into six figures'", "did not disclose what it paid": a sum told in words, or that none was told.
const SUM_IN_WORDS = /\b(?:five|six|seven|eight|nine)[- ]figures?\b|\b(?:not|never)\s+(?:disclose|disclosed|reveal|revealed|say|said|give|given)\s+(?:how\s+much|what|the\s+(?:amount|sum|price|cost|figure|fee|terms))|\b(?:undisclosed|free of charge|for free|unpaid)\b/i;

function holdsFigure(sentence: Sentence, answerType: AnswerType): boolean {
  const tokens = scanTokens(sentence.text);
  return (sentenceFeatures(sentence.text, tokens, termsOfTokens(tokens), false).candidates.get(answerType)?.size ?? 0) > 0;
}

const OPENING_PRONOUN = /^\P{L}*(?:he|she|they|it|his|her|their|its)\b/iu;
// The pronoun opening narration, not a quotation ('"They told voters …').
const NARRATED_PRONOUN = /^\s*(?:he|she|they|it|his|her|their|its)\b/i;
/** How many sentences back the one naming an opening pronoun's referent may be. */
const REFERENT_REACH = 3;

/**
 * "He was 88 years old." alone does not say who: the sentence before it, which names him, is quoted after it. The
 * start of a quotation the answer is in the middle of ('… A rise is exactly that," said Sir Michael') comes before it.
 */
function referentBefore(best: ScoredHit): (ScoredHit & { opensQuotation: boolean }) | null {
  const { prepared, hit } = best;
  const sentence = prepared.sentences[hit.sentenceId];
  let before = prepared.sentences[hit.sentenceId - 1];
  // "… died Sunday. She was 84. / Her death was caused by …": the sentence that names her, past another pronoun.
  while (before && sentence && NARRATED_PRONOUN.test(sentence.text) && NARRATED_PRONOUN.test(before.text) && sentence.paragraph - before.paragraph <= 1 && before.id > 0 && hit.sentenceId - before.id < REFERENT_REACH) {
    before = prepared.sentences[before.id - 1];
  }
  if (!sentence || !before || sentence.paragraph - before.paragraph > 1) return null;
  // '"It is far too early to say," said X' opening a paragraph: the speaker's "it" is not the last paragraph's topic.
  const quoteOpensParagraph = /^\s*["“‘]/.test(sentence.text) && before.paragraph !== sentence.paragraph;
  const insideQuotation = before.paragraph === sentence.paragraph && startsInsideQuote(prepared, sentence);
  const needed = (OPENING_PRONOUN.test(sentence.text) && !quoteOpensParagraph) || insideQuotation;
  return needed ? { prepared, hit: { sentenceId: before.id, score: hit.score, matchedTerms: hit.matchedTerms }, opensQuotation: insideQuotation } : null;
}

const sentenceParagraph = ({ prepared, hit }: ScoredHit): number | undefined => prepared.sentences[hit.sentenceId]?.paragraph;

function startsInsideQuote(prepared: PreparedArticle, sentence: Sentence): boolean {
  const text = prepared.article.paragraphs.find((paragraph) => paragraph.number === sentence.paragraph)?.text ?? '';
  return findQuoteSpans(text).some((span) => span.start < sentence.start && span.end > sentence.start);
}

function secondSentence(best: ScoredHit, rest: ScoredHit[]): ScoredHit[] {
  const known = new Set(best.hit.matchedTerms.map((term) => term.toLowerCase()));
  const next = rest.find(({ prepared, hit }) => prepared === best.prepared && hit.score >= SECOND_SENTENCE_MIN_SCORE * best.hit.score);
  if (!next) return [];
  const addsCoverage = next.hit.matchedTerms.some((term) => !known.has(term.toLowerCase()));
  return addsCoverage ? [next] : [];
}

function quoteSentence(prepared: PreparedArticle, hit: SentenceHit): Quote {
  const sentence = prepared.sentences.find((candidate) => candidate.id === hit.sentenceId)!;
  const paragraph = prepared.article.paragraphs.find((candidate) => candidate.number === sentence.paragraph);
  return {
    text: sentence.text,
    highlights: occurrences(sentence.text, hit.matchedTerms),
    citation: citeSentence(prepared, sentence.id),
    paragraphText: paragraph?.text ?? sentence.text,
  };
}

function occurrences(text: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const escaped = escapeRegExp(term);
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      ranges.push([match.index, match.index + term.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]).filter((range, i, all) => i === 0 || range[0] >= all[i - 1]![1]);
}

function notFound(question: string, why?: string): NotFoundAnswer {
  const asked = question.trim();
  return {
    kind: 'not-found',
    command: 'ask',
    query: question,
    message: why ?? (/[\p{L}\p{N}]/u.test(asked) ? `The article does not say: “${asked}”` : 'Ask a question about the article.'),
    suggestions: [],
  };
}

/** The opening sentences of the section whose heading says what the question asks, word for word by stem. */
function sectionAsked(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; sentences: Sentence[] } | null {
  const groups = analyzeQuestion(question).groups;
  if (groups.length === 0) return null;
  const asked = new Set(textTerms(question));
  for (const prepared of articles) {
    for (const heading of prepared.article.sections) {
      const terms = textTerms(heading);
      if (terms.length === 0 || !terms.every((term) => asked.has(term))) continue;
      if (!groups.every((group) => group.forms.some((form) => terms.includes(form)))) continue;
      const first = prepared.article.paragraphs.find((paragraph) => paragraph.section === heading);
      const sentences = prepared.sentences.filter((sentence) => sentence.paragraph === first?.number).slice(0, SECTION_SENTENCES);
      if (sentences.length > 0) return { prepared, sentences };
    }
    // "Verdict: … Four stars out of five.": a paragraph opening with a label is a section of one paragraph. A word the
    // article never uses ("the critic's verdict") may be left over.
    // "… family trips. Rating: 4 out of 5 stars.": a label may open a sentence inside a paragraph too.
    for (const opening of prepared.sentences) {
      const label = PARAGRAPH_LABEL.exec(opening.text)?.[1];
      // "He said: …", "Smith told reporters: …" introduce words; a label names what follows ("Verdict:", "Price:").
      if (!label || REPORTING_LABEL.test(label)) continue;
      const terms = textTerms(label);
      if (terms.length === 0 || !terms.every((term) => asked.has(term))) continue;
      const labelled = (group: (typeof groups)[number]): boolean => group.forms.some((form) => terms.includes(form));
      // "He said: …" labels nothing a question asks for: a word of the question must be the label's.
      if (!groups.some(labelled)) continue;
      const articleTerms = termsOfArticle(prepared);
      // "What rating did the reviewer give?": a light verb, or the article's own writer, says nothing the label does not.
      const light = (group: (typeof groups)[number]): boolean => LIGHT_VERBS.has(group.primary) || WRITER_WORDS.has(group.primary);
      if (!groups.every((group) => labelled(group) || light(group) || group.forms.every((form) => !articleTerms.has(form)))) continue;
      const sentences = prepared.sentences.filter((sentence) => sentence.paragraph === opening.paragraph && sentence.id >= opening.id).slice(0, SECTION_SENTENCES);
      return { prepared, sentences };
    }
  }
  return null;
}

const WHO_DID = /^\s*[Ww]ho\s+(\p{Ll}+)\b/u;
const MAKER_ROLE = /^(?:director|conductor|moderator|producer|composer|designer|founder|co-founder|architect|author|writer|creator|inventor|choreographer|sculptor|painter|novelist|playwright|screenwriter|prosecutor|trainer|lyricist|librettist|translator|illustrator|editor|curator)$/;

/**
 * "Who directed the film?", "Who founded the company?": when the article never says "directed by" but names exactly one
 * person whose role is the verb's doer ("Director Saoirse Kelleher"), the sentence introducing them.
 */
function agentAsked(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; person: Person; sentence: Sentence } | null {
  const verb = WHO_DID.exec(question)?.[1];
  // "conducted by" is as often a survey's as an orchestra's, so the role lists leave it out; asked "who", it is the conductor.
  const doer = verb ? (verb.toLowerCase() === 'conducted' ? 'conductor' : agentOfVerb(verb)) : undefined;
  // A film's one director or a firm's one founder is who did it; "the leader" may lead anything else.
  if (!verb || !doer || !MAKER_ROLE.test(doer)) return null;
  // "founded (in 2016) by X", "translated by Miguel Sousa": the sentence saying so that ranks best, when a person it
  // names follows ("Who directed The Salt Road?" of a festival's films).
  const doneBy = new RegExp(`\\b${verb}(?:\\s+(?:in|on)\\s+\\S+)?\\s+by\\b`, 'i');
  for (const prepared of articles) {
    const rank = new Map(prepared.index.searchSentences(question, 50).map((hit, index) => [hit.sentenceId, index]));
    const saying = prepared.sentences
      .filter((candidate) => doneBy.test(candidate.text))
      .sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.id - b.id);
    for (const sentence of saying) {
      const after = sentence.text.slice(sentence.text.search(doneBy));
      const person = prepared.people.find((candidate) => new RegExp(`^[^.;]{0,${verb.length + 20}}\\bby\\s+(?:[\\p{L}-]+\\s+){0,3}${escapeRegExp(candidate.name)}`, 'u').test(after));
      if (person) return { prepared, person, sentence };
    }
  }
  if (articles.some((prepared) => prepared.sentences.some((sentence) => doneBy.test(sentence.text)))) return null;
  // "Who prosecuted …?": the prosecutor, or an "Assistant U.S. Attorney" as /who finds them.
  const holders = articles.flatMap((prepared) => {
    const words = articleWordsOf(prepared.vocabulary);
    return prepared.people.filter((person) => matchRole(doer, person, words) > 0).map((person) => ({ prepared, person }));
  });
  if (holders.length !== 1) return null;
  const { prepared, person } = holders[0]!;
  const introduced = introductionOf([prepared], `Who is ${person.name}?`);
  return introduced ? { prepared, person, sentence: introduced.sentence } : null;
}

// Not "rated": "What is the film rated?" asks for PG-13.
const RATING_ASKED = /\b(?:(?<!age\s)rating|grade|graded|how many stars|score did)\b/i;

// Not "leads": "Who leads the championship?" asks for the standings.
const HOLDS_POST = /^\s*who\s+(coaches|manages|captains|trains|owns|chairs|directs|heads|conducts)\s+(?:the\s+)?([^?]{2,60}?)\s*\??\s*$/i;
const PAST_OF: Readonly<Record<string, string>> = {
  coaches: 'coached', manages: 'managed', captains: 'captained', trains: 'trained', owns: 'owned', chairs: 'chaired', directs: 'directed', heads: 'headed', conducts: 'conducted',
};

/** "Who coaches the Gulls?" → "Who is the Gulls coach?", or null. */
function asRoleQuestion(question: string): string | null {
  const match = HOLDS_POST.exec(question);
  const agent = match ? agentOfVerb(PAST_OF[match[1]!.toLowerCase()]!) : undefined;
  return match && agent ? `Who is the ${match[2]} ${agent}?` : null;
}

/** "What rating did the critic give?", "How was it rated?": the one line of the article that gives a rating. */
function ratingAsked(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; sentence: Sentence } | null {
  if (!RATING_ASKED.test(question)) return null;
  const lines = ratingLines(articles);
  return lines?.find(({ sentence }) => /\p{L}{3}/u.test(sentence.text)) ?? lines?.[0] ?? null;
}

/** A review's rating lines, when exactly one of the articles has any. */
function ratingLines(articles: readonly PreparedArticle[]): Array<{ prepared: PreparedArticle; sentence: Sentence }> | null {
  const lines = articles.flatMap((prepared) => prepared.sentences.filter((sentence) => isRatingLine(sentence.text)).map((sentence) => ({ prepared, sentence })));
  // "★★★★☆" and "Four stars out of five." in one review: the one in words; two reviews' ratings: neither.
  return new Set(lines.map(({ prepared }) => prepared)).size === 1 ? lines : null;
}

/**
 * "What was the critic's verdict?" of a review: its rating line in words with the sentence before it ("Still, this is
 * the strongest production in years. Four stars out of five."); stars alone say too little.
 */
function verdictAsked(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; sentences: Sentence[] } | null {
  if (!/\bverdict\b/i.test(question)) return null;
  const line = ratingLines(articles)?.find(({ sentence }) => /\p{L}{3}/u.test(sentence.text));
  if (!line) return null;
  const { prepared, sentence } = line;
  // A rating line standing alone ("Rating: four out of five stars.") closes the paragraph before it.
  const alone = prepared.sentences.every((other) => other.paragraph !== sentence.paragraph || other.id === sentence.id);
  const before = prepared.sentences.find((candidate) => candidate.id === sentence.id - 1 && (alone || candidate.paragraph === sentence.paragraph));
  return { prepared, sentences: before ? [before, sentence] : [sentence] };
}

// "What was the score?" with nothing else to go on, of a match report.
// "What was the vote?" of a ruling or a council: the tally ("ruled 6-3").
const SCORE_ONLY = /^\s*what\s+(?:was|is|were)\s+the\s+(?:final\s+)?(?:score|scoreline|result|vote|tally|vote count)\s*\??\s*$/i;
const SCORE = /(?<![\d.,:/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d:/-])(?!\s*(?:percent|per cent|%))/;

/** "What was the score?": the first sentence giving a result written "2-1" or "6-4, 3-6, 7-5". */
function scoreAsked(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; sentence: Sentence } | null {
  if (!SCORE_ONLY.test(question)) return null;
  for (const prepared of articles) {
    const sentence = prepared.sentences.find((candidate) => SCORE.test(candidate.text));
    if (sentence) return { prepared, sentence };
  }
  return null;
}

const WEEKDAY_OR_MONTH = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)';
const NAME_OF_THING = /^\s*[Ww]hat(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+the\s+(?:\p{Ll}[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]{2,})\s*\??\s*$/u;

/** "What is the name of the (water) utility?": the first sentence saying "the village of X", "the utility, X," or "X village". */
// "What is the finale called?", "What was the album titled?"
const THING_CALLED = /^\s*[Ww]hat(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:\p{Ll}[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]{2,})\s+(?:called|titled|named)\s*\??\s*$/u;

function thingNamed(articles: readonly PreparedArticle[], question: string): { prepared: PreparedArticle; sentence: Sentence } | null {
  const noun = NAME_OF_THING.exec(question)?.[1] ?? THING_CALLED.exec(question)?.[1];
  if (!noun || isRoleNoun(noun) || isTitleWord(noun)) return null;
  // "the passenger ferry Agia Marina" too, but not "the ferry Monday"; "the Vikrant-2 lander"; a title and what it is
  // ('Salt Lines, her fourth studio album', '"Small Talk, Big Mouth," her first special').
  const naming = new RegExp(
    `\\b${noun}s?(?:\\s+(?:of|called|named)|,)\\s+(?:(?:titled|entitled|called|named)\\s+)?["“]?\\p{Lu}|(?<!^|[.!?]\\s)\\b(?!The\\b|A\\b|An\\b)\\p{Lu}[\\p{L}\\d'’-]+\\s+${noun}\\b|\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\s+(?!${WEEKDAY_OR_MONTH}\\b)\\p{Lu}[\\p{L}'’-]+|(?:(?!${WEEKDAY_OR_MONTH}\\b)\\p{Lu}[\\p{L}\\d'’-]*|["”’*_]),?\\s+(?:his|her|their|its)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}${noun}\\b`,
    'u',
  );
  for (const prepared of articles) {
    const sentence = prepared.sentences.find((candidate) => naming.test(candidate.text));
    if (sentence) return { prepared, sentence };
  }
  return null;
}

const articleTermsCache = new WeakMap<PreparedArticle, ReadonlySet<string>>();

/** Every term of the article's sentences, computed once per article. */
function termsOfArticle(prepared: PreparedArticle): ReadonlySet<string> {
  let terms = articleTermsCache.get(prepared);
  if (!terms) articleTermsCache.set(prepared, (terms = new Set(prepared.sentences.flatMap((sentence) => textTerms(sentence.text)))));
  return terms;
}

const LIGHT_VERBS: ReadonlySet<string> = new Set(['give', 'gave', 'get', 'got', 'receiv', 'earn', 'award', 'have', 'has', 'had']);
const WRITER_WORDS: ReadonlySet<string> = new Set(['review', 'critic', 'writer', 'author', 'journalist']);
const REPORTING_LABEL = /^(?:he|she|they|it|we|i|you)\b|\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|replied|warned|insisted|according)\b/i;

// "Verdict:", "The bottom line:", "Price:": one to three words and a colon opening a sentence.
const PARAGRAPH_LABEL = /^\W*((?:\p{L}+\s+){0,2}\p{L}+)\s*:\s+\S/u;

// "Who is the mayor (of Lake Charles)?", "What is the name of the NASA administrator?": a role, and whose or where.
const nounIn = (noun: string, text: string): boolean => new RegExp(`(?<![\\p{L}])${noun}s?(?![\\p{L}])`, 'iu').test(text);

const WHO_HOLDS =
  /^\s*(?:who\s+(?:is|was|'s)|what(?:\s+is|'s)\s+the\s+name\s+of)\s+(?:the\s+)?((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+?)(\s+(?:of|for|at|in)\s+[^?]{1,60}?)?\s*\??\s*$/iu;

/** "operated by Aegean Blue Lines", "the contractor Apex", "Apex, the contractor": whether a text names a body as the role's holder. */
function bodyNamedAs(head: string): (text: string) => boolean {
  const noun = head.toLowerCase().replace(/s$/, '');
  const verbs = new Set(verbStemsOfDoer(noun));
  const named = new RegExp(`\\b${noun}s?,?\\s+\\p{Lu}|\\p{Lu}[\\p{L}&'’-]+,\\s+(?:a|an|the|its)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b`, 'u');
  return (text) => agentVerbStems(text).some((verb) => verbs.has(verb)) || named.test(text);
}

/** "the prime minister", when the question asks who holds a role and no person of the article holds it. */
const EVENT_ROLE = /^(?:victims?|winners?|losers?|runner-up|killers?|murderers?|suspects?|attackers?|gunman|gunmen|shooters?|culprits?|thie(?:f|ves)|robbers?|survivors?|witness(?:es)?|heroe?s?|champions?|perpetrators?|bombers?|assailants?|hostages?|casualt(?:y|ies)|dead|claimants?|plaintiffs?|defendants?|respondents?|appellants?|accused|complainants?)$/i;

function roleNobodyHolds(articles: readonly PreparedArticle[], question: string): string | null {
  const [, role, where = ''] = WHO_HOLDS.exec(question) ?? [];
  const head = role?.split(/\s+/).at(-1) ?? '';
  // "Who was the victim?", "Who won?": a part in the events may be named without the word; an office is named by it.
  // "Who was her husband?": a relative may be named without the word ("married to X").
  // "Who is the ferry operator?": a company may hold it, and companies are not among the people.
  if (!role || !(isRoleNoun(head) || isTitleWord(head)) || EVENT_ROLE.test(head) || isKinshipNoun(head) || /^(?:his|her|their|its|my|our|your)\s/i.test(role)) return null;
  const namesBody = isFirmRole(head) ? bodyNamedAs(head) : null;
  if (namesBody && articles.some((prepared) => prepared.sentences.some((sentence) => namesBody(sentence.text)))) return null;
  const words = articles.map((prepared) => articleWordsOf(prepared.vocabulary));
  const held = articles.some((prepared, index) => prepared.people.some((person) => matchRole(role, person, words[index]) > 0));
  // "Who is Okonkwo's trainer?": a sentence about "Reyes's trainer" does not say.
  const possessor = /^(\p{Lu}[\p{L}'’-]*?)['’]s\s/u.exec(role)?.[1];
  // An unnamed source holds the role when its description has the role's noun ("a NASA official" is no administrator).
  const unnamed = unnamedSpeakerMatches(articles, role).some(({ person }) => person.roles.some((description) => nounIn(head, description)));
  // "The victim, identified as Tyler Brennan, …": a sentence naming someone beside the role may well say who.
  // "The author of the plan, a retired engineer, …": one describing the role of the same thing asked about, too.
  const whereTerms = textTerms(where);
  const describedBeside = (sentence: Sentence): boolean => {
    const terms = textTerms(sentence.text);
    return whereTerms.length > 0 && whereTerms.every((term) => terms.includes(term));
  };
  // "Ana Lourenço, who hosted the gathering,": the verb whose doer the role is names its holder as well as the noun.
  const doerVerbs = new Set(verbStemsOfDoer(head.toLowerCase()));
  const doerVerbIn = (text: string): boolean => scanTokens(text).some((token) => /(?:ed|ing)$/.test(token.folded) && doerVerbs.has(token.stem ?? ''));
  const namedBeside = articles.some((prepared) =>
    prepared.sentences.some(
      (sentence) =>
        (nounIn(head, sentence.text) || doerVerbIn(sentence.text)) &&
        (possessor === undefined || sentence.text.includes(possessor)) &&
        (describedBeside(sentence) || prepared.people.some((person) => [person.name, ...person.aliases].some((form) => form.length > 2 && sentence.text.includes(form)))),
    ),
  );
  // "the Prime Minister" reads "the prime minister"; "the NASA administrator" keeps its capitals.
  const worded = role.replace(/\p{Lu}[\p{Ll}.'’-]+/gu, (word) => (isRoleNoun(word.toLowerCase()) || isTitleWord(word) ? word.toLowerCase() : word));
  // "Who is Mehra's coach?" → "Mehra's coach", not "the Mehra's coach".
  const determiner = /^\p{Lu}[\p{L}-]*['’]s\s/u.test(worded) ? '' : 'the ';
  return held || unnamed || namedBeside ? null : `${determiner}${worded}${where}`;
}

/** At most this many sentences are added to finish a quotation an answer sentence opens. */
const QUOTATION_TAIL = 2;

/**
 * The sentences, each followed by the rest of a quotation it leaves open ('"This was not a panic.' → 'This was a
 * plan," Kwon said.'), so no answer ends inside quote marks — and, `withOpening`, preceded by the start of one it is in
 * the middle of; without repeats.
 */
function withRestOfQuotation(prepared: PreparedArticle, sentences: readonly Sentence[], withOpening = false): Sentence[] {
  const result: Sentence[] = [];
  const add = (sentence: Sentence): void => {
    if (!result.some((seen) => seen.id === sentence.id)) result.push(sentence);
  };
  for (const sentence of sentences) {
    const text = prepared.article.paragraphs.find((paragraph) => paragraph.number === sentence.paragraph)?.text ?? '';
    const spans = findQuoteSpans(text);
    if (withOpening) {
      // '… This was a plan," Kwon said' starts inside a quotation: its opening sentence comes first.
      const inside = spans.find((span) => span.start < sentence.start && span.end > sentence.start);
      const opening = inside ? prepared.sentences.slice(Math.max(0, sentence.id - QUOTATION_TAIL), sentence.id) : [];
      for (const before of opening) if (before.paragraph === sentence.paragraph && before.end > inside!.start) add(before);
    }
    add(sentence);
    const open = spans.find((span) => span.closed && span.start < sentence.end && span.end > sentence.end);
    if (!open) continue;
    for (let next = sentence.id + 1; next <= sentence.id + QUOTATION_TAIL; next++) {
      const following = prepared.sentences[next];
      if (!following || following.paragraph !== sentence.paragraph) break;
      add(following);
      if (following.end >= open.end) break;
    }
  }
  return result;
}
