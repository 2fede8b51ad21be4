import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerAsk } from '../src/answers/ask.js';
import { articleOption, privateOption } from './shared/options.js';
import { textQueryCommand } from './shared/text-query.js';

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

export default textQueryCommand({
  definition,
  option: 'question',
  label: 'question',
  maxLength: QUESTION_MAX,
  answer: answerAsk,
});
