import type { Sentence } from '../nlp/types.js';
import type { SentenceHit } from './article-index.js';
import { answerChance, linearScore } from './learned-ranker.js';
import type { AnalyzedQuestion, QueryTermGroup } from './query.js';
import { candidateFeatures, covers, meaningCoverage, type RankableSentence, type ScoringQuestion, termCoverage } from './ranking-features.js';
import type { AnswerType } from './answer-type.js';
import { findConcepts, scanTokens, textTerms } from './tokens.js';
import { editDistance } from '../text/edit-distance.js';
import { meanDirection, stemSimilarity } from './word-vectors.js';
import { newsRelatedStems } from './related-words.js';
import { isTitleWord } from '../nlp/gazetteer.js';
import { agentVerbs } from './agent-phrase.js';

export interface IndexedSentence extends RankableSentence {
  sentence: Sentence;
  peopleText: string;
}

export interface RetrievedCandidate {
  entry: IndexedSentence;
  /** The MiniSearch score. */
  score: number;
}

export interface CandidateRow {
  entry: IndexedSentence;
  features: number[];
  /** The rarity-weighted share of the question the sentence covers (the `coverage` feature). */
  coverage: number;
}

const NAME_WEIGHT = 1.5;

/** Rare words say more about where the answer is than common ones; words the article lacks weigh most. */
function groupWeights(groups: readonly QueryTermGroup[], all: readonly IndexedSentence[]): number[] {
  return groups.map((group) => {
    const df = all.filter((entry) => covers(entry.terms, group)).length;
    return Math.log(1 + (all.length + 1) / (df + 0.5)) * (group.isName ? NAME_WEIGHT : 1) * group.share;
  });
}

function matchedSurfaces(sentence: Sentence, groups: readonly QueryTermGroup[]): string[] {
  // "competes" for "competitor", "refund" for "compensation": the words news uses for the same thing match too (WordNet's
  // looser synonyms would answer questions the article cannot: "salary" → "pay").
  const forms = new Set(groups.flatMap((group) => group.forms.flatMap((form) => [form, ...newsRelatedStems(form)])));
  const tokens = scanTokens(sentence.text);
  const surfaces = tokens.filter((token) => token.stem && forms.has(token.stem)).map((token) => token.surface);
  for (const span of findConcepts(tokens)) {
    if (span.concepts.some((concept) => forms.has(concept))) {
      surfaces.push(sentence.text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end));
    }
  }
  return [...new Set(surfaces)];
}

/** Misspelt question words ("Dafur") also count through the article's words one or two edits away. */
export function withTypoForms(groups: readonly QueryTermGroup[], vocabulary: ReadonlySet<string>): QueryTermGroup[] {
  return groups.map((group) => {
    if (group.primary.length < 5 || group.forms.some((form) => vocabulary.has(form))) return group;
    const allowed = group.primary.length >= 10 ? 2 : 1;
    const close = [...vocabulary].filter((term) => Math.abs(term.length - group.primary.length) <= allowed && editDistance(term, group.primary) <= allowed);
    return close.length > 0 ? { ...group, forms: [...group.forms, ...close] } : group;
  });
}


/** The question with what scoring every candidate shares: the rarity of its words in this article. */
export function scoringQuestion(question: AnalyzedQuestion, all: readonly IndexedSentence[]): ScoringQuestion {
  const cache = question.groups.map(() => new Map<string, number>());
  const weights = groupWeights(question.groups, all);
  const weightOf = new Map(question.groups.map((group, i) => [group.primary, weights[i]!]));
  const meaningOfSet = new WeakMap<ReadonlySet<string>, number>();
  const scoring: ScoringQuestion = {
    question,
    weights,
    direction: meanDirection(weightOf.keys(), (stem) => weightOf.get(stem) ?? 0),
    forms: new Set(question.groups.flatMap((group) => group.forms)),
    sentenceCount: all.length,
    similarity: (group, stem) => {
      const known = cache[group]!.get(stem);
      if (known !== undefined) return known;
      const value = stemSimilarity(question.groups[group]!.primary, stem);
      cache[group]!.set(stem, value);
      return value;
    },
    meaningOf: (terms) => {
      let value = meaningOfSet.get(terms);
      if (value === undefined) {
        value = meaningCoverage(terms, terms, scoring);
        meaningOfSet.set(terms, value);
      }
      return value;
    },
  };
  return scoring;
}

/** The ranker's features for each retrieved candidate, in retrieval order (what eval/train-ranker.ts learns from). */
export function candidateRows(candidates: readonly RetrievedCandidate[], scoring: ScoringQuestion): CandidateRow[] {
  if (candidates.length === 0) return [];
  const { question, weights } = scoring;
  const top = Math.max(...candidates.map((candidate) => candidate.score));
  const coverages = candidates.map(({ entry }) => termCoverage(entry.terms, question.groups, weights));
  const bestCoverage = Math.max(...coverages);
  return candidates.map(({ entry, score }, rank) => ({
    entry,
    features: candidateFeatures(entry, { relative: top > 0 ? score / top : 0, rank, bestCoverage }, scoring),
    coverage: coverages[rank]!,
  }));
}

/** Re-ranks retrieval candidates with the learned model (src/search/data/ranker-weights.json). */
export function rankCandidates(
  candidates: readonly RetrievedCandidate[],
  question: AnalyzedQuestion,
  all: readonly IndexedSentence[],
  articleTerms: ReadonlySet<string>,
  limit: number,
): SentenceHit[] {
  const scoring = scoringQuestion(question, all);
  const rows = candidateRows(candidates, scoring);
  if (rows.length === 0) return [];
  const topicCoverage = termCoverage(articleTerms, question.groups, scoring.weights);
  const topicMeaning = scoring.meaningOf(articleTerms);
  const scored = rows
    .map((row) => ({ ...row, score: linearScore(row.features) }))
    .sort((a, b) => b.score - a.score || a.entry.sentence.id - b.entry.sentence.id);
  const hitOf = ({ entry, score, coverage }: (typeof scored)[number]): SentenceHit => ({
    sentenceId: entry.sentence.id,
    score: answerChance(score),
    coverage,
    topicCoverage,
    topicMeaning,
    matchedTerms: matchedSurfaces(entry.sentence, question.groups),
  });
  // The most specific evidence first: a unit, then a figure of the kind asked for, then names.
  // In a news story the learned lead bias can bury the sentence with the answer's kind; elsewhere (encyclopaedia text)
  // the figure and name rules cost more than they gain (10,113 SQuAD questions: 78.1 without them, 77.7 with).
  const news = all.some((entry) => entry.inNewsLead);
  const named = wholeNameRow(scored, question);
  if (named > 0) return promote(scored, named, hitOf, limit);
  const lead = news ? soleWordLeadRow(scored, question) : -1;
  if (lead > 0) return promote(scored, lead, hitOf, limit);
  const agent = agentRow(scored, question);
  if (agent > 0) return promote(scored, agent, hitOf, limit);
  const counted = countedRow(scored, question, all);
  if (counted > 0) return promote(scored, counted, hitOf, limit);
  const measure = askedMeasureRow(scored, question);
  const figure = measure >= 0 || !news ? measure : askedFigureRow(scored, question);
  const items = figure >= 0 || !news ? figure : namedItemsRow(scored, question);
  const promoted = items >= 0 || !news ? items : statedReasonRow(scored, question);
  if (promoted <= 0) return scored.slice(0, limit).map(hitOf);
  return promote(scored, promoted, hitOf, limit);
}

/**
 * "Who won?", "Who died?" of a news story: with one word to go on, the lead's first sentence that says it (by the word
 * or one news copy uses for it: "beating", "killing") answers; later sentences only share the word ("after winning the
 * Candidates Tournament", "He will win more").
 */
function soleWordLeadRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion): number {
  // "Who won the fight?" is "Who won?" of the story's own contest: the lead says it "to win the WBC heavyweight title".
  const events = question.groups.length === 2 ? question.groups.filter((candidate) => candidate.forms.some((form) => CONTEST_STEMS.has(form))) : [];
  const group = events.length === 1 ? question.groups.find((candidate) => candidate !== events[0]) : question.groups[0];
  // Only "who": "Where is the bridge?", "What was stolen?" are answered by a detail further down.
  if (question.answerType !== 'person' || question.groups.length !== 1 + events.length || !group || group.isName || ranked.length < 2) return -1;
  const firstParagraph = Math.min(...ranked.map((row) => row.entry.sentence.paragraph));
  let lead = -1;
  ranked.forEach((row, index) => {
    // By the word or news copy's word for it ("beating" for "won"), not a looser synonym.
    const says = covers(row.entry.terms, group!) || group!.forms.some((form) => newsRelatedStems(form).some((stem) => row.entry.terms.has(stem)));
    if (!row.entry.inNewsLead || row.entry.sentence.paragraph !== firstParagraph || !says) return;
    // "Who was sentenced?" is not answered by a lead about "a wealthy businessman": a person must be named.
    if ((row.entry.features.candidates.get('person')?.size ?? 0) === 0) return;
    if (lead < 0 || row.entry.sentence.id < ranked[lead]!.entry.sentence.id) lead = index;
  });
  return lead;
}

const CONTEST_STEMS: ReadonlySet<string> = new Set(
  ['fight', 'bout', 'race', 'match', 'game', 'final', 'title', 'election', 'tournament', 'championship', 'contest', 'cup', 'trophy', 'derby', 'marathon', 'vote', 'runoff', 'primary'].flatMap(textTerms),
);

/** Puts one row first with the best row's score, keeping what it was promoted over (answerability weighs both). */
function promote<Row>(scored: readonly Row[], promoted: number, hitOf: (row: Row) => SentenceHit, limit: number): SentenceHit[] {
  const [best, runnerUp] = scored.map((row, index) => (index < 2 ? hitOf(row) : undefined));
  const first: SentenceHit = { ...hitOf(scored[promoted]!), score: best!.score, promotedOver: { best: best!, runnerUp } };
  return [first, ...scored.filter((_, index) => index !== promoted).slice(0, limit - 1).map(hitOf)];
}

/** How far below the best a sentence counting the thing asked about may be and still come first. */
const COUNTED_MARGIN = 3;

/** "How many stars did the album get?": when the best sentence counts nothing of the kind and one close behind it does ("Four stars out of five."), that one. */
function countedRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion, all: readonly IndexedSentence[]): number {
  const { counted } = question;
  if (counted === null || ranked.length < 2) return -1;
  const best = ranked[0]!;
  if (best.entry.features.counted.has(counted)) return -1;
  // Only a thing one sentence names: "stars" of a review, not "patients" of a hospital story (with two, the shared QA
  // and reviews' questions lose as many answers as they gain).
  if (all.filter((entry) => entry.terms.has(counted)).length > 1) return -1;
  return ranked.findIndex((row) => row.entry.features.counted.has(counted) && row.score >= best.score - COUNTED_MARGIN);
}

// "operated by Aegean Blue Lines", "directed by the Iranian Leila Farahani": a passive verb and who did it.
/** How far below the best a sentence naming who did what is asked about may be and still come first. */
const AGENT_MARGIN = 3;

/**
 * "Who operated the ferry?", "Who is the ferry operator?": when the best sentence does not say by whom, one close behind
 * it that does ("… was operated by Aegean Blue Lines") answers.
 */
function agentRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion): number {
  // "Who was released?" asks who it was done to.
  if (question.answerType !== 'person' || question.passive || ranked.length < 2) return -1;
  // "operator" is done by whoever "operated"; "builder", "owner", "maker" likewise.
  const asked = new Set(question.groups.filter((group) => !group.isName).flatMap((group) => group.forms.flatMap((form) => [form, form.replace(/(?:er|or)$/, ''), form.replace(/(?:er|or)$/, 'e')])));
  // "Who rode Copper Kettle?": a name asked about that comes only after the verb is not what was done
  // ("Lad, ridden by Y, held off Copper Kettle"), unless the verb opens the sentence ("Developed by X, Starfall is …").
  const aboutName = (text: string, at: number): boolean =>
    /^\W*$/.test(text.slice(0, at)) ||
    question.nameRuns.every((run) => hasRunIn(foldedWords(text.slice(0, at)), run) || !hasRunIn(foldedWords(text.slice(at)), run));
  const namesAgent = (text: string): boolean => agentVerbs(text).some((verb) => asked.has(verb.stem) && aboutName(text, verb.index));
  const best = ranked[0]!;
  // "Who plays Ruth?" answered by "Jessica Hale plays Ruth": the best already says it, in the active voice.
  // Its words all there count only when it names no one else as the doer ("Lad, ridden by Y, … Copper Kettle").
  const doerOfOther = agentVerbs(best.entry.sentence.text).some((verb) => asked.has(verb.stem));
  if (namesAgent(best.entry.sentence.text) || (!doerOfOther && question.groups.every((group) => covers(best.entry.terms, group)))) return -1;
  return ranked.findIndex((row) => namesAgent(row.entry.sentence.text) && row.score >= best.score - AGENT_MARGIN);
}

/** How far below the best a sentence with the whole name asked about may be and still come first. */
const WHOLE_NAME_MARGIN = 3;

/**
 * "Who won the Silver Lion?": when the best sentence has another name sharing a word with the one asked about ("won the
 * Golden Lion", "Robert Hale" for "Peter Hale") and one close behind it has the name whole, that one answers.
 */
function wholeNameRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion): number {
  const aliasRuns = question.aliasRuns ?? [];
  if (question.nameRuns.length + aliasRuns.length === 0 || ranked.length < 2) return -1;
  const best = ranked[0]!;
  const contradicts = (entry: IndexedSentence, run: readonly string[]): boolean => !hasRun(entry, run) && namesOtherThan(entry.sentence.text, run);
  // "What channel replaced Sky Travel?": the other name ("Sky Three") may be the answer.
  const contradicted = question.focus !== null ? [] : question.nameRuns.filter((run) => contradicts(best.entry, run));
  // "Which team did Vellani ride for?": "Vellani" alone is Marco Vellani, so "Luca Vellani" is another person, and a
  // sentence naming "Vellani" alone answers.
  const contradictedAliases = aliasRuns.filter((run) => contradicts(best.entry, run));
  if (contradicted.length + contradictedAliases.length === 0) return -1;
  // A sentence about them may not name them ("The 29-year-old climber, who rides for …"); it must not name the other.
  const namesAlias = (entry: IndexedSentence, run: readonly string[]): boolean => !contradicts(entry, run);
  return ranked.findIndex(
    (row) =>
      row.score >= best.score - WHOLE_NAME_MARGIN &&
      contradicted.every((run) => hasRun(row.entry, run)) &&
      contradictedAliases.every((run) => hasRun(row.entry, run) || namesAlias(row.entry, run)),
  );
}

const foldedWords = (text: string): string[] => scanTokens(text).map((token) => token.folded);

/** The name's words in a row in the sentence. */
function hasRun(entry: IndexedSentence, run: readonly string[]): boolean {
  return hasRunIn(foldedWords(entry.sentence.text), run);
}

function hasRunIn(words: readonly string[], run: readonly string[]): boolean {
  return words.some((_, at) => run.every((word, k) => words[at + k] === word));
}

/** A word of the name beside a capitalised word the name does not have there ("Golden Lion" against "Silver Lion"). */
function namesOtherThan(text: string, run: readonly string[]): boolean {
  const tokens = scanTokens(text);
  // "London, Bond" is two names; "Golden Lion" one.
  const joined = (left: number): boolean => tokens[left] !== undefined && tokens[left + 1] !== undefined && text.slice(tokens[left]!.end, tokens[left + 1]!.start) === ' ';
  const capitalisedOther = (at: number, expected: string | undefined): boolean => {
    const token = tokens[at];
    return token !== undefined && expected !== undefined && /^\p{Lu}/u.test(token.surface) && token.folded !== expected && !isTitleWord(token.surface);
  };
  return tokens.some((token, at) => {
    const k = run.indexOf(token.folded);
    if (k < 0) return false;
    return (k > 0 && joined(at - 1) && capitalisedOther(at - 1, run[k - 1])) || (k < run.length - 1 && joined(at) && capitalisedOther(at + 1, run[k + 1]));
  });
}

/** Answer types a sentence cannot answer without holding that figure ("How much will it cost?" needs money). */
const FIGURE_ANSWERS: ReadonlySet<AnswerType> = new Set<AnswerType>(['money', 'percent', 'number']);
/** How far (in linear score) below the best a sentence with the figure may be and still come first: on the shared QA sets 2 changes nothing, 3.5 and 5 give +1.2 top-1. */
const FIGURE_MARGIN = 3.5;
// "By how much did it rise?": a change, which a percentage measures as well as a sum.
const CHANGE_WORDS = /^(?:by|rais\w*|rise|rose|risen|cut|increas\w*|decreas\w*|fell|fall\w*|drop\w*|grow\w*|grew|reduc\w*|jump\w*|climb\w*)$/;

/**
 * "How much will Remevia cost?": when the best sentence holds no figure of the kind asked for and one close behind it
 * does ("… list the drug at $28,500 a year"), that one answers — if it names every person the question and the best
 * sentence name ("How much did Lena Moss earn?" is not answered by the film's gross).
 */
function askedFigureRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion): number {
  if (!FIGURE_ANSWERS.has(question.answerType) || ranked.length < 2) return -1;
  const holds = (row: (typeof ranked)[number], type: AnswerType): boolean => (row.entry.features.candidates.get(type)?.size ?? 0) > 0;
  const best = ranked[0]!;
  // "By how much did the studio raise its forecast?" is answered by "by 10 percent" as well as by a sum.
  const asksForChange = [...question.words].some((word) => CHANGE_WORDS.test(word));
  const bestAnswers = holds(best, question.answerType) || (asksForChange && (holds(best, 'money') || holds(best, 'percent')));
  if (bestAnswers) return -1;
  const peopleOfBest = new Set(textTerms(best.entry.peopleText));
  const people = question.groups.filter((group) => group.isName && group.forms.some((form) => peopleOfBest.has(form)));
  return ranked.findIndex(
    (row) => holds(row, question.answerType) && row.score >= best.score - FIGURE_MARGIN && people.every((group) => covers(row.entry.terms, group)),
  );
}

/** How far below the best a sentence naming what "which …" asks for may be and still come first (at 5 it buries good answers). */
const NAMED_MARGIN = 3;

/**
 * "Which hospitals diverted ambulances?": when the best sentence only counts them ("three of its emergency rooms") and
 * one close behind it names new things beside the word asked about ("Meridian General, St. Brendan and Lakeview"),
 * that one answers.
 */
function namedItemsRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion): number {
  const { focus } = question;
  if (focus === null || !(question.words.has('which') || question.words.has('what')) || !['other', 'entity'].includes(question.answerType) || ranked.length < 2) return -1;
  const names = (row: (typeof ranked)[number]): boolean =>
    [...(row.entry.features.candidates.get('entity') ?? [])].some((candidate) => !question.words.has(candidate) && candidate !== focus);
  const best = ranked[0]!;
  if (names(best)) return -1;
  return ranked.findIndex((row) => names(row) && row.entry.terms.has(focus) && row.score >= best.score - NAMED_MARGIN);
}

// Words that give a cause outright; "after", "over" or "for" (which most leads have) do not.
const STATED_REASON = /\b(?:because|due to|as a result of|caused by|blamed (?:on|for)|the reason|reasons? (?:for|why)|so that|in order to|led to|prompted|triggered|citing)\b/i;
/** How far below the best a sentence giving a cause may be and still come first. */
const REASON_MARGIN = 3;

/**
 * "Why are hospitals targeted?": when the best sentence (a lead, in news) gives no cause and one close behind it does
 * ("Hospitals are the perfect target because …") and says something of what is asked besides names, that one.
 */
function statedReasonRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion): number {
  if (question.answerType !== 'reason' || ranked.length < 2) return -1;
  const best = ranked[0]!;
  // Only against the lead's bias: a later best sentence got there on its words.
  if (!best.entry.inNewsLead || STATED_REASON.test(best.entry.sentence.text)) return -1;
  const asked = question.groups.filter((group) => !group.isName);
  return ranked.findIndex(
    (row) => STATED_REASON.test(row.entry.sentence.text) && row.score >= best.score - REASON_MARGIN && asked.some((group) => covers(row.entry.terms, group)),
  );
}

// "How fast …?", "How far …?": the unit a figure must carry to answer.
const MEASURES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:fast|speed|quick|quickly)$/, /\d\s*(?:km\/h|kph|mph|knots?|(?:kilomet(?:er|re)s?|miles)\s+(?:per|an)\s+hour)\b/i],
  [/^(?:far|distance|away)$/, /\d\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|light-years?|nautical\s+miles?)\b/i],
  [/^(?:tall|high|height|deep|depth)$/, /\d\s*(?:m|metres?|meters?|feet|ft|km|kilomet(?:er|re)s?)\b/i],
  [/^(?:heavy|weight|weigh|weighs)$/, /\d\s*(?:kg|kilograms?|tonnes?|tons?|pounds?|lbs?)\b/i],
  // "What was the final score?": a result written as "2-1" or "6-7 (4), 6-3".
  [/^(?:score|scoreline)$/, /(?<![\d.,-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d-])/],
];
/** Units are strong evidence: a sentence with the measure asked for may be this far below the best. */
const MEASURE_MARGIN = 5;

/** "How fast was the train going?": when the best sentence has no speed and one close behind it has ("132 kilometres per hour"), that one. */
function askedMeasureRow(ranked: ReadonlyArray<{ entry: IndexedSentence; score: number }>, question: AnalyzedQuestion): number {
  if (question.answerType !== 'number' || ranked.length < 2) return -1;
  const unit = MEASURES.find(([asked]) => [...question.words].some((word) => asked.test(word)))?.[1];
  if (!unit) return -1;
  const best = ranked[0]!;
  if (unit.test(best.entry.sentence.text)) return -1;
  return ranked.findIndex((row) => unit.test(row.entry.sentence.text) && row.score >= best.score - MEASURE_MARGIN);
}
