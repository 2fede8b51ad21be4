import { genderOfNoun, pronounGender } from './gazetteer.js';
import { findQuoteSpans } from './quotes.js';

type Gender = 'male' | 'female';

/** A named mention already assigned to a person, positioned in the article body. */
export interface PlacedMention {
  personIndex: number;
  paragraph: number;
  offset: number;
}

export interface PronounLink {
  personIndex: number;
  paragraph: number;
  offset: number;
  gender: Gender;
}

/** How many paragraphs back a pronoun may reach for its person. */
const PARAGRAPH_WINDOW = 1;

// "him", or "her" that is not followed by a noun: the object of a verb ("gives her a voice": before an article, too).
const OBJECT_PRONOUN = /^(?:him\b|her(?=\s*(?:[.,;:!?)"”]|$)|\s+(?:to|on|at|in|for|with|about|that|as|back|again|off|out|up|down|over|into|a|an|the)\b))/i;
const NAME_RUN = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|al|bin|de|van|von|der))*/u;
const CLAUSE_BREAK = /[,.;:!?"“”()]|\b(?:and|but|or|that|who|whom|which|when|because|after|before|while|until|if)\b/i;
const SAME_CLAUSE_WORDS = 5;
const RELATIVE_OF_NAME = /^\s*,\s*(?:who|whom)\s+[^,.;:!?"“”()]*$/i;

/** "Dube sent him on": the object of a verb is never the subject of the same short clause. */
function isOwnSubject(text: string, mentionOffset: number, pronounOffset: number): boolean {
  if (!OBJECT_PRONOUN.test(text.slice(pronounOffset)) || mentionOffset > pronounOffset) return false;
  const between = text.slice(mentionOffset, pronounOffset).replace(NAME_RUN, '');
  // "Grace Oduya, who is not related to him,": the relative clause's subject is the name before it.
  if (RELATIVE_OF_NAME.test(between)) return true;
  return !CLAUSE_BREAK.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= SAME_CLAUSE_WORDS;
}

// "After his re-appointment as prime minister, Pedro Passos Coelho has…": an opening phrase's pronoun is the subject's.
const OPENING_PHRASE = /^(?:after|before|in|during|since|despite|following|on|upon|while|when|as|although|though|until|throughout|at|with|for)\b[^,;:]*$/i;
const MAX_TITLE_BEFORE_NAME = 40;

/** The person named as subject right after the opening phrase that holds the pronoun, if it is one. */
function cataphoricMention(paragraph: { number: number; text: string }, sentenceStart: number, pronounAt: number, ordered: PlacedMention[]): PlacedMention | null {
  if (!OPENING_PHRASE.test(paragraph.text.slice(sentenceStart, pronounAt))) return null;
  const comma = paragraph.text.indexOf(',', pronounAt);
  if (comma < 0 || /[.;:!?]/.test(paragraph.text.slice(pronounAt, comma))) return null;
  const subject = ordered.find((mention) => mention.paragraph === paragraph.number && mention.offset > comma);
  if (!subject || subject.offset - comma > MAX_TITLE_BEFORE_NAME) return null;
  // Only title words ("Prime Minister", "the coach") may stand between the comma and the name.
  return /[,;:.!?"“”]/.test(paragraph.text.slice(comma + 1, subject.offset)) ? null : subject;
}

// "The man is described as …, Detective Lt. Robert Pfannes said. He was wearing …": the man, not the detective.
const DESCRIBED_SUBJECT = /^["“]?(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+([\p{Ll}-]+)(?:\s+(\p{Ll}+))?/u;

/**
 * Whether the sentence naming the candidate opens with an unnamed person of the pronoun's gender ("The man …") and
 * names the candidate only later: the pronoun then most likely refers to that unnamed person.
 */
function describedPersonLeads(text: string, sentenceStart: number, mention: PlacedMention, gender: Gender): boolean {
  if (mention.offset === sentenceStart) return false;
  // "The drowned boy, Danny Ross, was …": the description is the name's own, set off by a comma.
  if (/^["“]?(?:[Tt]he|[Aa]n?)\s+[\p{Ll}\s-]+,\s*$/u.test(text.slice(sentenceStart, mention.offset))) return false;
  // The noun, or the one after an adjective ("the young woman").
  const words = DESCRIBED_SUBJECT.exec(text.slice(sentenceStart, mention.offset))?.slice(1) ?? [];
  return words.some((word) => word !== undefined && genderOfNoun(word) === gender);
}

/**
 * Links each he/his/him/she/her outside quotes to the person named right after the opening phrase that holds it
 * ("After his election, X said"), else to the most recent person named before it whose gender is
 * unknown or matches, within the same or the previous paragraph, and who is not the subject of its own short
 * clause ("Dube sent him on"). A person of unknown gender takes the pronoun's gender when linked, so "she"
 * later cannot link to a man.
 */
export function linkPronouns(
  paragraphs: Array<{ number: number; text: string }>,
  sentences: ReadonlyArray<{ paragraph: number; start: number }>,
  mentions: PlacedMention[],
  genders: Array<Gender | null>,
): PronounLink[] {
  const links: PronounLink[] = [];
  const textOf = new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph.text]));
  const sentenceStart = (paragraph: number, offset: number): number =>
    sentences.findLast((sentence) => sentence.paragraph === paragraph && sentence.start <= offset)?.start ?? 0;
  const ordered = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  for (const paragraph of paragraphs) {
    // Inside a quote, "he" and "him" are the speaker's words about someone else, whom only the reader can tell.
    const quoted = findQuoteSpans(paragraph.text);
    for (const match of paragraph.text.matchAll(/\b(?:he|him|his|himself|she|her|hers|herself)\b/gi)) {
      if (quoted.some((span) => match.index >= span.start && match.index < span.end)) continue;
      const gender = pronounGender(match[0])!;
      const link = (person: number): void => {
        genders[person] ??= gender;
        links.push({ personIndex: person, paragraph: paragraph.number, offset: match.index, gender });
      };
      // "One man in his 70s died after his car …": the man the sentence opens with, whom no name stands for.
      const ownStart = sentenceStart(paragraph.number, match.index);
      const opener = DESCRIBED_SUBJECT.exec(paragraph.text.slice(ownStart, match.index))?.slice(1) ?? [];
      const namedInSentence = ordered.some((mention) => mention.paragraph === paragraph.number && mention.offset >= ownStart && mention.offset < match.index);
      // "A mother of three, she wears …" describes the one named before: an appositive, set off by a comma.
      const appositive = paragraph.text.slice(ownStart, match.index).includes(',');
      if (!namedInSentence && !appositive && opener.some((word) => word !== undefined && genderOfNoun(word) === gender)) continue;
      const forward = cataphoricMention(paragraph, ownStart, match.index, ordered);
      if (forward && (genders[forward.personIndex] ?? gender) === gender) {
        link(forward.personIndex);
        continue;
      }
      const candidate = ordered.findLast(
        (mention) =>
          (mention.paragraph < paragraph.number || mention.offset < match.index) &&
          mention.paragraph <= paragraph.number &&
          paragraph.number - mention.paragraph <= PARAGRAPH_WINDOW &&
          (genders[mention.personIndex] ?? gender) === gender &&
          !(mention.paragraph === paragraph.number && isOwnSubject(paragraph.text, mention.offset, match.index)),
      );
      if (!candidate) continue;
      const candidateText = textOf.get(candidate.paragraph) ?? '';
      if (!describedPersonLeads(candidateText, sentenceStart(candidate.paragraph, candidate.offset), candidate, gender)) link(candidate.personIndex);
    }
  }
  return links;
}
