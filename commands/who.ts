import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { answerWho, suggestPeople } from '../src/answers/who.js';
import { articleOption, privateOption } from './shared/options.js';
import { textQueryCommand } from './shared/text-query.js';

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

export default textQueryCommand({
  definition,
  option: 'name',
  label: 'name',
  maxLength: NAME_MAX,
  answer: answerWho,
  suggest: suggestPeople,
});
