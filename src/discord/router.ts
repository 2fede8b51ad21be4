// One entry point for every interaction: routes it, answers it within Discord's deadline,
// turns any failure into a private error reply, and logs one line about it.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Answer } from '../answers/types.js';
import type { Choice, Command, MessageCommand } from '../core/command.js';
import { canReloadOperatorData } from '../library/permissions.js';
import { renderDiscord } from '../render/discord.js';
import { showParagraph, turnPage } from './buttons.js';
import { commandContext, isModerator, type ContextSources } from './context.js';
import { decodeButton } from './custom-id.js';
import { readOptions } from './options.js';
import { fitChoices } from './reply.js';
import {
  answerInTime,
  DEFER_AFTER_MS,
  deferCommand,
  replyPrivately,
  sendCommandReply,
  updateMessage,
  type CommandInteraction,
  type Deferral,
} from './respond.js';

export interface RouterOptions extends ContextSources {
  commands: ReadonlyMap<string, Command>;
  messageCommands: ReadonlyMap<string, MessageCommand>;
  logger: Logger;
  /** Servers whose moderators may /reload the operator's shared articles; empty: any server. */
  adminGuildIds: string[];
  deferAfterMs?: number;
}

export type InteractionRouter = (interaction: Interaction) => Promise<void>;

const FAILURE_MESSAGE = 'Something went wrong while answering; nothing was changed. Please try again.';

const errorAnswer = (message: string): Answer => ({ kind: 'error', message });

/** The text of a message for "Ask Byline": its content, else the text of its embeds. */
function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const message = interaction.targetMessage;
  if (message.content.trim()) return message.content;
  return message.embeds.map((embed) => [embed.title, embed.description].filter(Boolean).join('\n')).join('\n');
}

/** The article a scoped answer came from, so its page buttons search the same article. */
function answeredArticle(answer: Answer): string | null {
  if (answer.kind === 'quote') return answer.quotes[0]?.citation.articleId ?? null;
  if (answer.kind === 'who') return answer.articleId;
  return null;
}

export function createRouter(options: RouterOptions): InteractionRouter {
  const { commands, messageCommands, logger, adminGuildIds } = options;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;

  async function chatInput(interaction: ChatInputCommandInteraction): Promise<string> {
    const deferral: Deferral = { ephemeral: null };
    const command = commands.get(interaction.commandName);
    const refuse = async (message: string) => {
      await sendCommandReply(interaction, renderDiscord(errorAnswer(message), { userId: interaction.user.id }), deferral);
      return 'refused';
    };
    if (!command) return refuse('That command is not available any more.');
    if (command.moderatorOnly && !isModerator(interaction)) {
      return refuse(`Only moderators (Manage Server) can use /${interaction.commandName}.`);
    }
    if (interaction.commandName === 'reload' && !canReloadOperatorData(interaction.guildId, { adminGuildIds })) {
      return refuse("The shared articles can only be reloaded from the operator's servers.");
    }
    const { values, attachments } = readOptions(interaction.options.data);
    const context = commandContext(interaction, options, attachments);
    const privateReply = values.private === true;
    const answer = await answerInTime(() => command.execute(values, context), {
      slow: command.slow ?? false,
      deferAfterMs,
      defer: deferCommand(interaction, privateReply || Boolean(command.moderatorOnly), deferral),
    });
    const reply = renderDiscord(answer, {
      userId: interaction.user.id,
      scopeArticleId: values.article === undefined ? null : answeredArticle(answer),
    });
    await sendCommandReply(interaction, { ...reply, ephemeral: reply.ephemeral || privateReply }, deferral);
    return answer.kind;
  }

  async function contextMenu(interaction: MessageContextMenuCommandInteraction): Promise<string> {
    const deferral: Deferral = { ephemeral: null };
    const command = messageCommands.get(interaction.commandName);
    const context = commandContext(interaction, options);
    const answer = command
      ? await answerInTime(() => command.execute(messageText(interaction), context), {
          slow: false,
          deferAfterMs,
          defer: deferCommand(interaction, false, deferral),
        })
      : errorAnswer('That command is not available any more.');
    await sendCommandReply(interaction, renderDiscord(answer, { userId: interaction.user.id }), deferral);
    return answer.kind;
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<string> {
    let choices: Choice[] = [];
    let outcome = 'ok';
    try {
      const focused = interaction.options.getFocused(true);
      const command = commands.get(interaction.commandName);
      choices = command?.autocomplete?.(focused.name, String(focused.value ?? ''), commandContext(interaction, options)) ?? [];
    } catch (error) {
      // Suggestions are a convenience: on any failure the user still gets an (empty) list.
      logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
      outcome = 'error';
    }
    await interaction.respond(fitChoices(choices));
    return outcome;
  }

  async function button(interaction: ButtonInteraction): Promise<string> {
    const context = commandContext(interaction, options);
    const action = decodeButton(interaction.customId);
    if (action?.kind === 'page') return turnPage(interaction, action, commands, context);
    if (action?.kind === 'paragraph') return showParagraph(interaction, action, context);
    // Other buttons belong to the command their custom_id starts with ("article:confirm:…").
    const command = commands.get(interaction.customId.split(':')[0] ?? '');
    if (!command?.button) {
      await replyPrivately(interaction, renderDiscord(errorAnswer('This button no longer works.'), { userId: interaction.user.id }));
      return 'gone';
    }
    const answer = await answerInTime(() => command.button!(interaction.customId, context), {
      slow: command.slow ?? false,
      deferAfterMs,
      defer: () => interaction.deferUpdate(),
    });
    const reply = renderDiscord(answer, { userId: interaction.user.id });
    if (answer.kind === 'error' || answer.kind === 'not-found') await replyPrivately(interaction, reply);
    else await updateMessage(interaction, reply);
    return answer.kind;
  }

  /** The guide's pattern: reply, or follow up when already acknowledged; the error reply itself may fail. */
  async function replyWithError(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const reply = renderDiscord(errorAnswer(FAILURE_MESSAGE), { userId: interaction.user.id });
      if (interaction.isCommand() && interaction.deferred && !interaction.replied) {
        await interaction.deleteReply().catch(() => undefined);
      }
      await replyPrivately(interaction, reply);
    } catch (error) {
      logger.error({ err: error }, 'could not send the error reply');
    }
  }

  function describe(interaction: Interaction): string {
    if (interaction.isButton()) return `button:${interaction.customId.split(/[|:]/)[0]}`;
    if (interaction.isCommand() || interaction.isAutocomplete()) {
      return interaction.isAutocomplete() ? `${interaction.commandName}:autocomplete` : interaction.commandName;
    }
    return `type:${interaction.type}`;
  }

  async function dispatch(interaction: Interaction): Promise<string> {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (interaction.isChatInputCommand()) return chatInput(interaction);
    if (interaction.isMessageContextMenuCommand()) return contextMenu(interaction);
    if (interaction.isButton()) return button(interaction);
    return 'ignored';
  }

  return async function route(interaction: Interaction): Promise<void> {
    const started = performance.now();
    let outcome: string;
    try {
      outcome = await dispatch(interaction);
    } catch (error) {
      outcome = 'failed';
      logger.error({ err: error, command: describe(interaction) }, 'interaction failed');
      await replyWithError(interaction);
    }
    logger.info(
      {
        command: describe(interaction),
        userId: interaction.user.id,
        guildId: interaction.guildId,
        latencyMs: Math.round(performance.now() - started),
        outcome,
      },
      'interaction',
    );
  };
}
