import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Answer, ConfirmAnswer, ErrorAnswer } from '../src/answers/types.js';
import type { Command, CommandContext, OptionValues } from '../src/core/command.js';
import type { GuildActor, Proposal } from '../src/library/editor.js';
import { StoreRefusal } from '../src/library/store.js';
import { isErrorAnswer, readText } from './shared/input.js';
import { ARTICLE_OPTION_MAX } from './shared/options.js';

const URL_MAX = 2000;
const MAX_CHOICES = 25;

const definition = {
  name: 'article',
  description: "Moderators: add an article to this server, or remove one of this server's articles",
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      description: 'Add an article from a link or a file (you see a preview first)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'url',
          description: 'Link to the article page (http or https)',
          required: false,
          max_length: URL_MAX,
        },
        {
          type: ApplicationCommandOptionType.Attachment,
          name: 'file',
          description: 'The article as a .txt, .md or .html file',
          required: false,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      description: "Remove one of this server's articles (asks to confirm)",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'article',
          description: 'Which article (start typing its title)',
          required: true,
          autocomplete: true,
          max_length: ARTICLE_OPTION_MAX,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const BUTTON = /^article:(confirm|cancel):([A-Za-z0-9_-]{1,40})$/;

/** The server and moderator a change is for, or why there is none. */
function guildActor(context: CommandContext): GuildActor | ErrorAnswer {
  if (context.guildId === null) {
    return { kind: 'error', message: "Articles are added per server: use this in a server. The operator's own articles are files in the data folder." };
  }
  if (!context.isModerator) return { kind: 'error', message: 'Only moderators (Manage Server) can add or remove articles.' };
  if (!context.articleEditor) return { kind: 'error', message: 'Articles cannot be changed from here.' };
  return { userId: context.userId, guildId: context.guildId };
}

function toConfirm(proposal: Proposal): ConfirmAnswer {
  const { article } = proposal;
  const adding = proposal.action === 'add-article';
  return {
    kind: 'confirm',
    action: proposal.action,
    prompt: adding ? `Add “${article.title}” to this server's articles?` : `Remove “${article.title}” from this server's articles?`,
    article: {
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      published: article.published,
      url: proposal.url,
      firstParagraph: article.paragraphs[0]?.text ?? '',
      paragraphs: article.paragraphs.length,
    },
    confirmId: `article:confirm:${proposal.pendingId}`,
    cancelId: `article:cancel:${proposal.pendingId}`,
    expiresAt: proposal.expiresAt.toISOString(),
  };
}

async function propose(options: OptionValues, context: CommandContext, actor: GuildActor): Promise<Proposal | ErrorAnswer> {
  const editor = context.articleEditor!;
  if (options.subcommand === 'remove') {
    const typed = readText(options, 'article', 'article', ARTICLE_OPTION_MAX);
    if (isErrorAnswer(typed)) return typed;
    const own = context.articles.find(({ article }) => article.id === typed || article.title.toLowerCase() === typed.toLowerCase());
    return editor.proposeRemoval(own?.article.id ?? typed, actor);
  }
  const hasUrl = typeof options.url === 'string' && options.url.trim() !== '';
  const hasFile = options.file !== undefined;
  if (hasUrl === hasFile) return { kind: 'error', message: 'Give either a url or a file (exactly one).' };
  if (hasUrl) {
    const url = readText(options, 'url', 'link', URL_MAX);
    return isErrorAnswer(url) ? url : editor.proposeFromUrl(url, actor);
  }
  const attachment = context.attachments?.file;
  if (!attachment) return { kind: 'error', message: 'The file did not come through; please attach it again.' };
  return editor.proposeFromAttachment(attachment, actor);
}

/** Runs a library change, turning its refusals into the short message the moderator sees. */
async function refusalsAsErrors<T>(run: () => Promise<T>): Promise<T | ErrorAnswer> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreRefusal) return { kind: 'error', message: error.message };
    throw error;
  }
}

/**
 * `/article add|remove`: a preview with Confirm / Cancel buttons first; the buttons
 * (`article:confirm:<pendingId>`, `article:cancel:<pendingId>`) carry out the change.
 */
export default {
  definition,
  moderatorOnly: true,
  slow: true,
  async execute(options, context): Promise<Answer> {
    const actor = guildActor(context);
    if (isErrorAnswer(actor)) return actor;
    const proposal = await refusalsAsErrors(() => propose(options, context, actor));
    return isErrorAnswer(proposal) ? proposal : toConfirm(proposal);
  },
  autocomplete(option, value, context) {
    if (option !== 'article' || !context.guildId || !context.articleEditor) return [];
    const typed = value.trim().toLowerCase();
    return context.articleEditor.store.library
      .ownArticles(context.guildId)
      .filter(({ article }) => article.title.toLowerCase().includes(typed) || article.id.startsWith(typed))
      .slice(0, MAX_CHOICES)
      .map(({ article }) => ({ name: article.title.slice(0, 100), value: article.id }));
  },
  async button(customId, context): Promise<Answer> {
    const match = BUTTON.exec(customId);
    if (!match) return { kind: 'error', message: 'This button is no longer valid.' };
    const actor = guildActor(context);
    if (isErrorAnswer(actor)) return actor;
    const [, verb, pendingId] = match as unknown as [string, 'confirm' | 'cancel', string];
    const editor = context.articleEditor!;
    if (verb === 'cancel') {
      const title = await refusalsAsErrors(() => editor.cancel(pendingId, actor));
      return isErrorAnswer(title) ? title : { kind: 'notice', message: `Cancelled: “${title}” was not changed.` };
    }
    const result = await refusalsAsErrors(() => editor.confirm(pendingId, actor));
    return isErrorAnswer(result) ? result : result.reload;
  },
} satisfies Command;
