import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { HelpAnswer } from '../src/answers/types.js';
import type { Command, CommandContext } from '../src/core/command.js';

const definition = {
  name: 'help',
  description: 'What Byline can do, with examples',
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const SUBCOMMAND_TYPES: ReadonlySet<ApplicationCommandOptionType> = new Set([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

/** "/who name:<name> [article] [private]", or "/article add|remove" for commands with subcommands. */
export function usageOf(command: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
  const options: readonly APIApplicationCommandOption[] = command.options ?? [];
  if (options.some((option) => SUBCOMMAND_TYPES.has(option.type))) {
    return `/${command.name} ${options.map((option) => option.name).join('|')}`;
  }
  const parts = options.map((option) => {
    // "[length:short|medium|long]": an option with fixed choices names them.
    const choices = 'choices' in option && option.choices ? option.choices.map((choice) => String(choice.value)).join('|') : null;
    const value = choices ?? `<${option.name}>`;
    return option.required ? `${option.name}:${value}` : choices ? `[${option.name}:${choices}]` : `[${option.name}]`;
  });
  return [`/${command.name}`, ...parts].join(' ');
}

/** An example that works on what is loaded: the newest article's best-known person and most frequent term. */
function exampleFor(name: string, context: CommandContext): string {
  const newest = context.articles[0];
  const person = newest?.people.slice().sort((a, b) => b.mentionCount - a.mentionCount)[0];
  const term = newest?.vocabulary[0];
  switch (name) {
    case 'summary':
      return '/summary length:short';
    case 'who':
      return person ? `/who name:${person.name}` : '/who name:<a name from the article>';
    case 'quote':
      return term ? `/quote term:${term}` : '/quote term:<a word from the article>';
    case 'ask':
      return person ? `/ask question:What did ${person.name} say?` : '/ask question:What happened?';
    default:
      return `/${name}`;
  }
}

/** /help lists the commands it is given, so the static map stays the one list of commands. */
export function createHelpCommand(listCommands: () => Iterable<Command>): Command {
  return {
    definition,
    execute(_options, context): HelpAnswer {
      const commands = [...listCommands()]
        .filter((command) => !command.moderatorOnly || context.isModerator)
        .map(({ definition: command }) => ({
          name: command.name,
          usage: usageOf(command),
          description: command.description,
          example: exampleFor(command.name, context),
        }));
      return { kind: 'help', commands };
    },
  };
}
