import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerWho, suggestPeople } from '../src/answers/who.js';
import type { Command } from '../src/core/command.js';
import { articlesInScope, suggestArticles } from './shared/article-scope.js';
import { isErrorAnswer, readText } from './shared/input.js';
import { articleOption, privateOption } from './shared/options.js';

const NAME_MAX = 200;

const definition = {
  name: 'who',
  description: 'Who a person in the article is: their role, what they said, where they are mentioned',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      description: 'The person, as you know them (partial names and misspellings work)',
      required: true,
      autocomplete: true,
      max_length: NAME_MAX,
    },
    articleOption,
    privateOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  definition,
  execute(options, context) {
    const name = readText(options, 'name', 'name', NAME_MAX);
    if (isErrorAnswer(name)) return name;
    const scope = articlesInScope(options, context);
    if (isErrorAnswer(scope)) return scope;
    return answerWho(scope, name);
  },
  autocomplete(option, value, context) {
    if (option === 'article') return suggestArticles(value, context);
    if (option !== 'name') return [];
    return suggestPeople(context.articles, value.slice(0, NAME_MAX));
  },
} satisfies Command;
