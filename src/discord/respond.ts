// Answering an interaction on time and in the right visibility. Discord gives 3 seconds for
// the first response: slow work is deferred first, anything else deferred if still running.
import { MessageFlags } from 'discord-api-types/v10';
import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  MessageContextMenuCommandInteraction,
  RepliableInteraction,
} from 'discord.js';
import type { Answer } from '../answers/types.js';
import type { DiscordReply } from '../render/discord.js';
import { toPayload, type ReplyPayload } from './reply.js';

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** How long a handler may run before we defer, leaving room inside Discord's 3-second deadline. */
export const DEFER_AFTER_MS = 1500;

/** Whether and how the first response was a deferral: null when not deferred. */
export interface Deferral {
  ephemeral: boolean | null;
}

/**
 * Runs `produce`; defers at once when `slow`, or when it is still running after `deferAfterMs`.
 * Errors from `produce` propagate (after any deferral) to the router's error reply.
 */
export async function answerInTime(
  produce: () => Answer | Promise<Answer>,
  options: { slow: boolean; deferAfterMs: number; defer: () => Promise<unknown> },
): Promise<Answer> {
  const pending = Promise.resolve().then(produce);
  if (options.slow) {
    await options.defer();
    return pending;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.deferAfterMs);
  });
  const first = await Promise.race([pending.then(() => 'done' as const, () => 'done' as const), late]);
  clearTimeout(timer);
  if (first === 'late') await options.defer();
  return pending;
}

export function deferCommand(interaction: CommandInteraction, ephemeral: boolean, deferral: Deferral): () => Promise<unknown> {
  return async () => {
    deferral.ephemeral = ephemeral;
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  };
}

// discord.js accepts raw API JSON for embeds and components; its option types are wider than ours.
type DiscordJsPayload = Parameters<RepliableInteraction['reply']>[0] & Parameters<RepliableInteraction['editReply']>[0];
const forDiscordJs = (payload: ReplyPayload) => payload as unknown as DiscordJsPayload;

/** Sends a command's reply: first response, edit of the deferral, or (for a private reply after a public deferral) a private follow-up. */
export async function sendCommandReply(interaction: CommandInteraction, reply: DiscordReply, deferral: Deferral): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(forDiscordJs(toPayload(reply, 'reply')));
  } else if (interaction.deferred && !interaction.replied) {
    if (reply.ephemeral && deferral.ephemeral === false) {
      // A public "thinking…" cannot become private: remove it and answer privately.
      await interaction.deleteReply();
      await interaction.followUp(forDiscordJs(toPayload(reply, 'reply')));
    } else {
      await interaction.editReply(forDiscordJs(toPayload(reply, 'edit')));
    }
  } else {
    await interaction.followUp(forDiscordJs(toPayload(reply, 'reply')));
  }
}

/** Replaces the clicked message (a page turn, a confirmation), after a deferUpdate if there was one. */
export async function updateMessage(interaction: MessageComponentInteraction, reply: DiscordReply): Promise<void> {
  const payload = forDiscordJs(toPayload(reply, 'edit'));
  if (interaction.deferred || interaction.replied) await interaction.editReply(payload);
  else await interaction.update(payload);
}

/** A new private message in answer to a click (a refusal, an error, a full paragraph). */
export async function replyPrivately(interaction: ButtonInteraction | RepliableInteraction, reply: DiscordReply): Promise<void> {
  const payload = forDiscordJs(toPayload({ ...reply, ephemeral: true }, 'reply'));
  if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
