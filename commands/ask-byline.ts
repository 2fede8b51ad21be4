import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerAsk } from '../src/answers/ask.js';
import type { MessageCommand } from '../src/core/command.js';
import { articlesInScope } from './shared/article-scope.js';
import { flattenMessageText, isErrorAnswer, readText } from './shared/input.js';
import { QUESTION_MAX } from './ask.js';

const definition = {
  type: ApplicationCommandType.Message,
  name: 'Ask Byline',
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Right-click a message → Apps → Ask Byline: the message's text is asked as a question. */
export default {
  definition,
  execute(messageText, context) {
    const text = flattenMessageText(messageText);
    if (!text) return { kind: 'error', message: 'That message has no text to ask about.' };
    const question = readText({ question: text }, 'question', 'message', QUESTION_MAX);
    if (isErrorAnswer(question)) return question;
    const scope = articlesInScope({}, context);
    if (isErrorAnswer(scope)) return scope;
    return answerAsk(scope, question);
  },
} satisfies MessageCommand;
