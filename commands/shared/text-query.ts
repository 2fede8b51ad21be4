import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Answer } from '../../src/answers/types.js';
import type { Choice, Command } from '../../src/core/command.js';
import type { PreparedArticle } from '../../src/core/prepared.js';
import { articlesInScope, suggestArticles } from './article-scope.js';
import { isErrorAnswer, readQuery } from './input.js';

interface TextQuerySpec {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** The required text option, how error messages name it, and its length limit. */
  option: string;
  label: string;
  maxLength: number;
  answer(articles: PreparedArticle[], text: string): Answer;
  suggest?(articles: PreparedArticle[], prefix: string): Choice[];
}

/**
 * The shape shared by /who, /quote and /ask: validate one text option, narrow to the
 * `article` option's scope, and ask the core. Autocomplete covers the text and `article`.
 */
export function textQueryCommand(spec: TextQuerySpec): Command {
  return {
    definition: spec.definition,
    execute(options, context) {
      const text = readQuery(options, spec.option, spec.label, spec.maxLength);
      if (isErrorAnswer(text)) return text;
      const scope = articlesInScope(options, context);
      if (isErrorAnswer(scope)) return scope;
      return spec.answer(scope, text);
    },
    autocomplete(option, value, context) {
      if (option === 'article') return suggestArticles(value, context);
      if (option !== spec.option || !spec.suggest) return [];
      return spec.suggest(context.articles, value.slice(0, spec.maxLength));
    },
  };
}
