import type { PreparedArticle } from '../core/prepared.js';
import type { Person, Sentence } from '../nlp/types.js';
import { analyzeQuestion } from '../search/query.js';
import { textTerms } from '../search/tokens.js';
import { citeSentence } from './citation.js';
import { personAsked } from './person-asked.js';
import { isSaidBy, isUnnamedSpeaker, speaksAs } from './unnamed-speakers.js';
import { namesOfSpeaker } from '../nlp/attributions.js';
import { articleWordsOf, matchRole } from '../nlp/people-match.js';
import { escapeRegExp } from '../text/escape-regexp.js';

const SPEAKER_QUOTES = 2;
/** A name match at least this good means the question names the person ("Vladmir Putin" is 0.85). */
const NAMES_PERSON = 0.8;
// "What did Harwood say (about the tax)?", "What did the coach tell reporters?", "What does the CEO think?"
const WHAT_SAID =
  /^\s*what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(say|said|tell|told|think|thought|argue|argued|warn|warned|add|added|claim|claimed|call|called|write|wrote|reply|replied|answer|answered)\b(.*?)\s*\??\s*$/i;
// Verbs that say nothing of what was said; "warn", "argue" or "claim" pick the sentences that do so.
const PLAIN_SAYING = /^(?:say|said|tell|told|think|thought|reply|replied|answer|answered|write|wrote)$/i;
// "How did the mayor react?", "How did Okafor respond to the ruling?"
const HOW_REACTED = /^\s*how\s+(?:did|does|has|have)\s+(.+?)\s+(?:react|respond|reply|answer)\b(.*?)\s*\??\s*$/i;

/** "What did the fan say?", "How did parents react?": a question about someone's words. */
export function asksForWords(question: string): boolean {
  return WHAT_SAID.test(question) || HOW_REACTED.test(question);
}

export interface SpeakerWords {
  prepared: PreparedArticle;
  /** Null when the question asks for a relative or aide of someone ("X's wife") whom the article does not quote. */
  person: Person | null;
  /** Who the question asks about, as typed. */
  asked: string;
  /** Up to two sentences they said, those matching the rest of the question best, in reading order; none when the article quotes nothing of them. */
  sentences: Sentence[];
}

// "X's wife", "the company's lawyer": someone related to X, never X.
const RELATIVE_OF = /^.+?['’]s\s+\p{Ll}[\p{Ll}\s-]*$/u;

/**
 * "What did X say?": the sentences the article credits to X — a person by name or role, or a source quoted without
 * a name ("the victim's mother") — ranked by the words after the verb ("… about the tax", "… the BBC"). Null when the
 * question is not of that kind or the article credits X with nothing, so /ask ranks the article as usual.
 */
export function speakerWordsFor(articles: readonly PreparedArticle[], question: string): SpeakerWords | null {
  const match = WHAT_SAID.exec(question) ?? HOW_REACTED.exec(question);
  if (!match) return null;
  const asked = match[1]!;
  // HOW_REACTED has no verb group: its second group is the topic.
  const verb = match.length > 3 ? match[2]! : '';
  // The verb's past form too: the stemmer makes "added" "ad".
  const verbForms = PLAIN_SAYING.test(verb) || verb === '' ? '' : `${verb} ${verb.replace(/e$/, '')}ed`;
  const topic = `${verbForms} ${match.at(-1) ?? ''}`;
  const relative = RELATIVE_OF.test(asked);
  const speaker = personAsked(articles, asked, relative ? Number.POSITIVE_INFINITY : NAMES_PERSON);
  if (!speaker) return relative && !articles.some((prepared) => mentionsRelation(prepared, asked)) ? { prepared: articles[0]!, person: null, asked, sentences: [] } : null;
  const wanted = new Set(analyzeQuestion(topic).groups.flatMap((group) => group.forms));
  // "What did Tran say about integration?" of two Trans: the one whose words are about it. "What did the jockey say?"
  // of three jockeys: one the article quotes.
  const others = speaker.byName ? (speaker.namesakes ?? []) : otherRoleHolders(speaker.prepared, asked, speaker.person);
  const readings = [speaker.person, ...others].map((person) => wordsOf(speaker.prepared, person, wanted));
  const reading = readings.reduce((best, next) => (next.best > best.best || (best.sentences.length === 0 && next.sentences.length > 0) ? next : best));
  if (reading.sentences.length === 0) {
    // "What did Tomas Ferrante say?" of an article that quotes only Nadia Ferrante: ranking would find her words.
    // Left to ranking only when a sentence naming him reports speech the reading above may have missed.
    return speaker.byName && !namedWithSpeech(speaker.prepared, speaker.person) ? { prepared: speaker.prepared, person: speaker.person, asked, sentences: [] } : null;
  }
  return { prepared: speaker.prepared, person: reading.person, asked, sentences: reading.sentences };
}

const SPEECH_CUE = /["“”]|\b(?:said|says|told|tells|added|adds|wrote|writes|asked|argued|warned|insisted|according|called|calls|urged|urges|demanded|demands|announced)\b/i;

/** Whether a sentence naming the person (in full or by an alias only they have) reports speech. */
function namedWithSpeech(prepared: PreparedArticle, person: Person): boolean {
  const names = [person.name, ...person.aliases].map((name) => new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'u'));
  return prepared.sentences.some((sentence) => SPEECH_CUE.test(sentence.text) && names.some((name) => name.test(sentence.text)));
}

/** Everyone else of the article whose role is the one asked about ("the jockey"). */
function otherRoleHolders(prepared: PreparedArticle, asked: string, chosen: Person): Person[] {
  const words = articleWordsOf(prepared.vocabulary);
  return prepared.people.filter((person) => person !== chosen && matchRole(asked, person, words) > 0);
}

/** What the article credits to a person, those sentences with most of the wanted words first; else their refusal to comment. */
function wordsOf(prepared: PreparedArticle, person: Person, wanted: ReadonlySet<string>): { person: Person; sentences: Sentence[]; best: number } {
  const paragraphs = new Set(
    prepared.attributions
      .filter((attribution) => isSaidBy(attribution, person))
      .map((attribution) => attribution.paragraph),
  );
  // Credited as their citation credits them, so the second sentence of a quotation counts too.
  const said = prepared.sentences.filter((sentence) => {
    if (!paragraphs.has(sentence.paragraph)) return false;
    const { speaker } = citeSentence(prepared, sentence.id);
    return speaker !== null && (namesOfSpeaker(speaker).includes(person.name) || (isUnnamedSpeaker(person) && speaksAs(person, speaker)));
  });
  // "Kevin Foster declined to comment.": that is what the article has of their words.
  if (said.length === 0) {
    const refusals = prepared.attributions.filter((attribution) => attribution.kind === 'no-comment' && attribution.speakerId === person.id);
    const refused = refusals.map((attribution) => prepared.sentences.find((sentence) => sentence.id === attribution.sentence)).filter((sentence): sentence is Sentence => sentence !== undefined);
    return { person, sentences: refused.slice(0, 1), best: -1 };
  }
  const overlap = (sentence: Sentence): number => new Set(textTerms(sentence.text).filter((term) => wanted.has(term))).size;
  const scored = said.map((sentence) => ({ sentence, score: overlap(sentence) }));
  const best = Math.max(...scored.map(({ score }) => score));
  // "… tell Sky News?": the sentences that mention it; else what they said first.
  const chosen = scored.filter(({ score }) => score === best).slice(0, SPEAKER_QUOTES);
  return { person, sentences: chosen.map(({ sentence }) => sentence), best };
}

/** Whether the article uses the noun of "X's wife" at all: if it does, ranking its sentences may still find her. */
function mentionsRelation(prepared: PreparedArticle, asked: string): boolean {
  const noun = asked.trim().split(/\s+/).at(-1)!.toLowerCase();
  const stem = textTerms(noun)[0] ?? noun;
  return prepared.article.paragraphs.some((paragraph) => textTerms(paragraph.text).includes(stem));
}

