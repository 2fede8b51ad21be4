import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerQuote, suggestTerms } from '../src/answers/quote.js';
import type { Command } from '../src/core/command.js';
import { articlesInScope, suggestArticles } from './shared/article-scope.js';
import { isErrorAnswer, readText } from './shared/input.js';
import { articleOption, privateOption } from './shared/options.js';

const TERM_MAX = 200;

const definition = {
  name: 'quote',
  description: 'Every paragraph that contains a word or phrase, quoted with its source',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'term',
      description: 'A word, phrase or name (inflections match: "container" finds "containers")',
      required: true,
      autocomplete: true,
      max_length: TERM_MAX,
    },
    articleOption,
    privateOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  definition,
  execute(options, context) {
    const term = readText(options, 'term', 'search term', TERM_MAX);
    if (isErrorAnswer(term)) return term;
    const scope = articlesInScope(options, context);
    if (isErrorAnswer(scope)) return scope;
    return answerQuote(scope, term);
  },
  autocomplete(option, value, context) {
    if (option === 'article') return suggestArticles(value, context);
    if (option !== 'term') return [];
    return suggestTerms(context.articles, value.slice(0, TERM_MAX)).map((term) => ({ name: term, value: term }));
  },
} satisfies Command;
