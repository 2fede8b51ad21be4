import { createRequire } from 'node:module';
import type { Paragraph } from '../article/types.js';
import abbreviations from './data/abbreviations.json' with { type: 'json' };
import type { Sentence } from './types.js';

const require = createRequire(import.meta.url);
const englishStopWords = new Set((require('stopwords-iso') as Record<string, string[]>).en);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Abbreviations that always precede more of the same sentence ("Mr. Smith", "Gen. Milley", "St. Louis"), those that
// do only before a number ("No. 5", but "he said no. The …"),
// those that may also end one ("… a unit of Acme Inc. It said …"), and AP state and province abbreviations,
// which follow a place and a comma ("Salem, Ore.").
const ALWAYS_CONTINUES = new Set(abbreviations.alwaysContinues);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);
const MAY_END = new Set(abbreviations.mayEnd);
const STATES = new Set(abbreviations.apStates);
const AFTER_PLACE = /,\s+((?:\p{Lu}\.)*\p{Lu}[\p{L}.]*)\.\s*$/u;
// "(AP) —", "(Reuters) -": the outlet of a dateline, which the dateline's place never ends before.
const DATELINE_OUTLET = /^\s*\([^()]{1,40}\)\s*[\u2014\u2013-]/u;

const TIME_ZONE = /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|JST|KST|HKT|SGT|WIB|EAT|WAT|CAT|SAST|MSK|ET|PT|CT|MT)$/;

type Ending = 'continues' | 'before-number' | 'may-end' | 'state' | 'ends';

/** How a segment that ends with a period relates to the next one, judged from its last word. */
function classifyEnding(segment: string): Ending {
  const match = /(?:^|[\s("'“‘\-–—])((?:\p{L}\.)*\p{L}+)\.\s*$/u.exec(segment);
  const word = match?.[1];
  if (!word) return 'ends';
  const key = word.toLowerCase();
  if (STATES.has(AFTER_PLACE.exec(segment)?.[1]?.toLowerCase() ?? '')) return 'state';
  // A single capital is an initial ("John F. Kennedy").
  if (ALWAYS_CONTINUES.has(key) || /^\p{Lu}$/u.test(word)) return 'continues';
  if (BEFORE_NUMBER.has(key)) return 'before-number';
  // Dotted acronyms ("U.S.", "a.m.") and the abbreviations above may close a sentence too.
  if (MAY_END.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'may-end';
  return 'ends';
}

/** Whether the next segment reads as the rest of the same sentence rather than a new one. */
function readsAsContinuation(ending: Ending, next: string): boolean {
  if (ending === 'continues') return true;
  if (ending === 'before-number') return /^\s*#?\d/.test(next);
  if (DATELINE_OUTLET.test(next)) return true;
  if (ending === 'ends') return false;
  // "Salem, Ore., and …", "Albany, N.Y. and …": a place goes on in lower case; a capital starts a new sentence.
  if (ending === 'state') return /^\s*[\p{Ll}\d—–-]/u.test(next);
  const firstWord = /^\s*["“‘(]?([\p{L}\d]+)/u.exec(next)?.[1];
  if (!firstWord) return false;
  // "after 4 a.m. GMT when …": a time zone goes on with its time.
  if (TIME_ZONE.test(firstWord)) return true;
  // "the U.S. embassy", "9 a.m. Monday", "U.S. Secretary of State": a new sentence opens with a function word.
  return /^[\p{Ll}\d]/u.test(firstWord) || !englishStopWords.has(firstWord.toLowerCase());
}

/** Splits one paragraph into sentences with offsets into its text. Line breaks always end a sentence. */
export function segmentText(text: string): Array<{ text: string; start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const { segment, index } of segmenter.segment(line)) {
      const start = lineStart + index;
      const previous = pieces.at(-1);
      const sameLine = previous !== undefined && previous.start >= lineStart;
      const before = sameLine ? text.slice(previous.start, previous.end) : '';
      // "41.Rd7", "41...Rc1+": a point with no space after it, before a token that is not a plain word, ends nothing
      // ("said.The next day", a scraping slip, still does).
      const glued = /\.$/.test(before) && /^(?:\p{Ll}|\d|\p{L}+[^\p{L}\s])/u.test(segment);
      // '"What should people drink?" he said.': a question or quotation closed mid-sentence, which goes on in lower case.
      const saidAfter = /(?:[?!]|[.?!]["”’])\s*$/.test(before) && /^\s*\p{Ll}/u.test(segment);
      if (sameLine && (glued || saidAfter || readsAsContinuation(classifyEnding(before), segment))) {
        previous.end = start + segment.length;
      } else {
        pieces.push({ start, end: start + segment.length });
      }
    }
    lineStart += line.length + 1;
  }
  return pieces
    .map(({ start, end }) => {
      const raw = text.slice(start, end);
      const leading = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { text: trimmed, start: start + leading, end: start + leading + trimmed.length };
    })
    .filter((piece) => piece.text.length > 0);
}

/** All sentences of an article's body, numbered across the article. */
export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const piece of segmentText(paragraph.text)) {
      sentences.push({ id: sentences.length, paragraph: paragraph.number, ...piece });
    }
  }
  return sentences;
}
