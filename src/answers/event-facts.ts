import type { PreparedArticle } from '../core/prepared.js';
import type { Sentence } from '../nlp/types.js';

interface StatedFact {
  prepared: PreparedArticle;
  sentence: Sentence;
}

// "How many people attended?", "How big was the crowd?", "What was the attendance?": ranking by words misses
// "A crowd of 61,480 watched", which shares none of them.
const CROWD_ASKED =
  /\bhow many (?:people|fans|spectators|supporters|guests|visitors)\b[^?]*\b(?:attend(?:ed)?|watch(?:ed)?|there|turn(?:ed)? out|came|in the (?:crowd|stands|audience|stadium|arena)|packed|filled)\b|\bhow many attended\b|\bhow (?:big|large) (?:was|is) the (?:crowd|audience|attendance)\b|\bwhat (?:was|is) the (?:attendance|crowd(?: size)?|gate)\b/i;
const FIGURE = String.raw`(?:about |some |nearly |almost |over |more than |an estimated |a record |a capacity )?\d[\d,.]*(?: (?:million|thousand))?`;
const CROWD_FIGURE = new RegExp(
  [
    // "a sellout crowd of 47,812", "the attendance was 61,480", "a crowd that the city estimated at 4,000 people"
    String.raw`\b(?:crowd|attendance|audience|gate)\b(?: (?:of|was|were|is)| [^.;]{0,40}?\b(?:estimated|put|given) at) ${FIGURE}`,
    // "in front of 78,412 fans", "before 19,000 spectators"
    String.raw`\b(?:in front of|before) ${FIGURE} (?:fans|spectators|supporters|people|concertgoers)\b`,
    // "17,412 fans packed the arena", "About 4,000 people attended"
    String.raw`\b${FIGURE} (?:fans|spectators|supporters|people|concertgoers) (?:packed|watched|filled|attended|turned out|looked on|crammed|lined)\b`,
  ].join('|'),
  'i',
);

/** "How many people attended?": the first sentence that counts the crowd. */
export function crowdAsked(articles: readonly PreparedArticle[], question: string): StatedFact | null {
  if (!CROWD_ASKED.test(question)) return null;
  return firstSentence(articles, (text) => CROWD_FIGURE.test(text));
}

// "Where was the game played?" (not "Where will the next summit be held?"): the answer is a venue ("at Bayside Park"), which the question's words do not hold.
const EVENT = '(?:game|match|final|semi-?final|race|fight|bout|concert|show|gig|event|ceremony|tournament|championship|derby|marathon|premiere|festival|gala|contest|summit)';
const VENUE_ASKED = new RegExp(
  String.raw`^\s*where\s+(?:was|is|were)\s+(?:the|this|today's|tonight's|last night's|[\p{L}'’]+['’]s)\s+(?!next\b|upcoming\b)(?:[\p{L}-]+\s+){0,2}${EVENT}s?\s+(?:be\s+)?(?:played|held|staged|fought|run|hosted|taking place|take place)?\s*\??\s*$`,
  'iu',
);
const VENUE_WORD =
  '(?:Stadium|Arena|Park|Ground|Field|Centre|Center|Hall|Circuit|Bowl|Gardens?|Dome|Theatre|Theater|Opera House|Racecourse|Oval|Coliseum|Colosseum|Pavilion|Velodrome|Speedway|Raceway|Palace|Forum|Amphitheatre|Amphitheater|Court|Links|Course)';
// "at Kingsway Stadium", "at the Melbourne Cricket Ground", "on Rod Laver Arena"; not "outside Central Park" (where
// fans gathered) or a sentence's own first words.
const VENUE = new RegExp(String.raw`\b(?:at|on|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}${VENUE_WORD}\b`, 'u');

/** "Where was the final played?": the first sentence naming a venue. */
export function venueAsked(articles: readonly PreparedArticle[], question: string): StatedFact | null {
  if (!VENUE_ASKED.test(question)) return null;
  return firstSentence(articles, (text) => VENUE.test(text));
}

// "What was the flight number?", "What is the case number?": the number follows the noun ("Flight SK417", "case No. 24-301").
const NUMBER_ASKED = /^\s*what\s+(?:is|was)\s+the\s+(\p{Ll}+)\s+(?:number|no\.?)\s*\??\s*$/iu;

/** "What was the flight number?": the first sentence giving the noun with its number. */
export function numberAsked(articles: readonly PreparedArticle[], question: string): StatedFact | null {
  const noun = NUMBER_ASKED.exec(question)?.[1];
  if (!noun) return null;
  const numbered = new RegExp(String.raw`\b${noun}\s+(?:No\.?\s*|number\s+|#\s*)?(?:[A-Z]{1,3}-?\s?)?\d[\dA-Z-]*\b`, 'iu');
  return firstSentence(articles, (text) => numbered.test(text));
}

function firstSentence(articles: readonly PreparedArticle[], says: (text: string) => boolean): StatedFact | null {
  for (const prepared of articles) {
    const sentence = prepared.sentences.find((candidate) => says(candidate.text));
    if (sentence) return { prepared, sentence };
  }
  return null;
}
