import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerQuote, suggestTerms } from '../src/answers/quote.js';
import { articleOption, privateOption } from './shared/options.js';
import { textQueryCommand } from './shared/text-query.js';

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

export default textQueryCommand({
  definition,
  option: 'term',
  label: 'search term',
  maxLength: TERM_MAX,
  answer: answerQuote,
  suggest: (articles, prefix) => suggestTerms(articles, prefix).map((term) => ({ name: term, value: term })),
});
