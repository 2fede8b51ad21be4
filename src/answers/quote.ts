import type { PreparedArticle } from '../core/prepared.js';
import { foldWord, isStopWord } from '../search/normalize.js';
import { citeParagraphAt } from './citation.js';
import type { NotFoundAnswer, Quote, QuoteAnswer } from './types.js';
import { editDistance } from '../text/edit-distance.js';

const SUGGESTIONS = 5;

/** Every paragraph, across the given articles, that contains the term or its inflections, verbatim with the term bolded. */
export function answerQuote(articles: PreparedArticle[], term: string): QuoteAnswer | NotFoundAnswer {
  // '"Cal Fire"' is typed as a phrase, which every term already is: the marks are not part of it.
  const wanted = term.trim().replace(/^["“'‘](.+)["”'’]$/u, '$1').trim();
  // "the", "a": every paragraph has one. Typed in capitals ("US", "IT") it may be a name, and is looked for.
  if (/^\p{Ll}+$/u.test(wanted) && isStopWord(foldWord(wanted))) {
    return { kind: 'not-found', command: 'quote', query: term, message: `“${wanted}” is too common a word to look for; give a name or a rarer word.`, suggestions: [] };
  }
  const quotes: Quote[] = [];
  if (wanted) {
    for (const prepared of articles) {
      const paragraphs = new Map(prepared.article.paragraphs.map((paragraph) => [paragraph.number, paragraph.text]));
      for (const hit of paragraphHits(prepared, wanted)) {
        const text = paragraphs.get(hit.paragraph) ?? '';
        quotes.push({ text, highlights: hit.occurrences, citation: citeParagraphAt(prepared, hit.paragraph, hit.occurrences[0]?.[0] ?? 0), paragraphText: text });
      }
    }
  }
  if (quotes.length === 0) {
    const heading = wanted ? headingWith(articles, wanted) : null;
    if (heading) return { kind: 'not-found', command: 'quote', query: term, message: `Only the ${heading.kind} says “${wanted}”: “${heading.text}”`, suggestions: [] };
    return {
      kind: 'not-found',
      command: 'quote',
      query: term,
      message: /[\p{L}\p{N}\p{S}%]/u.test(wanted) ? `The article does not contain “${wanted}”.` : 'Give a word or phrase to look for.',
      suggestions: wanted ? closeTerms(articles, wanted) : [],
    };
  }
  return { kind: 'quote', term: wanted, quotes, total: quotes.length };
}

/** The headline or standfirst holding the term when no paragraph does ("Ponzi" in "… $62 million Ponzi scheme"). */
function headingWith(articles: PreparedArticle[], wanted: string): { kind: 'headline' | 'standfirst'; text: string } | null {
  const typed = fold(wanted);
  const holds = (text: string): boolean => ` ${fold(text.replace(/[^\p{L}\p{N}'’.\s-]/gu, ' '))} `.includes(` ${typed} `);
  for (const { article } of articles) {
    if (holds(article.title)) return { kind: 'headline', text: article.title };
    if (article.dek && holds(article.dek)) return { kind: 'standfirst', text: article.dek };
  }
  return null;
}

/** At least this many letters typed before a word's beginning ("evacuat") stands for the words it begins. */
const PREFIX_LETTERS = 5;

/**
 * The paragraphs holding the term; failing any, for a word's beginning typed alone ("evacuat"), those holding the
 * article's words that begin so ("evacuate", "evacuation"), in paragraph order.
 */
function paragraphHits(prepared: PreparedArticle, wanted: string): Array<{ paragraph: number; occurrences: Array<[number, number]> }> {
  const exact = prepared.index.findParagraphs(wanted);
  const typed = fold(wanted);
  if (exact.length > 0 || typed.length < PREFIX_LETTERS || /\s/.test(typed)) return exact;
  const byParagraph = new Map<number, Array<[number, number]>>();
  for (const word of prepared.vocabulary.filter((entry) => !/\s/.test(entry) && fold(entry).startsWith(typed))) {
    for (const hit of prepared.index.findParagraphs(word)) byParagraph.set(hit.paragraph, [...(byParagraph.get(hit.paragraph) ?? []), ...hit.occurrences]);
  }
  return [...byParagraph]
    .sort(([a], [b]) => a - b)
    .map(([paragraph, occurrences]) => ({ paragraph, occurrences: [...new Map(occurrences.map((span) => [span[0], span])).values()].sort((a, b) => a[0] - b[0]) }));
}

/** Vocabulary entries starting with (then containing) the typed text, most frequent first, for autocomplete. */
export function suggestTerms(articles: PreparedArticle[], prefix: string, limit = 25): string[] {
  const typed = fold(prefix);
  const vocabulary = [...new Set(articles.flatMap((prepared) => prepared.vocabulary))];
  if (!typed) return vocabulary.slice(0, limit);
  const starting = vocabulary.filter((entry) => fold(entry).startsWith(typed) || wordStarts(entry, typed));
  const containing = vocabulary.filter((entry) => !starting.includes(entry) && fold(entry).includes(typed));
  return [...starting, ...containing].slice(0, limit);
}

function fold(text: string): string {
  return text.trim().split(/\s+/).map(foldWord).join(' ');
}

function wordStarts(entry: string, typed: string): boolean {
  return fold(entry).split(' ').some((word) => word.startsWith(typed));
}

/** Vocabulary entries within a small edit distance of the term (typos), or sharing its first letters. */
function closeTerms(articles: PreparedArticle[], term: string): string[] {
  const typed = fold(term);
  const vocabulary = [...new Set(articles.flatMap((prepared) => prepared.vocabulary))];
  // "photo" is not "paolo": two edits only in a long word ("muntions").
  const allowed = typed.length <= 6 ? 1 : 2;
  const close = vocabulary
    .map((entry) => ({ entry, distance: editDistance(fold(entry), typed) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance)
    .map(({ entry }) => entry);
  const sharingStart = typed.length >= 3 ? vocabulary.filter((entry) => fold(entry).startsWith(typed.slice(0, 3))) : [];
  return [...new Set([...close, ...sharingStart])].slice(0, SUGGESTIONS);
}

