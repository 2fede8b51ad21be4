// Reading what a user sees in a message the bot sent through the fake Discord.
import type { InteractionRecord, Json } from '../../support/fake-discord/records.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}

export interface Button {
  custom_id?: string;
  label?: string;
  disabled?: boolean;
}

/** All visible text of a message: content, then each embed's title, description, fields and footer. */
export function messageText(message: Json | null): string {
  if (!message) return '';
  const embeds = (message.embeds ?? []) as Embed[];
  const parts = [typeof message.content === 'string' ? message.content : ''];
  for (const embed of embeds) {
    parts.push(embed.author?.name ?? '', embed.title ?? '', embed.description ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    parts.push(embed.footer?.text ?? '');
  }
  return parts.filter(Boolean).join('\n');
}

export function buttons(message: Json | null): Button[] {
  const rows = (message?.components ?? []) as Array<{ components?: Button[] }>;
  return rows.flatMap((row) => row.components ?? []);
}

export function isEphemeral(record: InteractionRecord): boolean {
  return typeof record.original?.flags === 'number' && (record.original.flags & 64) !== 0;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
