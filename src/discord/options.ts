import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { SUBCOMMAND_OPTION, type AttachmentRef, type OptionValues } from '../core/command.js';

/** The members of discord.js's CommandInteractionOption that the router reads. */
export interface RawOption {
  name: string;
  type: ApplicationCommandOptionType;
  value?: string | number | boolean;
  options?: readonly RawOption[];
  attachment?: { name: string; url: string; size: number; contentType: string | null } | undefined;
}

export interface ReadOptions {
  values: OptionValues;
  attachments: Record<string, AttachmentRef>;
}

/**
 * Flattens an interaction's options into the plain values handlers take: a subcommand's
 * name goes under `subcommand` with its options beside it; an attachment's value is its
 * file name, with the attachment itself in `attachments`.
 */
export function readOptions(data: readonly RawOption[]): ReadOptions {
  const read: ReadOptions = { values: {}, attachments: {} };
  const visit = (options: readonly RawOption[]) => {
    for (const option of options) {
      if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
        visit(option.options ?? []);
      } else if (option.type === ApplicationCommandOptionType.Subcommand) {
        read.values[SUBCOMMAND_OPTION] = option.name;
        visit(option.options ?? []);
      } else if (option.type === ApplicationCommandOptionType.Attachment && option.attachment) {
        const { name, url, size, contentType } = option.attachment;
        read.attachments[option.name] = { name, url, size, contentType };
        read.values[option.name] = name;
      } else if (option.value !== undefined) {
        read.values[option.name] = option.value;
      }
    }
  };
  visit(data);
  return read;
}
