// The static list of commands: no filesystem scanning, so startup cost and the set of
// commands are both fixed at build time.
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Command, MessageCommand } from '../src/core/command.js';
import article from './article.js';
import articles from './articles.js';
import ask from './ask.js';
import askByline from './ask-byline.js';
import { createHelpCommand } from './help.js';
import quote from './quote.js';
import reload from './reload.js';
import summary from './summary.js';
import who from './who.js';

const listed: Command[] = [summary, who, quote, ask, articles, article, reload];
const help = createHelpCommand(() => listed);

/** Slash commands by name, in the order /help lists them. */
export const commandMap: ReadonlyMap<string, Command> = new Map(
  [...listed, help].map((command) => [command.definition.name, command]),
);

/** Message context-menu commands by name. */
export const messageCommandMap: ReadonlyMap<string, MessageCommand> = new Map(
  [askByline].map((command) => [command.definition.name, command]),
);

/** Every definition Discord should have registered: what deploy PUTs and startup sync compares. */
export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = [
  ...[...commandMap.values()].map((command) => command.definition),
  ...[...messageCommandMap.values()].map((command) => command.definition),
];
