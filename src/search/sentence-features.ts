import type { AnswerType } from './answer-type.js';
import { isConcept } from './aliases.js';
import type { Token } from './tokens.js';

/** What a sentence offers a question, computed once per sentence at index time. */
export interface SentenceFeatures {
  /** For each kind of answer, the sentence's words (folded) or concepts that could be it. */
  candidates: ReadonlyMap<AnswerType, ReadonlySet<string>>;
  /** Content stems in reading order, for matching the question's consecutive words. */
  sequence: readonly string[];
  /** Stems of the words just after a number ("seven counties" → county): what the sentence counts. */
  counted: ReadonlySet<string>;
}

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter|twice|once|several)$/;
const DATE_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|week|month|year|decade|century|centuries|ago|morning|evening|afternoon|night|(?:1[0-9]|20)\d\d|\d+(?:st|nd|rd|th|s))$/;
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))$/;
const CURRENCY_WORD =
  /^(?:dollars?|pounds?|euros?|yen|yuan|renminbi|rupees?|rupiah|francs?|marks?|pesos?|cents?|pence|crowns?|krona|kronor|krone|kroner|zloty|zlotys|forints?|lei|leu|lira|liras|lire|rand|naira|cedis?|shillings?|kwacha|taka|baht|ringgit|dong|rubles?|roubles?|hryvnias?|tenge|lari|dinars?|dirhams?|riyals?|rials?|shekels?|birr)$/;
const CURRENCY_SIGN = /[$£€¥₹]\s?$/;
const MAGNITUDE = /^(?:thousand|million|billion|trillion|bn|m|mn|k)$/;
const YEAR = /^(?:1\d{3}|20\d\d)s?$/;
const COUNTED_SPAN = 3;
const REASON = /\b(?:because|since|due to|so that|in order to|as a result|reason|after|amid|over|for)\b/i;
const PLACE_PREPOSITION = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'across']);
const REASON_CUE = '#reason';

const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.surface);

/**
 * Candidate answers by kind: numbers, dates, capitalised names (not the sentence's first word), places after a
 * preposition or named countries; a question of that kind is answered only by a candidate it does not itself contain.
 */
/**
 * "412 billion crowns", "3.5 million Australian dollars": a currency right after the figure, its magnitude and up to
 * two capitalised words, with nothing else between ("the fourth quarter won us" and "29, and pounds" are none).
 */
function currencyFollows(text: string, tokens: readonly Token[], index: number): boolean {
  let previous = tokens[index]!;
  for (let next = index + 1, capitals = 0; next < tokens.length && next <= index + 4; next++) {
    const token = tokens[next]!;
    if (!/^\s*$/.test(text.slice(previous.end, token.start))) return false;
    if (CURRENCY_WORD.test(token.folded)) return true;
    const magnitude = next === index + 1 && MAGNITUDE.test(token.folded);
    if (!magnitude && !(isCapitalised(token) && ++capitals <= 2)) return false;
    previous = token;
  }
  return false;
}

export function sentenceFeatures(text: string, tokens: readonly Token[], terms: readonly string[], namesPerson: boolean): SentenceFeatures {
  const numbers = new Set<string>();
  const dates = new Set<string>();
  const names = new Set<string>();
  const places = new Set<string>();
  const years = new Set<string>();
  const durations = new Set<string>();
  const percents = new Set<string>();
  const money = new Set<string>();
  const counted = new Set<string>();
  tokens.forEach((token, i) => {
    const isNumber = /^\d/.test(token.folded) || NUMBER_WORD.test(token.folded);
    // "Marcus Bell, 34, said": an age beside a name counts nothing ("How many people were evacuated?").
    const isAge = /^\d{1,3}$/.test(token.folded) && /\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(Math.max(0, token.start - 40), token.start)) && /^\s*[,)]/.test(text.slice(token.end));
    if (isNumber && !isAge) {
      numbers.add(token.folded);
      const following = tokens.slice(i + 1, i + 1 + COUNTED_SPAN);
      for (const next of following) if (next.stem) counted.add(next.stem);
      if (following.slice(0, 2).some((next) => TIME_UNIT.test(next.folded))) durations.add(token.folded);
      if (text[token.end] === '%' || following[0]?.folded === 'percent' || (following[0]?.folded === 'per' && following[1]?.folded === 'cent')) percents.add(token.folded);
      if (CURRENCY_SIGN.test(text.slice(Math.max(0, token.start - 4), token.start)) || currencyFollows(text, tokens, i)) money.add(token.folded);
    }
    if (YEAR.test(token.folded)) years.add(token.folded);
    if (DATE_WORD.test(token.folded)) dates.add(token.folded);
    if (i > 0 && isCapitalised(token) && token.stem) {
      names.add(token.folded);
      const previous = tokens[i - 1]!;
      const beforeArticle = previous.folded === 'the' ? tokens[i - 2] : previous;
      if (beforeArticle && PLACE_PREPOSITION.has(beforeArticle.folded)) places.add(token.folded);
    }
  });
  for (const term of terms) {
    if (!isConcept(term)) continue;
    names.add(term);
    if (term.length === 3) places.add(term);
  }
  const candidates = new Map<AnswerType, ReadonlySet<string>>([
    ['number', numbers],
    ['percent', percents],
    ['money', money],
    ['duration', durations],
    ['date', dates],
    ['year', years],
    ['place', places],
    ['person', namesPerson ? names : new Set()],
    ['entity', names],
    ['reason', REASON.test(text) ? new Set([REASON_CUE]) : new Set()],
  ]);
  return { candidates, sequence: tokens.map((token) => token.stem).filter(Boolean), counted };
}
