import MiniSearch from 'minisearch';
import { isNewsStory } from '../article/dateline.js';
import type { Article } from '../article/types.js';
import type { Person, Sentence } from '../nlp/types.js';
import type { ArticleIndex, SentenceHit } from './article-index.js';
import { findTermInParagraphs, scanParagraph } from './find-paragraphs.js';
import { type AnalyzedQuestion, analyzeQuestion } from './query.js';
import { type CandidateRow, candidateRows, type IndexedSentence, rankCandidates, type RetrievedCandidate, scoringQuestion, withTypoForms } from './rank.js';
import { sentenceFeatures } from './sentence-features.js';
import { scanTokens, termsOfTokens, textTerms } from './tokens.js';
import { escapeRegExp } from '../text/escape-regexp.js';

interface SentenceDocument {
  id: number;
  text: string;
  section: string;
  people: string;
}

/** Sentence search of one article: retrieval, then the learned re-ranking; `candidateRows` exposes the ranker's inputs for training. */
export interface SentenceSearch {
  search(question: string, limit: number): SentenceHit[];
  candidateRows(question: string): CandidateRow[];
}

// Tuned on the shared QA sets and the seed questions: names and headings help, but less than the sentence itself.
const FIELD_BOOST = { text: 1, people: 0.5, section: 0.3 };
const CANDIDATES = 40;
const NEWS_LEAD_PARAGRAPHS = 2;
/** The sentences next to this many of the best retrieved ones are candidates too: an answer often follows the sentence naming its subject. */
const NEIGHBOURS_OF = 10;
/**
 * In an article of at most this many sentences (a news story), every sentence is a candidate, so a question worded
 * unlike its answer ("Who is responsible?") still reaches it through word meaning; longer texts rely on retrieval.
 */
const ALL_SENTENCES_UP_TO = 100;
const OPENING_PRONOUN = /^(?:he|she|it|they|his|her|its|their|this|these|those|that|such)$/i;
const TWO_CAPITALISED_WORDS = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

function mentionedPeople(text: string, people: readonly Person[]): Person[] {
  const lower = text.toLowerCase();
  return people.filter((person) =>
    [person.name, ...person.aliases].some((name) => name.length > 1 && new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`, 'u').test(lower)),
  );
}

function indexSentences(article: Article, sentences: Sentence[], people: Person[]): IndexedSentence[] {
  const newsStyle = isNewsStory(article);
  const sectionOf = new Map(article.paragraphs.map((paragraph) => [paragraph.number, paragraph.section]));
  const own = sentences.map((sentence) => {
    const named = mentionedPeople(sentence.text, people);
    const peopleText = named.flatMap((person) => [person.name, ...person.aliases]).join(' ; ');
    const tokens = scanTokens(sentence.text);
    const terms = [...termsOfTokens(tokens), ...textTerms(peopleText)];
    const namesPerson = named.length > 0 || (people.length === 0 && TWO_CAPITALISED_WORDS.test(sentence.text.slice(1)));
    const features = sentenceFeatures(sentence.text, tokens, terms, namesPerson);
    return { sentence, terms: new Set(terms), features, peopleText, length: features.sequence.length };
  });
  const paragraphTerms = new Map<number, Set<string>>();
  const siblingTerms = new Map<number, Array<ReadonlySet<string>>>();
  for (const entry of own) {
    siblingTerms.set(entry.sentence.paragraph, [...(siblingTerms.get(entry.sentence.paragraph) ?? []), entry.terms]);
    const terms = paragraphTerms.get(entry.sentence.paragraph) ?? new Set(textTerms(sectionOf.get(entry.sentence.paragraph) ?? ''));
    for (const term of entry.terms) terms.add(term);
    paragraphTerms.set(entry.sentence.paragraph, terms);
  }
  return own.map((entry, i) => {
    const inParagraph = (other: (typeof own)[number] | undefined): other is (typeof own)[number] => other?.sentence.paragraph === entry.sentence.paragraph;
    const neighbours = [own[i - 1], own[i + 1]].filter(inParagraph);
    const heading = textTerms(sectionOf.get(entry.sentence.paragraph) ?? '');
    let positionInParagraph = 0;
    while (inParagraph(own[i - positionInParagraph - 1])) positionInParagraph += 1;
    const [previous, next] = [own[i - 1], own[i + 1]].map((other) => (inParagraph(other) ? other.terms : null));
    return {
      ...entry,
      previousTerms: previous ?? null,
      nextTerms: next ?? null,
      opensWithPronoun: OPENING_PRONOUN.test(/^\P{L}*(\p{L}+)/u.exec(entry.sentence.text)?.[1] ?? ''),
      windowTerms: new Set([...entry.terms, ...heading, ...neighbours.flatMap((other) => [...other.terms])]),
      paragraphTerms: paragraphTerms.get(entry.sentence.paragraph)!,
      siblingTerms: siblingTerms.get(entry.sentence.paragraph)!,
      positionInParagraph,
      inNewsLead: newsStyle && entry.sentence.paragraph <= NEWS_LEAD_PARAGRAPHS,
    };
  });
}

/** Builds the sentence search of one article (see SentenceSearch). */
export function buildSentenceSearch(article: Article, sentences: Sentence[], people: Person[]): SentenceSearch {
  const sectionOf = new Map(article.paragraphs.map((paragraph) => [paragraph.number, paragraph.section]));
  const indexed = indexSentences(article, sentences, people);
  const articleTerms = new Set(indexed.flatMap((entry) => [...entry.terms]));
  const miniSearch = new MiniSearch<SentenceDocument>({
    fields: ['text', 'section', 'people'],
    tokenize: textTerms,
    processTerm: (term) => term,
    searchOptions: { tokenize: (query) => query.split(' ').filter(Boolean), processTerm: (term) => term },
  });
  miniSearch.addAll(
    indexed.map(({ sentence, peopleText }) => ({
      id: sentence.id,
      text: sentence.text,
      section: sectionOf.get(sentence.paragraph) ?? '',
      people: peopleText,
    })),
  );
  const byId = new Map(indexed.map((entry) => [entry.sentence.id, entry]));
  const fullNameOfAlias = fullNamesByAlias(people);

  const retrieve = (question: string): { analyzed: AnalyzedQuestion; candidates: RetrievedCandidate[] } | null => {
    const asked = analyzeQuestion(question);
    if (asked.groups.length === 0) return null;
    const analyzed = { ...asked, groups: withTypoForms(asked.groups, articleTerms), aliasRuns: aliasRunsOf(question, fullNameOfAlias) };
    const queryTerms = analyzed.groups.flatMap((group) => group.forms);
    const lastPrimary = analyzed.groups.at(-1)!.primary;
    const shareOf = new Map(analyzed.groups.flatMap((group) => group.forms.map((form) => [form, group.share] as const)));
    const results = miniSearch.search(queryTerms.join(' '), {
      boost: FIELD_BOOST,
      fuzzy: (term) => (term.length >= 5 && !term.startsWith('=') ? 0.2 : false),
      prefix: (term) => term === lastPrimary && term.length >= 3 && !term.startsWith('='),
      boostTerm: (term) => shareOf.get(term) ?? 1,
    });
    const retrieved = results.slice(0, CANDIDATES).map((result) => ({ entry: byId.get(Number(result.id))!, score: result.score }));
    const near = [...retrieved, ...neighboursOf(retrieved.slice(0, NEIGHBOURS_OF), retrieved)];
    return { analyzed, candidates: [...near, ...unretrieved(near)] };
  };

  const unretrieved = (taken: readonly RetrievedCandidate[]): RetrievedCandidate[] => {
    if (indexed.length > ALL_SENTENCES_UP_TO) return [];
    const ids = new Set(taken.map(({ entry }) => entry.sentence.id));
    return indexed.filter((entry) => !ids.has(entry.sentence.id)).map((entry) => ({ entry, score: 0 }));
  };

  const neighboursOf = (best: readonly RetrievedCandidate[], retrieved: readonly RetrievedCandidate[]): RetrievedCandidate[] => {
    const taken = new Set(retrieved.map(({ entry }) => entry.sentence.id));
    const added: RetrievedCandidate[] = [];
    for (const { entry } of best) {
      for (const id of [entry.sentence.id - 1, entry.sentence.id + 1]) {
        const neighbour = byId.get(id);
        if (!neighbour || neighbour.sentence.paragraph !== entry.sentence.paragraph || taken.has(id)) continue;
        taken.add(id);
        added.push({ entry: neighbour, score: 0 });
      }
    }
    return added;
  };

  return {
    search(question, limit) {
      const retrieved = retrieve(question);
      return retrieved ? rankCandidates(retrieved.candidates, retrieved.analyzed, indexed, articleTerms, limit) : [];
    },
    candidateRows(question) {
      const retrieved = retrieve(question);
      return retrieved ? candidateRows(retrieved.candidates, scoringQuestion(retrieved.analyzed, indexed)) : [];
    },
  };
}

/** "Vellani" → marco, vellani: each one-word alias that only one person with a longer name goes by. */
function fullNamesByAlias(people: readonly Person[]): Map<string, string[]> {
  const owners = new Map<string, string[][]>();
  for (const person of people) {
    const name = scanTokens(person.name).map((token) => token.folded);
    if (name.length < 2) continue;
    for (const alias of person.aliases) {
      const words = scanTokens(alias).map((token) => token.folded);
      if (words.length === 1) owners.set(words[0]!, [...(owners.get(words[0]!) ?? []), name]);
    }
  }
  return new Map([...owners].filter(([, names]) => names.length === 1).map(([alias, names]) => [alias, names[0]!]));
}

function aliasRunsOf(question: string, fullNameOfAlias: ReadonlyMap<string, string[]>): string[][] {
  const tokens = scanTokens(question);
  return tokens
    .filter((token, index) => index > 0 && /^\p{Lu}/u.test(token.surface) && !/^\p{Lu}/u.test(tokens[index - 1]?.surface ?? '') && !/^\p{Lu}/u.test(tokens[index + 1]?.surface ?? ''))
    .map((token) => fullNameOfAlias.get(token.folded))
    .filter((name): name is string[] => name !== undefined);
}

/** Builds the search index of one article: sentences for /ask, paragraphs for /quote. */
export function buildArticleIndex(article: Article, sentences: Sentence[], people: Person[]): ArticleIndex {
  const sentenceSearch = buildSentenceSearch(article, sentences, people);
  const scannedParagraphs = article.paragraphs.map(scanParagraph);
  return {
    searchSentences: (question, limit = 5) => sentenceSearch.search(question, limit),
    findParagraphs: (term) => findTermInParagraphs(scannedParagraphs, term),
  };
}
