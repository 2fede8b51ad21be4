import type { AboutAnswer } from '../answers/types.js';
import { displayDate, formatSource } from './citation.js';

type AboutArticle = AboutAnswer['articles'][number];

const FACT_LINE: Record<AboutAnswer['fact'], (article: AboutArticle) => string> = {
  author: ({ author, authorTitle }) => (author ? `Written by ${[author, authorTitle].filter(Boolean).join(', ')}.` : 'The article does not name its author.'),
  published: ({ published }) => (published ? `Published ${displayDate(published)}.` : 'The article does not give its publication date.'),
  publisher: ({ publisher }) => (publisher ? `Published by ${publisher}.` : 'The article does not name its publisher.'),
  title: ({ title }) => `The headline is “${title}”.`,
  photo: ({ caption, photoCredit }) =>
    [photoCredit ? `The photo is credited to ${photoCredit}.` : caption ? 'The article credits no one for its photo.' : 'The article has no photo caption.', caption ? `Caption: “${caption}”` : null]
      .filter(Boolean)
      .join(' '),
};

/** One line per article: the fact asked, as the article's file gives it, then where it comes from. */
export function aboutLines(answer: AboutAnswer): Array<{ fact: string; source: string }> {
  return answer.articles.map((article) => ({
    fact: FACT_LINE[answer.fact](article),
    source: [formatSource(article.title, article.publisher), article.url].filter(Boolean).join(' · '),
  }));
}
