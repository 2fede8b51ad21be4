import { PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Command } from '../src/core/command.js';

const definition = {
  name: 'reload',
  description: 'Moderators: re-read the articles and swap them in (shows what changed)',
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
  definition,
  moderatorOnly: true,
  slow: true,
  async execute(_options, context) {
    if (!context.isModerator) return { kind: 'error', message: 'Only moderators (Manage Server) can reload the articles.' };
    return context.reload();
  },
} satisfies Command;
