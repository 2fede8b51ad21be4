import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Answer, ReloadAnswer } from '../answers/types.js';
import type { ArticleEditor } from '../library/editor.js';
import type { PreparedArticle } from './prepared.js';

/** An attachment option, resolved by the Discord router from `interaction.options.getAttachment`. */
export interface AttachmentRef {
  name: string;
  url: string;
  size: number;
  contentType: string | null;
}

/** What a command may see and do: the caller's scope of articles and who is asking. */
export interface CommandContext {
  /** Articles visible to the caller (operator's plus this server's), newest first. */
  articles: PreparedArticle[];
  guildId: string | null;
  userId: string;
  /** Has Manage Server in this server (always true in the local console). */
  isModerator: boolean;
  /** Re-reads the data and swaps it in; serialised by the library. */
  reload(): Promise<ReloadAnswer>;
  /** Attachment options of this interaction by option name (Discord only). */
  attachments?: Record<string, AttachmentRef>;
  /** Adds and removes this server's own articles; absent where they cannot change (console, DMs). */
  articleEditor?: ArticleEditor;
}

/**
 * For a command with subcommands, the router (and the console) put the chosen subcommand's
 * name in `options[SUBCOMMAND_OPTION]` and its options beside it, flattened.
 */
export const SUBCOMMAND_OPTION = 'subcommand';

export type OptionValue = string | number | boolean;
export type OptionValues = Record<string, OptionValue | undefined>;

export interface Choice {
  name: string;
  value: string;
}

/**
 * One slash command: its definition as plain JSON (shared by deploy, Discord and the
 * console) and a Discord-free handler that turns options into an Answer.
 */
export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Refused in the handler too, not only hidden by default_member_permissions. */
  moderatorOnly?: boolean;
  /** Runs slowly enough (a reload) that Discord replies should be deferred first. */
  slow?: boolean;
  execute(options: OptionValues, context: CommandContext): Answer | Promise<Answer>;
  autocomplete?(option: string, value: string, context: CommandContext): Choice[];
  /**
   * A click on a button this command's answers carry: every such custom_id starts with
   * `${definition.name}:`. The router answers with an update of the clicked message.
   */
  button?(customId: string, context: CommandContext): Answer | Promise<Answer>;
}

/** A message context-menu command (right-click a message → Apps): the message's text in, an Answer out. */
export interface MessageCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(messageText: string, context: CommandContext): Answer | Promise<Answer>;
}
