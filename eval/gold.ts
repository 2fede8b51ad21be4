/**
 * Scores people (roles, aliases) and attributions (speaker, claim, outlet) against the hand-annotated
 * gold set in tests/fixtures/gold, tuned and held-out articles separately, beside a naive baseline.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { articleFromPlainText } from '../src/article/plain-text.js';
import type { Article } from '../src/article/types.js';
import { extractAttributions } from '../src/nlp/attributions.js';
import { extractPeople } from '../src/nlp/people.js';
import { splitSentences } from '../src/nlp/sentences.js';
import type { Attribution, Person, Sentence } from '../src/nlp/types.js';

export interface GoldPerson {
  name: string;
  aliases: string[];
  roles: string[];
}

export interface GoldAttribution {
  paragraph: number;
  speaker: string | null;
  outlet: string | null;
  quote: string;
}

export interface GoldArticle {
  id: string;
  heldout: boolean;
  /** The article text file, next to the JSON. */
  text: string;
  source: { file: string; provenance: string };
  people: GoldPerson[];
  attributions: GoldAttribution[];
}

export interface AttributionScores {
  gold: number;
  predicted: number;
  /** Predictions whose speaker, claim and outlet all match a gold attribution. */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold claims found (same paragraph, overlapping words), whatever the speaker. */
  claimsFound: number;
  speakersRight: number;
  /** Fraction of the found claims whose speaker is right. */
  speakerAccuracy: number;
}

export interface PeopleScores {
  people: number;
  found: number;
  /** Gold people with a role whose system person has a matching role (unfound people count as wrong). */
  roleAccuracy: number;
  rolesJudged: number;
  /** Gold aliases that the system puts on the right person. */
  aliasAccuracy: number;
  aliasesJudged: number;
}

export interface GoldSetMetrics {
  articles: string[];
  people: PeopleScores;
  attribution: AttributionScores;
  /** Nearest capitalised name before said/says/told, the sentence as the claim, no outlet. */
  baseline: AttributionScores;
}

export interface GoldMetrics {
  tuned: GoldSetMetrics;
  heldout: GoldSetMetrics;
}

/** An article built from plain text: paragraphs separated by blank lines, numbered from 1. */
export async function loadGold(goldDir: string): Promise<Array<{ gold: GoldArticle; article: Article }>> {
  const files = (await readdir(goldDir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const gold = JSON.parse(await readFile(path.join(goldDir, file), 'utf8')) as GoldArticle;
      const text = await readFile(path.join(goldDir, gold.text), 'utf8');
      return { gold, article: articleFromPlainText(gold.id, text) };
    }),
  );
}

const normalise = (text: string): string =>
  text.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/^(?:the|a|an) /, '').trim();
const words = (text: string): string[] => normalise(text).split(' ').filter(Boolean);
const containsPhrase = (outer: string, inner: string): boolean => ` ${normalise(outer)} `.includes(` ${normalise(inner)} `);

/** Shared words over the shorter claim's words: a direct quote matches the sentence that holds it. */
function claimOverlap(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / Math.max(1, Math.min(left.size, right.size));
}

const MIN_CLAIM_OVERLAP = 0.5;

function speakerMatches(gold: GoldAttribution, predicted: Attribution, people: GoldPerson[]): boolean {
  if (gold.speaker === null || predicted.speaker === null) return gold.speaker === predicted.speaker;
  const person = people.find((candidate) => candidate.name === gold.speaker);
  if (!person) return containsPhrase(predicted.speaker, gold.speaker) || containsPhrase(gold.speaker, predicted.speaker);
  if ([person.name, ...person.aliases].some((form) => normalise(form) === normalise(predicted.speaker!))) return true;
  // "President Bush" is Bush; "Laura Bush" is not: extra words must not be another person's name.
  const extra = words(predicted.speaker).filter((word) => !words(person.name).includes(word));
  const otherNames = new Set(people.filter((other) => other !== person).flatMap((other) => words(other.name)));
  return words(person.name).every((word) => words(predicted.speaker!).includes(word)) && !extra.some((word) => otherNames.has(word));
}

function outletMatches(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return containsPhrase(gold, predicted) || containsPhrase(predicted, gold);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function scoreAttributions(golds: GoldAttribution[], predictions: Attribution[], people: GoldPerson[]): AttributionScores {
  const used = new Set<Attribution>();
  let claimsFound = 0;
  let speakersRight = 0;
  let matched = 0;
  for (const gold of golds) {
    const best = predictions
      .filter((predicted) => !used.has(predicted) && predicted.paragraph === gold.paragraph)
      .map((predicted) => ({ predicted, overlap: claimOverlap(gold.quote, predicted.quote) }))
      .filter(({ overlap }) => overlap >= MIN_CLAIM_OVERLAP)
      .sort((a, b) => b.overlap - a.overlap)[0];
    if (!best) continue;
    used.add(best.predicted);
    claimsFound++;
    const speakerRight = speakerMatches(gold, best.predicted, people);
    if (speakerRight) speakersRight++;
    if (speakerRight && outletMatches(gold.outlet, best.predicted.outlet)) matched++;
  }
  const precision = ratio(matched, predictions.length);
  const recall = ratio(matched, golds.length);
  return {
    gold: golds.length,
    predicted: predictions.length,
    matched,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    claimsFound,
    speakersRight,
    speakerAccuracy: ratio(speakersRight, claimsFound),
  };
}

const BASELINE_VERB = /\b(?:said|says|told)\b/;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*/gu;

/** The baseline: in a sentence with said/says/told, the nearest capitalised run before the verb (else after it). */
export function baselineAttributions(sentences: Sentence[]): Attribution[] {
  return sentences.flatMap((sentence) => {
    const verb = BASELINE_VERB.exec(sentence.text);
    if (!verb) return [];
    const before = [...sentence.text.slice(0, verb.index).matchAll(CAPITALISED_RUN)].at(-1)?.[0];
    const after = sentence.text.slice(verb.index).match(CAPITALISED_RUN)?.[0];
    return [{
      paragraph: sentence.paragraph, sentence: sentence.id, speakerId: null, speaker: before ?? after ?? null,
      outlet: null, quote: sentence.text, kind: 'indirect' as const,
    }];
  });
}

function findPerson(gold: GoldPerson, people: Person[]): Person | undefined {
  const name = normalise(gold.name);
  return (
    people.find((person) => normalise(person.name) === name) ??
    people.find((person) => person.aliases.some((alias) => normalise(alias) === name)) ??
    people.find((person) => words(gold.name).every((word) => words(person.name).includes(word)))
  );
}

function scorePeople(golds: GoldPerson[], people: Person[]): Omit<PeopleScores, 'roleAccuracy' | 'aliasAccuracy'> & { rolesRight: number; aliasesRight: number } {
  let found = 0;
  let rolesJudged = 0;
  let rolesRight = 0;
  let aliasesJudged = 0;
  let aliasesRight = 0;
  for (const gold of golds) {
    const person = findPerson(gold, people);
    if (person) found++;
    if (gold.roles.length > 0) {
      rolesJudged++;
      // A gold role is the text's words ("His wife"); Byline may name whose ("Gerald Whitcombe's wife"): the pronoun is no part of the role.
      const goldRoles = gold.roles.map((goldRole) => goldRole.replace(/^(?:his|her|their|its)\s+/i, ''));
      const roleFound = person?.roles.some((role) => goldRoles.some((goldRole) => containsPhrase(role, goldRole) || containsPhrase(goldRole, role)));
      if (roleFound) rolesRight++;
    }
    for (const alias of gold.aliases) {
      aliasesJudged++;
      if (person && [person.name, ...person.aliases].some((form) => normalise(form) === normalise(alias))) aliasesRight++;
    }
  }
  return { people: golds.length, found, rolesJudged, rolesRight, aliasesJudged, aliasesRight };
}

function sumScores(parts: AttributionScores[]): AttributionScores {
  const total = (key: 'gold' | 'predicted' | 'matched' | 'claimsFound' | 'speakersRight'): number =>
    parts.reduce((sum, part) => sum + part[key], 0);
  const precision = ratio(total('matched'), total('predicted'));
  const recall = ratio(total('matched'), total('gold'));
  return {
    gold: total('gold'), predicted: total('predicted'), matched: total('matched'), precision, recall,
    f1: ratio(2 * precision * recall, precision + recall), claimsFound: total('claimsFound'),
    speakersRight: total('speakersRight'), speakerAccuracy: ratio(total('speakersRight'), total('claimsFound')),
  };
}

export interface GoldArticleResult {
  gold: GoldArticle;
  people: Person[];
  attributions: Attribution[];
  attribution: AttributionScores;
  baseline: AttributionScores;
  peopleCounts: ReturnType<typeof scorePeople>;
}

/** Runs people and attribution extraction on one gold article and scores it. */
export function evaluateArticle(gold: GoldArticle, article: Article): GoldArticleResult {
  const sentences = splitSentences(article.paragraphs);
  const people = extractPeople(article, sentences);
  const attributions = extractAttributions(article, sentences, people);
  return {
    gold, people, attributions,
    attribution: scoreAttributions(gold.attributions, attributions, gold.people),
    baseline: scoreAttributions(gold.attributions, baselineAttributions(sentences), gold.people),
    peopleCounts: scorePeople(gold.people, people),
  };
}

function summarise(results: GoldArticleResult[]): GoldSetMetrics {
  const count = (key: keyof GoldArticleResult['peopleCounts']): number => results.reduce((sum, result) => sum + result.peopleCounts[key], 0);
  return {
    articles: results.map((result) => result.gold.id),
    people: {
      people: count('people'), found: count('found'),
      roleAccuracy: ratio(count('rolesRight'), count('rolesJudged')), rolesJudged: count('rolesJudged'),
      aliasAccuracy: ratio(count('aliasesRight'), count('aliasesJudged')), aliasesJudged: count('aliasesJudged'),
    },
    attribution: sumScores(results.map((result) => result.attribution)),
    baseline: sumScores(results.map((result) => result.baseline)),
  };
}

/** Scores the gold set in `goldDir`: tuned and held-out articles separately. Prints nothing. */
export async function evaluateGold(goldDir: string): Promise<GoldMetrics> {
  const results = (await loadGold(goldDir)).map(({ gold, article }) => evaluateArticle(gold, article));
  return {
    tuned: summarise(results.filter((result) => !result.gold.heldout)),
    heldout: summarise(results.filter((result) => result.gold.heldout)),
  };
}
