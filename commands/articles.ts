import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Answer, ArticlesAnswer } from '../src/answers/types.js';
import type { Command, CommandContext } from '../src/core/command.js';
import { privateOption } from './shared/options.js';

export const ARTICLES_PER_PAGE = 10;

const definition = {
  name: 'articles',
  description: 'List the articles loaded for this server (title, publisher, date, paragraphs)',
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'page',
      description: 'Which page of the list (default: 1)',
      required: false,
      min_value: 1,
    },
    privateOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const BUTTON = /^articles:(\d{1,6}):(\d{1,20})$/;

/** One page of the caller's articles, newest first; `page` is 1-based and clamped to the last page. */
function listPage(requested: number, context: CommandContext): ArticlesAnswer {
  const total = context.articles.length;
  const count = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  const number = Math.min(Math.max(1, Math.trunc(requested)), count);
  const pageId = (page: number) => `articles:${page}:${context.userId}`;
  return {
    kind: 'articles',
    articles: context.articles.slice((number - 1) * ARTICLES_PER_PAGE, number * ARTICLES_PER_PAGE).map(({ article }) => ({
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      published: article.published,
      paragraphs: article.paragraphs.length,
    })),
    page: {
      number,
      count,
      total,
      previousId: number > 1 ? pageId(number - 1) : null,
      nextId: number < count ? pageId(number + 1) : null,
    },
  };
}

/** `/articles [page]`: what is loaded for this server; ◀ ▶ buttons (`articles:<page>:<userId>`) turn pages. */
export default {
  definition,
  execute(options, context): Answer {
    if (context.articles.length === 0) {
      return { kind: 'error', message: 'No articles are loaded yet. A moderator can add one with /article add.' };
    }
    return listPage(typeof options.page === 'number' ? options.page : 1, context);
  },
  button(customId, context): Answer {
    const match = BUTTON.exec(customId);
    if (!match) return { kind: 'error', message: 'This button is no longer valid.' };
    if (match[2] !== context.userId) return { kind: 'error', message: 'Only the person who asked can turn these pages.' };
    return listPage(Number(match[1]), context);
  },
} satisfies Command;
