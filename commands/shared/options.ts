// Options several commands share, as plain JSON so deploy, Discord and the console agree.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';

export const ARTICLE_OPTION_MAX = 100;

export const articleOption = {
  type: ApplicationCommandOptionType.String,
  name: 'article',
  description: 'Which article to use (start typing its title); default: every loaded article',
  required: false,
  autocomplete: true,
  max_length: ARTICLE_OPTION_MAX,
} as const;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Only you see the reply',
  required: false,
} as const;
