import type { PreparedArticle } from '../core/prepared.js';
import type { AboutAnswer, ArticleFact } from './types.js';

// "this article" / "the story": the piece itself, never a report or study the story is about.
const THE_PIECE = String.raw`(?:this|the)\s+(?:news\s+)?(?:article|story|piece)`;
const THIS = String.raw`(?:${THE_PIECE}|this|it)`;

// Each fact is asked in a few fixed ways; anything else goes to the article's text.
const FACT_QUESTIONS: Array<[ArticleFact, RegExp]> = [
  ['author', new RegExp(String.raw`^who\s+(?:wrote|authored|reported|penned|filed)\s+${THIS}$|^who\s+(?:is|was)\s+the\s+(?:author|writer|reporter|journalist)\s+(?:of|behind)\s+${THE_PIECE}$|^who\s+(?:is|was)\s+${THIS}\s+(?:written|reported|authored)\s+by$`, 'i')],
  ['published', new RegExp(String.raw`^when\s+(?:was|is)\s+${THIS}\s+(?:published|posted|written|released|dated)$|^what\s+(?:is|was)\s+the\s+(?:publication\s+)?date\s+of\s+${THE_PIECE}$`, 'i')],
  ['publisher', new RegExp(String.raw`^(?:who|which\s+\w+|what\s+\w+)\s+(?:published|ran|carried)\s+${THIS}$|^where\s+(?:is|was)\s+${THIS}\s+(?:from|published)$|^(?:what|which)\s+(?:outlet|publication|newspaper|paper|site|website|source)\s+is\s+${THIS}\s+from$`, 'i')],
  ['title', new RegExp(String.raw`^what\s+(?:is|was)\s+the\s+(?:headline|title)(?:\s+of\s+${THE_PIECE})?$`, 'i')],
];

/** Which fact about the article itself a question asks ("Who wrote this article?" → author), if it asks one. */
export function articleFactAsked(question: string): ArticleFact | null {
  const asked = question.trim().replace(/[?!.\s]+$/u, '').replace(/\s+/g, ' ');
  return FACT_QUESTIONS.find(([, pattern]) => pattern.test(asked))?.[0] ?? null;
}

/** The answer to a question about the article itself (who wrote it, when, where, its headline), from its metadata. */
export function answerAboutArticle(articles: readonly PreparedArticle[], question: string): AboutAnswer | null {
  const fact = articleFactAsked(question);
  if (!fact) return null;
  return {
    kind: 'about',
    question,
    fact,
    articles: articles.map(({ article }) => ({
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      author: article.author,
      published: article.published,
      url: article.url,
    })),
  };
}
