import type { PreparedArticle } from '../core/prepared.js';
import type { Person, Sentence } from '../nlp/types.js';
import { personAsked } from './person-asked.js';
import { titlesBeforeName } from '../nlp/titles-before.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** A name match at least this good means the question names the person. */
const NAMES_PERSON = 0.9;
const HOW_OLD = [
  // "How old was X when she died?": the clause after the name says when, not who.
  /^\s*how\s+old\s+(?:is|was|are|were)\s+(.+?)(?:\s+(?:when|at\s+the\s+time|after|before|as|in)\b[^?]*)?\s*\??\s*$/i,
  /^\s*what\s+(?:is|was)\s+(.+?)(?:['’]s|s['’])\s+age\s*\??\s*$/i,
  /^\s*what\s+age\s+(?:is|was)\s+(.+?)\s*\??\s*$/i,
];


/**
 * The ways news copy gives a person's age next to their name: "X, 58,", "X (star, 69)", "the 58-year-old X", "X, aged 58".
 * `others` are the words that make the form part of someone else's name ("Tiago" before "Rodrigues").
 */
function agePatterns(form: string, others: readonly string[]): RegExp[] {
  const notOthers = others.map((other) => `(?<!${escapeRegExp(other)})`).join('');
  const name = `(?<![\\p{L}\\p{N}])${notOthers}${escapeRegExp(form)}(?:['’]s)?(?![\\p{L}\\p{N}])`;
  const age = '(\\d{1,3})';
  return [
    new RegExp(`${name},\\s+(?:aged\\s+|who\\s+is\\s+|an?\\s+|the\\s+|now\\s+)?${age}(?:-year-old)?(?=[\\s,;.)])`, 'u'),
    new RegExp(`${name}\\s+\\((?:[^()\\d]{1,40},\\s*)?${age}\\)`, 'u'),
    new RegExp(`${age}-year-old\\s+(?:[\\p{L}.'’-]+\\s+){0,4}${name}`, 'u'),
    // "X, an astrophysicist, died on Sunday at 87", "X died at the age of 87".
    new RegExp(`${name}\\b[^.!?]{0,120}?\\b(?:died|dies|passed away)\\b[^.!?]{0,40}?\\b(?:at|aged)\\s+(?:the\\s+age\\s+of\\s+)?${age}\\b`, 'u'),
  ];
}

// "She was 87." right after a sentence naming her.
const PRONOUN_AGE = /^\W*(?:he|she)\s+(?:is|was|turned|had\s+turned|would\s+have\s+turned)\s+\d{1,3}(?:\s+years\s+old)?\s*[.;,]/i;

/** The sentence naming the person, then "She was 87." right after it. */
function pronounAgeAfter(sentences: readonly Sentence[], names: (sentence: Sentence) => boolean): Sentence[] | null {
  const at = sentences.findIndex((sentence, i) => {
    const before = sentences[i - 1];
    return PRONOUN_AGE.test(sentence.text) && before !== undefined && before.paragraph === sentence.paragraph && names(before);
  });
  return at > 0 ? [sentences[at - 1]!, sentences[at]!] : null;
}

/** "the surfer" asked about, and the first sentence with "a 17-year-old surfer" in it. */
function describedByAge(articles: readonly PreparedArticle[], asked: string): { prepared: PreparedArticle; sentence: Sentence } | null {
  const noun = /^\s*(?:the|a|an)\s+([\p{L}-]+)\s*$/iu.exec(asked)?.[1];
  if (!noun) return null;
  const pattern = new RegExp(`\\b\\d{1,3}-year-old\\s+(?:[\\p{Ll}-]+\\s+){0,2}${escapeRegExp(noun)}(?![\\p{L}])`, 'iu');
  for (const prepared of articles) {
    const sentence = prepared.sentences.find((candidate) => pattern.test(candidate.text));
    if (sentence) return { prepared, sentence };
  }
  return null;
}

export interface AgeAnswer {
  prepared: PreparedArticle;
  /** Null when the article describes them by age and role without naming them ("a 17-year-old surfer"). */
  person: Person | null;
  /** The sentences that give the age (the one naming them first when the age follows as "She was 87."); none when the article never does. */
  sentences: Sentence[];
}

/** "How old is X?": the first sentence giving X's age beside a name or alias of theirs. */
export function ageAsked(articles: readonly PreparedArticle[], question: string): AgeAnswer | null {
  const asked = HOW_OLD.map((pattern) => pattern.exec(question)?.[1]).find(Boolean);
  if (!asked) return null;
  const found = personAsked(articles, asked, NAMES_PERSON);
  // "How old was the surfer?" of "A 17-year-old surfer was bitten …": the one the article describes by age and role.
  const byAge = found?.byName ? null : describedByAge(articles, asked);
  if (byAge) return { prepared: byAge.prepared, person: found?.person ?? null, sentences: [byAge.sentence] };
  if (!found) return null;
  const { prepared, person } = found;
  // "Professor Vogel, 57," of "Professor Henrik Vogel": the surname after a title written before their full name.
  const surname = person.name.includes(' ') ? person.name.split(/\s+/).at(-1)! : null;
  const titled = surname ? [...titlesBeforeName(person.name, prepared.article.paragraphs)].map((title) => `${title[0]!.toUpperCase()}${title.slice(1)} ${surname}`) : [];
  const forms = [person.name, ...person.aliases, ...titled].filter((form) => form.length > 1);
  const otherNames = prepared.people.filter((other) => other !== person).flatMap((other) => [other.name, ...other.aliases]);
  // "Tiago Rodrigues, 25," is not João Rodrigues's age.
  const longerNames = (form: string): string[] => otherNames.filter((other) => other.endsWith(` ${form}`)).map((other) => other.slice(0, -form.length));
  const patterns = forms.flatMap((form) => agePatterns(form, longerNames(form)));
  const namesAny = (text: string, names: readonly string[]): boolean =>
    names.some((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').test(text));
  const names = (sentence: Sentence): boolean => namesAny(sentence.text, forms);
  const sentence = prepared.sentences.find((candidate) => patterns.some((pattern) => pattern.test(candidate.text)));
  // "… for midfielder João Rodrigues, making the 21-year-old the most expensive player": the age in a sentence naming
  // them and no one else.
  const onlyThem = (text: string): boolean => !namesAny(text, otherNames.filter((other) => !forms.includes(other)));
  // "Daria Kovalenko won …, beating Giulia Marchetti": named first, they are the sentence's subject.
  const firstAt = (text: string, list: readonly string[]): number =>
    Math.min(...list.map((form) => text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u'))).filter((at) => at >= 0), Infinity);
  const namedFirst = (text: string): boolean => firstAt(text, forms) < firstAt(text, otherNames.filter((other) => !forms.includes(other)));
  const described = prepared.sentences.find((candidate) => names(candidate) && UNNAMED_AGE.test(candidate.text) && onlyThem(candidate.text));
  // "… Adaeze Okonkwo broke the record. / The 19-year-old took 0.54 seconds off …": the age right after naming them.
  const after = prepared.sentences.findIndex((candidate, i) => {
    const before = prepared.sentences[i - 1];
    return OPENING_AGE.test(candidate.text) && before !== undefined && candidate.paragraph - before.paragraph <= 1 && names(before) && (onlyThem(before.text) || namedFirst(before.text));
  });
  const ageAfter = after > 0 ? [prepared.sentences[after - 1]!, prepared.sentences[after]!] : null;
  return { prepared, person, sentences: sentence ? [sentence] : pronounAgeAfter(prepared.sentences, names) ?? (described ? [described] : ageAfter ?? []) };
}

// "The 19-year-old took …" opening a sentence.
const OPENING_AGE = /^\W*[Tt]he\s+\d{1,3}-year-old\b(?!\s+\p{Lu})/u;

// "the 21-year-old" standing for the person, not before another name ("the 21-year-old Tiago").
const UNNAMED_AGE = /\bthe\s+\d{1,3}-year-old\b(?!\s+\p{Lu})/u;
