import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerAsk } from '../src/answers/ask.js';
import type { Command } from '../src/core/command.js';
import { articlesInScope, suggestArticles } from './shared/article-scope.js';
import { isErrorAnswer, readText } from './shared/input.js';
import { articleOption, privateOption } from './shared/options.js';

export const QUESTION_MAX = 300;

const definition = {
  name: 'ask',
  description: 'Ask a question; the answer is quoted from the article with its source',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question about the article',
      required: true,
      max_length: QUESTION_MAX,
    },
    articleOption,
    privateOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  definition,
  execute(options, context) {
    const question = readText(options, 'question', 'question', QUESTION_MAX);
    if (isErrorAnswer(question)) return question;
    const scope = articlesInScope(options, context);
    if (isErrorAnswer(scope)) return scope;
    return answerAsk(scope, question);
  },
  autocomplete(option, value, context) {
    return option === 'article' ? suggestArticles(value, context) : [];
  },
} satisfies Command;
