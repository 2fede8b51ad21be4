import type { PreparedArticle } from '../core/prepared.js';
import { matchPerson } from '../nlp/people-match.js';
import type { AboutAnswer, ArticleFact } from './types.js';

/** A name match at least this good means the story itself names the person asked about. */
const NAMES_PERSON = 0.9;

// "this article" / "the story": the piece itself, never a report or study the story is about.
const THE_PIECE = String.raw`(?:(?:this|the)\s+(?:news\s+)?(?:article|story|piece)|this\s+(?:obituary|column|op-ed|editorial|essay|profile|feature|review|report|post|blog post))`;
const THIS = String.raw`(?:${THE_PIECE}|this|it)`;
const BARE_AUTHOR = /^who\s+(?:is|was|'s)\s+the\s+(?:author|writer|reporter|journalist|critic|reviewer)\s*\??$/i;
// "Who wrote the review?", "Who reviewed the book?" is the byline's whoever else in the story writes.
const WROTE_THE_PIECE =
  /^who\s+(?:wrote\s+the\s+(?:review|column|obituary|profile|op-ed|editorial)|reviewed\s+(?:it|this|the\s+(?:book|novel|memoir|collection|film|movie|documentary|album|record|show|series|special|play|musical|production|opera|ballet|concert|exhibition|game|restaurant)))\s*\??$/i;

// Each fact is asked in a few fixed ways; anything else goes to the article's text.
const FACT_QUESTIONS: Array<[ArticleFact, RegExp]> = [
  ['author', new RegExp(String.raw`^who\s+(?:wrote|authored|reported|penned|filed)\s+${THIS}$|^who\s+(?:is|was)\s+the\s+(?:author|writer|reporter|journalist)\s+(?:of|behind)\s+${THE_PIECE}$|^who\s+(?:is|was)\s+${THIS}\s+(?:written|reported|authored)\s+by$`, 'i')],
  ['published', new RegExp(String.raw`^when\s+(?:was|is)\s+${THIS}\s+(?:published|posted|written|released|dated)$|^what\s+(?:is|was)\s+the\s+(?:publication\s+)?date\s+of\s+${THE_PIECE}$`, 'i')],
  ['publisher', new RegExp(String.raw`^(?:who|which\s+\w+|what\s+\w+)\s+(?:published|ran|carried)\s+${THIS}$|^where\s+(?:is|was)\s+${THIS}\s+(?:from|published)$|^(?:what|which)\s+(?:outlet|publication|newspaper|paper|site|website|source)\s+is\s+${THIS}\s+from$|^what\s+is\s+the\s+name\s+of\s+the\s+(?:news\s+)?(?:site|website|outlet|publication|newspaper|paper|publisher)$`, 'i')],
  ['photo', /^who\s+(?:took|shot)\s+(?:the|this)\s+(?:photo|picture|photograph|image)(?:\s+of\s+.+)?$|^what\s+is\s+the\s+(?:photo|picture|image)\s+credit$|^what\s+(?:does|did)\s+the\s+(?:photo|picture|image|caption)\s+(?:show|say)$/i],
  ['title', new RegExp(String.raw`^what\s+(?:is|was)\s+the\s+(?:headline|title)(?:\s+of\s+${THE_PIECE})?$`, 'i')],
];

/** Which fact about the article itself a question asks ("Who wrote this article?" → author), if it asks one. */
export function articleFactAsked(question: string): ArticleFact | null {
  const asked = question.trim().replace(/[?!.\s]+$/u, '').replace(/\s+/g, ' ');
  return FACT_QUESTIONS.find(([, pattern]) => pattern.test(asked))?.[0] ?? null;
}

const WHO_IS = /^\s*who\s+(?:is|was)\s+(.+?)\s*\??\s*$/i;
const fold = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The writer of a byline the name typed means (in full, or the surname alone), as the byline writes them. */
export function bylineWriterNamed(author: string | null, name: string): string | null {
  const typed = fold(name);
  // "Anna Kowalski and Rahul Mehta": each writer of a shared byline.
  const writers = (author ?? '').split(/\s*(?:,|\band\b|&)\s*/).map((writer) => writer.trim()).filter(Boolean);
  return writers.find((writer) => typed === fold(writer) || (!typed.includes(' ') && fold(writer).split(' ').at(-1) === typed)) ?? null;
}

/** The photographer a credit names ("Jean-Marc Dubois/AFP", "AP Photo/Jane Doe") when it is the person typed. */
export function photographerNamed(credit: string | null, name: string): string | null {
  const parts = (credit ?? '').split(/\s*[/|,;]\s*|\s+(?:for|via)\s+/i).map((part) => part.replace(/^(?:photo|photograph|image|picture)s?\s*(?::|by)?\s*/i, '').trim());
  return bylineWriterNamed(parts.filter((part) => part.includes(' ')).join(', '), name);
}

/** The articles whose byline names the person typed. */
export function articlesBy(articles: readonly PreparedArticle[], name: string): PreparedArticle[] {
  return articles.filter(({ article }) => bylineWriterNamed(article.author, name) !== null);
}

/**
 * The answer to a question about the article itself (who wrote it, when, where, its headline), from its metadata;
 * "Who is X?" of the writer of the byline answers as "Who wrote this?" when the story itself never names X.
 */
export function answerAboutArticle(articles: readonly PreparedArticle[], question: string): AboutAnswer | null {
  const asked = WHO_IS.exec(question)?.[1];
  const byAuthor = asked ? articlesBy(articles, asked).filter((prepared) => !prepared.people.some((person) => matchPerson(asked, person) >= NAMES_PERSON)) : [];
  // "Who is the author?" with no piece named is the byline's — unless someone in the story is an author (of a study).
  const bareAuthor = WROTE_THE_PIECE.test(question.trim()) || (BARE_AUTHOR.test(question.trim()) && !articles.some((prepared) => prepared.people.some((person) => person.roles.some((role) => /\b(?:author|writer)\b/i.test(role)))));
  const fact = articleFactAsked(question) ?? (byAuthor.length > 0 || bareAuthor ? 'author' : null);
  if (!fact) return null;
  return {
    kind: 'about',
    question,
    fact,
    articles: (byAuthor.length > 0 ? byAuthor : articles).map(({ article }) => ({
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      author: article.author,
      authorTitle: article.authorTitle ?? null,
      published: article.published,
      url: article.url,
      caption: article.caption,
      photoCredit: article.photoCredit,
    })),
  };
}
