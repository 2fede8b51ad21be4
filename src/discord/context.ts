import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { Interaction } from 'discord.js';
import type { ReloadAnswer } from '../answers/types.js';
import type { AttachmentRef, CommandContext } from '../core/command.js';
import type { PreparedArticle } from '../core/prepared.js';
import type { ArticleEditor } from '../library/editor.js';

/** What the router needs from the library: the articles a server sees, and a reload. */
export interface ArticleSource {
  visibleTo(guildId: string | null): PreparedArticle[];
  reload(actor?: { userId: string; guildId: string | null }): Promise<ReloadAnswer>;
}

export interface ContextSources {
  library: ArticleSource;
  articleEditor?: ArticleEditor | undefined;
}

/** Manage Server in the server where the interaction happened; never in DMs. */
export function isModerator(interaction: Pick<Interaction, 'memberPermissions'>): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

export function commandContext(
  interaction: Pick<Interaction, 'guildId' | 'user' | 'memberPermissions'>,
  sources: ContextSources,
  attachments: Record<string, AttachmentRef> = {},
): CommandContext {
  const { guildId } = interaction;
  const userId = interaction.user.id;
  return {
    articles: sources.library.visibleTo(guildId),
    guildId,
    userId,
    isModerator: isModerator(interaction),
    reload: () => sources.library.reload({ userId, guildId }),
    attachments,
    ...(guildId && sources.articleEditor ? { articleEditor: sources.articleEditor } : {}),
  };
}
