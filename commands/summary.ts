import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerSummary } from '../src/answers/summary.js';
import type { Command } from '../src/core/command.js';
import { articlesInScope, suggestArticles } from './shared/article-scope.js';
import { isErrorAnswer } from './shared/input.js';
import { articleOption, privateOption } from './shared/options.js';

const LENGTHS = ['short', 'medium', 'long'] as const;
type SummaryLength = (typeof LENGTHS)[number];

const definition = {
  name: 'summary',
  description: "The article's most important sentences, quoted verbatim with ¶ numbers",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'length',
      description: 'How long a summary (default: medium)',
      required: false,
      choices: LENGTHS.map((length) => ({ name: length, value: length })),
    },
    articleOption,
    privateOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const isLength = (value: unknown): value is SummaryLength => LENGTHS.includes(value as SummaryLength);

export default {
  definition,
  execute(options, context) {
    const scope = articlesInScope(options, context);
    if (isErrorAnswer(scope)) return scope;
    const length = options.length ?? 'medium';
    if (!isLength(length)) return { kind: 'error', message: 'Length must be short, medium or long.' };
    // Articles are newest first: without an `article` option the newest is summarised.
    const summary = answerSummary(scope[0]!, length);
    return scope.length > 1 ? { ...summary, otherArticles: scope.length - 1 } : summary;
  },
  autocomplete(option, value, context) {
    return option === 'article' ? suggestArticles(value, context) : [];
  },
} satisfies Command;
