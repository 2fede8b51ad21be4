import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Answer, ReloadAnswer } from '../answers/types.js';
import type { PreparedArticle } from './prepared.js';

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
}

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
}
