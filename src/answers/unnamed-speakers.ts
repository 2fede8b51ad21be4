import type { PreparedArticle } from '../core/prepared.js';
import { articleWordsOf, matchRole } from '../nlp/people-match.js';
import type { Attribution, Person } from '../nlp/types.js';
import { acronymLetters, spelledOutRuns } from '../search/initials.js';
import { scanTokens } from '../search/tokens.js';

/** Ids of speakers the article describes without naming start with this, so they never clash with people's ids. */
const UNNAMED_SPEAKER_PREFIX = 'said-by:';
const DETERMINER = /^(?:a|an|the|one|another)$/i;
const PREPOSITION = /^(?:on|at|in|of|for|from|with|near|who|which|that)$/i;

/**
 * One id for the descriptions of one source: its words before any preposition, without determiners
 * ("A doctor on the scene" and "the doctor" are both `said-by:doctor`; "a police spokesman" is not "a Pentagon spokesman").
 */
export function unnamedSpeakerId(description: string): string {
  const words = description.toLowerCase().split(/\s+/).filter(Boolean);
  const end = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  const head = (end > 0 ? words.slice(0, end) : words).filter((word) => !DETERMINER.test(word));
  return `${UNNAMED_SPEAKER_PREFIX}${head.join(' ')}`;
}

/**
 * The sources an article quotes without naming ("A doctor on the scene", "a police spokesman", "the White House"),
 * each as a person-like record named by its first description, whose roles are all its descriptions, so /who can
 * find them by what they are.
 */
export function unnamedSpeakers(prepared: PreparedArticle): Person[] {
  const byId = new Map<string, Person>();
  for (const attribution of prepared.attributions) {
    if (attribution.speakerId !== null || !attribution.speaker) continue;
    const id = sameSourceAs(attribution.speaker, [...byId.keys()]) ?? unnamedSpeakerId(attribution.speaker);
    const speaker = byId.get(id) ?? { id, name: headingCase(attribution.speaker), aliases: [], roles: [], gender: null, paragraphs: [], mentionCount: 0 };
    const description = headingCase(attribution.speaker) === speaker.name ? speaker.name : attribution.speaker;
    if (!speaker.roles.includes(description)) speaker.roles.push(description);
    speaker.mentionCount += 1;
    byId.set(id, speaker);
  }
  return [...byId.values()];
}

/**
 * "the diplomat" after "A senior Western diplomat": a definite description naming again the one earlier source whose
 * description ends with the same noun and holds all its words. The id of that source, or null.
 */
function sameSourceAs(description: string, earlierIds: readonly string[]): string | null {
  if (!/^the\s/i.test(description)) return null;
  const words = unnamedSpeakerId(description).slice(UNNAMED_SPEAKER_PREFIX.length).split(' ');
  const head = words.at(-1);
  const matches = earlierIds.filter((id) => {
    const earlier = id.slice(UNNAMED_SPEAKER_PREFIX.length).split(' ');
    return earlier.at(-1) === head && words.every((word) => earlier.includes(word));
  });
  return matches.length === 1 ? matches[0]! : null;
}

/** Whether a claim is this person's or source's: theirs alone, shared ("Ann Lowe and Mark Diaz said"), or an unnamed source's. */
export function isSaidBy(attribution: Attribution, person: Person): boolean {
  if (attribution.speakerId === person.id || attribution.coSpeakerIds?.includes(person.id)) return true;
  return attribution.speakerId === null && attribution.speaker !== null && isUnnamedSpeaker(person) && speaksAs(person, attribution.speaker);
}

/** Whether an attribution's speaker text ("the diplomat") is this unnamed source (also "A senior Western diplomat"). */
export function speaksAs(person: Person, speaker: string): boolean {
  return person.id === unnamedSpeakerId(speaker) || person.roles.includes(speaker) || person.name === headingCase(speaker);
}

/**
 * Unnamed speakers whose description holds every word typed ("doctor" → "A doctor on the scene"), best first; failing
 * that, those whose short description the query holds ("the Chinese Embassy" → "the embassy").
 */
export function unnamedSpeakerMatches(articles: readonly PreparedArticle[], query: string): Array<{ prepared: PreparedArticle; person: Person; score: number }> {
  const speakers = articles.flatMap((prepared) => unnamedSpeakers(prepared).map((person) => ({ prepared, person })));
  const byMostMentioned = (a: { person: Person; score: number }, b: { person: Person; score: number }): number =>
    b.score - a.score || b.person.mentionCount - a.person.mentionCount;
  const typed = speakers
    .map((entry) => ({ ...entry, score: matchRole(query, entry.person, articleWordsOf(entry.prepared.vocabulary)) }))
    .filter((match) => match.score > 0);
  if (typed.length > 0) return typed.sort(byMostMentioned);
  // "the CDC" → "the Centers for Disease Control and Prevention": the initials of words of its name.
  const acronym = acronymLetters(query.trim().replace(/^the\s+/i, ''));
  if (acronym) {
    return speakers
      .filter(({ person }) => spelledOutRuns(person.name, scanTokens(person.name), acronym).length > 0)
      .map((entry) => ({ ...entry, score: 0.9 }))
      .sort(byMostMentioned);
  }
  const queryKey = unnamedSpeakerId(query).slice(UNNAMED_SPEAKER_PREFIX.length).split(' ');
  return speakers
    .filter(({ person }) => {
      const words = person.id.slice(UNNAMED_SPEAKER_PREFIX.length).split(' ').filter(Boolean);
      // The same head noun: "the Chinese Embassy" is "the embassy", "the NASA administrator" is not "NASA".
      return words.length > 0 && words.every((word) => queryKey.includes(word)) && words.at(-1) === queryKey.at(-1);
    })
    .map((entry) => ({ ...entry, score: 0.5 }))
    .sort(byMostMentioned);
}

export const isUnnamedSpeaker = (person: Person): boolean => person.id.startsWith(UNNAMED_SPEAKER_PREFIX);

/** The unnamed speaker with this id in the article, if it still quotes them. */
export function unnamedSpeakerById(prepared: PreparedArticle, id: string): Person | undefined {
  return id.startsWith(UNNAMED_SPEAKER_PREFIX) ? unnamedSpeakers(prepared).find((speaker) => speaker.id === id) : undefined;
}

/** "a doctor at the clinic", as a citation words it, heads a /who answer as "A doctor at the clinic". */
function headingCase(description: string): string {
  return description.charAt(0).toUpperCase() + description.slice(1);
}
