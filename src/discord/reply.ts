// The one place where outgoing Discord payloads are made safe: every reply, edit, update,
// follow-up and autocomplete result passes through here. Discord counts lengths in code points.
import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import type { Choice } from '../core/command.js';
import type { DiscordButtonRow, DiscordReply } from '../render/discord.js';
import { openMarkers } from './markdown.js';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceText: 100,
} as const;

const ELLIPSIS = '…';

/** Length as Discord counts it: code points, not UTF-16 units. */
export function length(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function firstCodePoints(text: string, count: number): string {
  return [...text].slice(0, count).join('');
}

/** Drops a dangling backslash (it would escape the ellipsis) and a marker opened at the very end. */
function tidyCut(cut: string): string {
  let text = cut.trimEnd();
  for (;;) {
    const trailingBackslashes = /\\+$/.exec(text)?.[0].length ?? 0;
    if (trailingBackslashes % 2 === 1) text = text.slice(0, -1).trimEnd();
    const last = openMarkers(text).at(-1);
    if (last && last.index + last.marker.length >= text.length) text = text.slice(0, last.index).trimEnd();
    else return text;
  }
}

function closeOpenMarkers(text: string): string {
  return openMarkers(text)
    .reverse()
    .map(({ marker }) => marker)
    .join('');
}

/**
 * Shortens `text` to at most `max` code points, cutting at a word boundary when one is near
 * and ending with "…". Markdown left open by the cut (`**`, `_`, `~~`, `||`, `` ` ``) is closed.
 */
export function truncate(text: string, max: number): string {
  if (length(text) <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let budget = max - 1;
  for (;;) {
    let cut = firstCodePoints(text, budget);
    const endsAtWord = /^\s/.test(text.slice(cut.length));
    const lastSpace = cut.search(/\s\S*$/);
    if (!endsAtWord && lastSpace > cut.length * 0.6) cut = cut.slice(0, lastSpace);
    cut = tidyCut(cut);
    const result = cut + ELLIPSIS + closeOpenMarkers(cut);
    if (length(result) <= max || budget <= 1) return length(result) <= max ? result : ELLIPSIS;
    budget -= length(result) - max;
  }
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.title);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, LIMITS.description);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) || ELLIPSIS };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.author) || ELLIPSIS };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMITS.fields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return fitted;
}

/**
 * Keeps all embeds together under 6000 characters, spending the budget in reading order and,
 * within an embed, on the title and footer (the attribution) before the description and fields.
 */
function fitEmbedTotal(embeds: APIEmbed[]): APIEmbed[] {
  let remaining: number = LIMITS.embedTotal;
  const take = (text: string): string => {
    const kept = truncate(text, remaining);
    remaining -= length(kept);
    return kept;
  };
  return embeds
    .map((embed) => {
      const fitted: APIEmbed = { ...embed };
      delete fitted.title;
      delete fitted.description;
      delete fitted.footer;
      delete fitted.author;
      delete fitted.fields;
      const title = embed.title ? take(embed.title) : '';
      if (title) fitted.title = title;
      const footerText = embed.footer ? take(embed.footer.text) : '';
      if (embed.footer && footerText) fitted.footer = { ...embed.footer, text: footerText };
      const authorName = embed.author ? take(embed.author.name) : '';
      if (embed.author && authorName) fitted.author = { ...embed.author, name: authorName };
      const description = embed.description ? take(embed.description) : '';
      if (description) fitted.description = description;
      const fields = (embed.fields ?? []).flatMap((field) => {
        if (remaining < length(field.name) + 2) return [];
        const name = take(field.name);
        const value = take(field.value);
        return value ? [{ ...field, name, value }] : [];
      });
      if (fields.length) fitted.fields = fields;
      return fitted;
    })
    .filter((embed) => embed.title || embed.description || embed.fields || embed.footer || embed.author || embed.image);
}

function fitComponents(rows: DiscordButtonRow[]): DiscordButtonRow[] {
  return rows
    .slice(0, LIMITS.rows)
    .map((row) => ({
      ...row,
      components: row.components
        .filter((button) => length(button.custom_id) > 0 && length(button.custom_id) <= LIMITS.customId)
        .slice(0, LIMITS.buttonsPerRow)
        .map((button) => (button.label ? { ...button, label: truncate(button.label, LIMITS.buttonLabel) } : button)),
    }))
    .filter((row) => row.components.length > 0);
}

/** The reply with every Discord limit enforced. */
export function fitReply(reply: DiscordReply): DiscordReply {
  const content = reply.content === undefined ? undefined : truncate(reply.content, LIMITS.content);
  const embeds = fitEmbedTotal(reply.embeds.slice(0, LIMITS.embeds).map(fitEmbed));
  const hasSomething = Boolean(content) || embeds.length > 0;
  return {
    content: hasSomething ? content : 'Nothing to show.',
    embeds,
    components: fitComponents(reply.components),
    ephemeral: reply.ephemeral,
  };
}

/** How the payload is sent: a first reply / follow-up may be ephemeral; an edit or update may not change that. */
export type SendMode = 'reply' | 'edit';

export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordButtonRow[];
  flags?: number;
  allowedMentions: { parse: [] };
}

/**
 * The payload for discord.js (`reply`, `editReply`, `followUp`, `update`): limits enforced,
 * no mention can ping, and link previews suppressed on content-only messages.
 */
export function toPayload(reply: DiscordReply, mode: SendMode): ReplyPayload {
  const fitted = fitReply(reply);
  let flags = 0;
  if (fitted.ephemeral && mode === 'reply') flags |= MessageFlags.Ephemeral;
  if (fitted.embeds.length === 0) flags |= MessageFlags.SuppressEmbeds;
  return {
    // An edit keeps fields it does not mention, so it clears stale content explicitly.
    ...(fitted.content !== undefined || mode === 'edit' ? { content: fitted.content ?? '' } : {}),
    embeds: fitted.embeds,
    components: fitted.components,
    ...(flags ? { flags } : {}),
    allowedMentions: { parse: [] },
  };
}

/** Autocomplete choices within Discord's limits; a choice whose value would not fit is dropped, not cut. */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  const fitted: Choice[] = [];
  for (const choice of choices) {
    if (fitted.length === LIMITS.choices) break;
    const name = truncate(choice.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceText);
    const valueLength = length(choice.value);
    if (!name || valueLength === 0 || valueLength > LIMITS.choiceText || seen.has(choice.value)) continue;
    seen.add(choice.value);
    fitted.push({ name, value: choice.value });
  }
  return fitted;
}
