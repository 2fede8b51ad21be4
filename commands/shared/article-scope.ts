import type { ErrorAnswer } from '../../src/answers/types.js';
import type { Choice, CommandContext, OptionValues } from '../../src/core/command.js';
import type { PreparedArticle } from '../../src/core/prepared.js';
import { articleKey } from '../../src/discord/custom-id.js';
import { ARTICLE_OPTION_MAX } from './options.js';

const MAX_CHOICES = 25;

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The article an `article` option names: by id (what autocomplete sends), short key, or typed title. */
function findArticle(value: string, articles: PreparedArticle[]): PreparedArticle | undefined {
  const byId = articles.find(({ article }) => article.id === value || articleKey(article.id) === value);
  if (byId) return byId;
  const wanted = fold(value);
  return (
    articles.find(({ article }) => fold(article.title) === wanted) ??
    articles.find(({ article }) => fold(article.title).includes(wanted))
  );
}

/**
 * The articles a command should search: the one its `article` option names, else all the
 * caller can see. An ErrorAnswer when none are loaded or the option matches nothing.
 */
export function articlesInScope(options: OptionValues, context: CommandContext): PreparedArticle[] | ErrorAnswer {
  if (context.articles.length === 0) {
    return { kind: 'error', message: 'No articles are loaded yet. A moderator can add one and run /reload.' };
  }
  const requested = options.article;
  if (typeof requested !== 'string' || requested.trim() === '') return context.articles;
  const found = findArticle(requested.trim(), context.articles);
  if (!found) return { kind: 'error', message: 'No loaded article matches that title. /articles lists them.' };
  return [found];
}

/** The value an autocomplete choice carries: the article id, or its short key when the id is too long. */
export function articleChoiceValue(articleId: string): string {
  return articleId.length <= ARTICLE_OPTION_MAX ? articleId : articleKey(articleId);
}

/** Article titles for the `article` option, those starting with the typed text first. */
export function suggestArticles(typed: string, context: CommandContext): Choice[] {
  const wanted = fold(typed);
  const ranked = context.articles
    .map(({ article }) => {
      const title = fold(article.title);
      const rank = !wanted ? 1 : title.startsWith(wanted) ? 0 : title.includes(wanted) ? 1 : -1;
      return { article, rank };
    })
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  return ranked.slice(0, MAX_CHOICES).map(({ article }) => ({
    name: article.publisher ? `${article.title} — ${article.publisher}` : article.title,
    value: articleChoiceValue(article.id),
  }));
}
