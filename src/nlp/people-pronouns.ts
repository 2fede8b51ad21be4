import { pronounGender } from './gazetteer.js';

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

/**
 * Links each he/his/him/she/her to the most recent person named before it whose gender is unknown or
 * matches, within the same or the previous paragraph. A person of unknown gender takes the pronoun's
 * gender when linked, so "she" later cannot link to a man.
 */
export function linkPronouns(
  paragraphs: Array<{ number: number; text: string }>,
  mentions: PlacedMention[],
  genders: Array<Gender | null>,
): PronounLink[] {
  const links: PronounLink[] = [];
  const ordered = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(/\b(?:he|him|his|himself|she|her|hers|herself)\b/gi)) {
      const gender = pronounGender(match[0])!;
      const candidate = ordered.findLast(
        (mention) =>
          (mention.paragraph < paragraph.number || mention.offset < match.index) &&
          mention.paragraph <= paragraph.number &&
          paragraph.number - mention.paragraph <= PARAGRAPH_WINDOW &&
          (genders[mention.personIndex] ?? gender) === gender,
      );
      if (!candidate) continue;
      genders[candidate.personIndex] ??= gender;
      links.push({ personIndex: candidate.personIndex, paragraph: paragraph.number, offset: match.index, gender });
    }
  }
  return links;
}
