import captionVerbs from './data/caption-verbs.json' with { type: 'json' };

const SCENE_VERBS: ReadonlySet<string> = new Set(captionVerbs.verbs);
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const DETERMINER = /^(?:A|An|The|His|Her|Their)$/;
const PLAIN_WORD = /^[\p{L}'’-]+$/u;
const MAX_WORDS = 30;
const MAX_SUBJECT_WORDS = 4;

/**
 * A photo caption left in scraped text without its credit: "Isaac Arellano holds a candle and sings during a
 * fundraiser Tuesday in Price, Utah." Its first sentence opens with a short subject (capitalised words or a
 * determiner) and a present-tense scene verb, names the weekday the photo was taken, quotes no one and is short.
 */
export function isSceneCaption(paragraph: string): boolean {
  if (/["“”]|\b(?:said|says|told)\b/.test(paragraph)) return false;
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const first = sentences[0] ?? '';
  const words = first.split(/\s+/).filter(Boolean);
  if (sentences.length > 2 || words.length > MAX_WORDS || !WEEKDAY.test(first)) return false;
  const verbAt = words.findIndex((word) => SCENE_VERBS.has(word));
  if (verbAt < 1 || verbAt > MAX_SUBJECT_WORDS) return false;
  // "Marta Ruiz holds …" or "A firefighter carries …".
  const subject = words.slice(0, verbAt);
  return DETERMINER.test(subject[0]!) ? subject.every((word) => PLAIN_WORD.test(word)) : subject.every((word) => NAME_WORD.test(word));
}
