// Answer → Discord reply as plain API JSON. Every piece of article or user text is escaped
// here; limits are enforced once more by src/discord/reply.ts on the way out.
import { isEphemeral } from './visibility.js';
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type {
  AboutAnswer,
  Answer,
  ArticlesAnswer,
  AskAnswer,
  ConfirmAnswer,
  HelpAnswer,
  NotFoundAnswer,
  Quote,
  QuoteAnswer,
  ReloadAnswer,
  SummaryAnswer,
  WhoAnswer,
} from '../answers/types.js';
import type { Article, Paragraph } from '../article/types.js';
import { articleKey, encodeButton, type PagedCommand } from '../discord/custom-id.js';
import { boldRanges, codeSpan, escapeMarkdown } from '../discord/markdown.js';
import { LIMITS, length, truncate } from '../discord/reply.js';
import { aboutLines } from './about.js';
import { displayDate, formatCitation, formatSource, otherArticlesNote } from './citation.js';

export type DiscordButton = APIButtonComponentWithCustomId;
export type DiscordButtonRow = APIActionRowComponent<DiscordButton>;

/** A reply as plain data: what discord.js sends after src/discord/reply.ts has checked it. */
/** A reply before its visibility is decided (see isEphemeral). */
type ReplyBody = Omit<DiscordReply, 'ephemeral'>;

export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordButtonRow[];
  ephemeral: boolean;
}

export interface RenderOptions {
  /** Zero-based page for paged answers (/quote, /who); clamped to the pages there are. */
  page?: number;
  /** The user who asked: the only one whose page buttons work. */
  userId: string;
  /** The article the command was limited to (its `article` option), so a page turn searches the same scope. */
  scopeArticleId?: string | null;
}

export const PAGE_SIZE = { quote: 5, who: 4 } as const;

const COLOURS = {
  summary: 0x2b6cb0,
  who: 0x6b46c1,
  quote: 0xb7791f,
  ask: 0x2f855a,
  about: 0x2f855a,
  'not-found': 0x718096,
  error: 0xc53030,
  reload: 0x319795,
  help: 0x4a5568,
  articles: 0x2c5282,
  confirm: 0xdd6b20,
  notice: 0x4a5568,
} as const satisfies Record<Answer['kind'], number>;

/** Room in a description for the text around the quotes (headings, notes). */
const DESCRIPTION_OVERHEAD = 400;
const MAX_QUOTE_CHARS = 900;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A window of a long paragraph that keeps its first highlighted term in view. */
function excerpt(quote: Quote, budget: number): string {
  const { text, highlights } = quote;
  if (length(text) <= budget) return boldRanges(text, highlights);
  const first = Math.min(...highlights.map(([start]) => start), text.length);
  let start = 0;
  if (first !== text.length && first > budget / 3) {
    const from = first - Math.floor(budget / 3);
    const space = text.indexOf(' ', from);
    start = space === -1 || space >= first ? from : space + 1;
  }
  const shifted = highlights.map(([a, b]) => [a - start, b - start] as [number, number]);
  const body = boldRanges(text.slice(start), shifted);
  return start > 0 ? `…${truncate(body, budget - 1)}` : truncate(body, budget);
}

function quoteBlock(quote: Quote, budget: number, showArticle: boolean): string {
  const body = excerpt(quote, budget)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const source = showArticle ? ` · ${formatSource(quote.citation.articleTitle, quote.citation.publisher)}` : '';
  return `${body}\n-# ${escapeMarkdown(formatCitation(quote.citation) + source)}`;
}

function quoteBlocks(quotes: Quote[], allQuotes: Quote[] = quotes): string {
  if (quotes.length === 0) return '';
  const showArticle = new Set(allQuotes.map((quote) => quote.citation.articleId)).size > 1;
  const budget = Math.min(MAX_QUOTE_CHARS, Math.floor((LIMITS.description - DESCRIPTION_OVERHEAD) / quotes.length) - 80);
  return quotes.map((quote) => quoteBlock(quote, budget, showArticle)).join('\n\n');
}

/** "Title · Publisher" for one article, or how many articles the quotes come from. */
function sourceLine(quotes: Quote[]): string | null {
  const first = quotes[0]?.citation;
  if (!first) return null;
  const articles = new Set(quotes.map((quote) => quote.citation.articleId)).size;
  return articles === 1 ? formatSource(first.articleTitle, first.publisher) : `From ${plural(articles, 'article')}`;
}

function footer(parts: Array<string | null>): APIEmbed['footer'] | undefined {
  const text = parts.filter(Boolean).join(' · ');
  return text ? { text: truncate(text, LIMITS.footer) } : undefined;
}

interface Pages<T> {
  items: T[];
  page: number;
  pages: number;
}

function paginate<T>(items: T[], size: number, requested = 0): Pages<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(0, Math.trunc(requested)), pages - 1);
  return { items: items.slice(page * size, (page + 1) * size), page, pages };
}

function pageLabel({ page, pages }: Pages<unknown>): string | null {
  return pages > 1 ? `Page ${page + 1} of ${pages}` : null;
}

function pageButtons(
  command: PagedCommand,
  pages: Pages<unknown>,
  state: { ownerId: string; articleId: string | null; subject: string },
): DiscordButtonRow[] {
  if (pages.pages <= 1) return [];
  const button = (page: number, label: string, disabled: boolean): DiscordButton => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    disabled,
    custom_id: encodeButton({
      kind: 'page',
      command,
      page,
      ownerId: state.ownerId,
      articleKey: state.articleId ? articleKey(state.articleId) : null,
      subject: state.subject,
    }),
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [button(pages.page - 1, '◀', pages.page === 0), button(pages.page + 1, '▶', pages.page === pages.pages - 1)],
    },
  ];
}

function renderSummary(answer: SummaryAnswer): ReplyBody {
  const dek = answer.dek ? `_${escapeMarkdown(answer.dek)}_\n\n` : '';
  return {
    embeds: [
      {
        color: COLOURS.summary,
        title: truncate(`Summary: ${escapeMarkdown(answer.articleTitle)}`, LIMITS.title),
        description: dek + (quoteBlocks(answer.quotes) || 'The article has no sentences to summarise.'),
        footer: footer([formatSource(answer.articleTitle, answer.publisher), `${answer.length} summary`, answer.otherArticles ? otherArticlesNote(answer.otherArticles) : null]),
      },
    ],
    components: [],
  };
}

type WhoItem = { heading: 'What they said' | 'Mentioned'; quote: Quote };

function renderWho(answer: WhoAnswer, options: RenderOptions): ReplyBody {
  const saidParagraphs = new Set(answer.said.map((quote) => quote.citation.paragraph));
  const items: WhoItem[] = [
    ...answer.said.map((quote) => ({ heading: 'What they said' as const, quote })),
    ...answer.mentions
      .filter((quote) => !saidParagraphs.has(quote.citation.paragraph))
      .map((quote) => ({ heading: 'Mentioned' as const, quote })),
  ];
  const pages = paginate(items, PAGE_SIZE.who, options.page);
  const intro = [
    answer.roles.length ? answer.roles.map((role) => `• ${escapeMarkdown(role)}`).join('\n') : '_The article gives no role._',
  ];
  if (answer.closestSpelling) intro.unshift(`_No one called “${escapeMarkdown(answer.query)}” is mentioned; the closest name is ${escapeMarkdown(answer.name)}._`);
  if (answer.aliases.length) intro.push(`Also called: ${escapeMarkdown(answer.aliases.join(', '))}`);
  if (answer.ambiguousWith.length) intro.push(`Not to be confused with: ${escapeMarkdown(answer.ambiguousWith.join(', '))}`);
  if (answer.said.length === 0) intro.push('_The article quotes nothing they said._');
  const sections: string[] = [];
  for (const heading of ['What they said', 'Mentioned'] as const) {
    const quotes = pages.items.filter((item) => item.heading === heading).map((item) => item.quote);
    if (quotes.length) sections.push(`**${heading}**\n${quoteBlocks(quotes, items.map((item) => item.quote))}`);
  }
  const fields: APIEmbedField[] = answer.mentions.length
    ? [{ name: 'Mentioned in', value: truncate(answer.mentions.map((quote) => `¶${quote.citation.paragraph}`).join(', '), LIMITS.fieldValue) }]
    : [];
  return {
    embeds: [
      {
        color: COLOURS.who,
        title: truncate(escapeMarkdown(answer.name), LIMITS.title),
        description: [intro.join('\n'), ...sections].join('\n\n'),
        fields,
        footer: footer([pageLabel(pages), formatSource(answer.articleTitle, answer.publisher)]),
      },
    ],
    components: pageButtons('who', pages, { ownerId: options.userId, articleId: answer.articleId, subject: answer.personId }),
  };
}

function renderQuote(answer: QuoteAnswer, options: RenderOptions): ReplyBody {
  const pages = paginate(answer.quotes, PAGE_SIZE.quote, options.page);
  const total = Math.max(answer.total, answer.quotes.length);
  return {
    embeds: [
      {
        color: COLOURS.quote,
        title: truncate(`“${escapeMarkdown(answer.term)}” in ${plural(total, 'paragraph')}`, LIMITS.title),
        description: quoteBlocks(pages.items, answer.quotes),
        footer: footer([pageLabel(pages), sourceLine(answer.quotes)]),
      },
    ],
    components: pageButtons('quote', pages, {
      ownerId: options.userId,
      articleId: options.scopeArticleId ?? null,
      subject: answer.term,
    }),
  };
}

function paragraphButtons(quotes: Quote[]): DiscordButtonRow[] {
  const seen = new Set<string>();
  const buttons: DiscordButton[] = [];
  for (const quote of quotes) {
    const id = `${quote.citation.articleId}#${quote.citation.paragraph}`;
    if (seen.has(id) || !quote.paragraphText || quote.paragraphText.trim() === quote.text.trim()) continue;
    seen.add(id);
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: `Show full paragraph ¶${quote.citation.paragraph}`,
      custom_id: encodeButton({ kind: 'paragraph', articleKey: articleKey(quote.citation.articleId), paragraph: quote.citation.paragraph }),
    });
  }
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons.slice(0, LIMITS.buttonsPerRow) }] : [];
}

function renderAsk(answer: AskAnswer): ReplyBody {
  return {
    embeds: [
      {
        color: COLOURS.ask,
        title: truncate(escapeMarkdown(answer.question), LIMITS.title),
        description: quoteBlocks(answer.quotes),
        footer: footer([sourceLine(answer.quotes)]),
      },
    ],
    components: paragraphButtons(answer.quotes),
  };
}

function renderAbout(answer: AboutAnswer): ReplyBody {
  const lines = aboutLines(answer).map(({ fact, source }) => `${escapeMarkdown(fact)}\n-# ${escapeMarkdown(source)}`);
  return {
    embeds: [{ color: COLOURS.about, title: truncate(escapeMarkdown(answer.question), LIMITS.title), description: truncate(lines.join('\n\n'), LIMITS.description) }],
    components: [],
  };
}

function renderNotFound(answer: NotFoundAnswer): ReplyBody {
  const suggestions = answer.suggestions.length ? `\n\nTry: ${answer.suggestions.map(escapeMarkdown).join(', ')}` : '';
  return {
    embeds: [{ color: COLOURS['not-found'], title: 'Not in the article', description: escapeMarkdown(answer.message) + suggestions }],
    components: [],
  };
}

function listField(name: string, items: string[]): APIEmbedField[] {
  return items.length ? [{ name, value: truncate(items.map((item) => `• ${escapeMarkdown(item)}`).join('\n'), LIMITS.fieldValue) }] : [];
}

function renderReload(answer: ReloadAnswer): ReplyBody {
  const { before, after } = answer;
  const counts = [
    `Articles ${before.articles} → ${after.articles}`,
    `Paragraphs ${before.paragraphs} → ${after.paragraphs}`,
    `People ${before.people} → ${after.people}`,
  ].join('\n');
  const unchanged = !answer.added.length && !answer.changed.length && !answer.removed.length ? '\nNo article changed.' : '';
  return {
    embeds: [
      {
        color: answer.ok ? COLOURS.reload : COLOURS.error,
        title: answer.ok ? `Reloaded in ${Math.round(answer.durationMs)} ms` : 'Reload failed: the articles already loaded are still served',
        description: counts + unchanged,
        fields: [
          ...listField('Added', answer.added),
          ...listField('Changed', answer.changed),
          ...listField('Removed', answer.removed),
          ...listField('Skipped', answer.skipped.map(({ file, reason }) => `${file}: ${reason}`)),
        ],
      },
    ],
    components: [],
  };
}

function renderHelp(answer: HelpAnswer): ReplyBody {
  return {
    embeds: [
      {
        color: COLOURS.help,
        title: 'Byline: answers about the news, quoted and attributed',
        fields: answer.commands.map((command) => ({
          name: truncate(escapeMarkdown(command.usage), LIMITS.fieldName),
          value: `${escapeMarkdown(command.description)}\nExample: ${codeSpan(command.example)}`,
        })),
      },
    ],
    components: [],
  };
}

/** ◀ ▶ for answers whose command pages itself (custom_ids chosen by the command; null: no such page). */
function commandPageButtons(previousId: string | null, nextId: string | null, name: string): DiscordButtonRow[] {
  if (!previousId && !nextId) return [];
  const button = (id: string | null, label: string, side: string): DiscordButton => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    disabled: !id,
    // A disabled button still needs a unique custom_id; it can never be clicked.
    custom_id: id ?? `${name}:disabled:${side}`,
  });
  return [{ type: ComponentType.ActionRow, components: [button(previousId, '◀', 'previous'), button(nextId, '▶', 'next')] }];
}

function renderArticles(answer: ArticlesAnswer): ReplyBody {
  const lines = answer.articles.map((article) => {
    const details = [article.publisher, displayDate(article.published), plural(article.paragraphs, 'paragraph')].filter(Boolean).join(' · ');
    return `**${escapeMarkdown(article.title)}**\n${escapeMarkdown(details)}`;
  });
  const { page } = answer;
  const total = page?.total ?? answer.articles.length;
  return {
    embeds: [
      {
        color: COLOURS.articles,
        title: `${plural(total, 'article')} loaded`,
        description: lines.join('\n\n') || 'No articles are loaded.',
        footer: footer([page && page.count > 1 ? `Page ${page.number} of ${page.count}` : null]),
      },
    ],
    components: page ? commandPageButtons(page.previousId, page.nextId, 'articles') : [],
  };
}

function renderConfirm(answer: ConfirmAnswer): ReplyBody {
  const { article } = answer;
  const details = [article.publisher, displayDate(article.published), plural(article.paragraphs, 'paragraph')].filter(Boolean).join(' · ');
  const button = (customId: string, label: string, style: ButtonStyle.Success | ButtonStyle.Danger | ButtonStyle.Secondary): DiscordButton => ({
    type: ComponentType.Button,
    style,
    label,
    custom_id: customId,
  });
  return {
    embeds: [
      {
        color: COLOURS.confirm,
        title: truncate(escapeMarkdown(article.title), LIMITS.title),
        description: `${escapeMarkdown(answer.prompt)}\n\n> ${truncate(escapeMarkdown(article.firstParagraph), 1500)}\n-# ${escapeMarkdown(details)}`,
        ...(article.url ? { fields: [{ name: 'Source', value: truncate(escapeMarkdown(article.url), LIMITS.fieldValue) }] } : {}),
        footer: footer([`Buttons expire ${answer.expiresAt}`]),
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button(answer.confirmId, 'Confirm', answer.action === 'remove-article' ? ButtonStyle.Danger : ButtonStyle.Success),
          button(answer.cancelId, 'Cancel', ButtonStyle.Secondary),
        ],
      },
    ],
  };
}

/** Renders an answer as a Discord reply, visible as `isEphemeral` decides. */
export function renderDiscord(answer: Answer, options: RenderOptions): DiscordReply {
  return { ...renderBody(answer, options), ephemeral: isEphemeral(answer, false) };
}

function renderBody(answer: Answer, options: RenderOptions): ReplyBody {
  switch (answer.kind) {
    case 'summary':
      return renderSummary(answer);
    case 'who':
      return renderWho(answer, options);
    case 'quote':
      return renderQuote(answer, options);
    case 'ask':
      return renderAsk(answer);
    case 'about':
      return renderAbout(answer);
    case 'not-found':
      return renderNotFound(answer);
    case 'reload':
      return renderReload(answer);
    case 'help':
      return renderHelp(answer);
    case 'articles':
      return renderArticles(answer);
    case 'confirm':
      return renderConfirm(answer);
    case 'notice':
      return { embeds: [{ color: COLOURS.notice, description: escapeMarkdown(answer.message) }], components: [] };
    case 'error':
      return { embeds: [{ color: COLOURS.error, description: escapeMarkdown(answer.message) }], components: [] };
  }
}

/** The whole paragraph behind a "Show full paragraph" button, with its citation. */
export function renderParagraph(article: Article, paragraph: Paragraph): DiscordReply {
  const citation = formatCitation({
    articleId: article.id,
    articleTitle: article.title,
    publisher: article.publisher,
    paragraph: paragraph.number,
    section: paragraph.section,
    speaker: null,
    outlet: null,
  });
  return {
    embeds: [
      {
        color: COLOURS.ask,
        description: `${truncate(boldRanges(paragraph.text, []), LIMITS.description - 200)
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')}\n-# ${escapeMarkdown(citation)}`,
        footer: footer([formatSource(article.title, article.publisher)]),
      },
    ],
    components: [],
    ephemeral: true,
  };
}
