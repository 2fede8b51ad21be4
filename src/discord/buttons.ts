// Clicks on the buttons our own renderer puts on answers: page turns and "Show full paragraph".
// Their state is all in the custom_id, so they work after a restart or a reload.
import type { ButtonInteraction } from 'discord.js';
import type { Answer } from '../answers/types.js';
import { unnamedSpeakerById } from '../answers/unnamed-speakers.js';
import type { Command, CommandContext, OptionValues } from '../core/command.js';
import type { PreparedArticle } from '../core/prepared.js';
import { renderDiscord, renderParagraph, type DiscordReply } from '../render/discord.js';
import { articleKey, type ButtonAction } from './custom-id.js';
import { replyPrivately, updateMessage } from './respond.js';

type PageAction = Extract<ButtonAction, { kind: 'page' }>;
type ParagraphAction = Extract<ButtonAction, { kind: 'paragraph' }>;

const privateNote = (message: string): DiscordReply => renderDiscord({ kind: 'error', message }, { userId: '' });

function findByKey(articles: PreparedArticle[], key: string): PreparedArticle | undefined {
  return articles.find(({ article }) => articleKey(article.id) === key);
}

/** The options that recompute the paged answer, or an error message when its subject is gone. */
function pageOptions(action: PageAction, context: CommandContext): OptionValues | string {
  const article = action.articleKey ? findByKey(context.articles, action.articleKey) : undefined;
  if (action.articleKey && !article) return 'That article is no longer loaded.';
  const scope = article ? { article: article.article.id } : {};
  if (action.command === 'quote') return { term: action.subject, ...scope };
  const person = article ? article.people.find((candidate) => candidate.id === action.subject) ?? unnamedSpeakerById(article, action.subject) : undefined;
  if (!person) return 'That person is no longer in the article.';
  return { name: person.name, ...scope };
}

/** Turns the page of a /quote or /who answer; only the user who asked may. Returns the outcome. */
export async function turnPage(
  interaction: ButtonInteraction,
  action: PageAction,
  commands: ReadonlyMap<string, Command>,
  context: CommandContext,
): Promise<string> {
  if (action.ownerId !== interaction.user.id) {
    await replyPrivately(interaction, privateNote(`Only the person who asked can turn these pages. Run /${action.command} to get your own.`));
    return 'refused';
  }
  const command = commands.get(action.command);
  const options = pageOptions(action, context);
  if (!command || typeof options === 'string') {
    await replyPrivately(interaction, privateNote(typeof options === 'string' ? options : 'This button no longer works.'));
    return 'gone';
  }
  const answer: Answer = await command.execute(options, context);
  const scopeArticleId = typeof options.article === 'string' ? options.article : null;
  const reply = renderDiscord(answer, { page: action.page, userId: action.ownerId, scopeArticleId });
  if (answer.kind === 'error' || answer.kind === 'not-found') await replyPrivately(interaction, reply);
  else await updateMessage(interaction, reply);
  return answer.kind;
}

/** Shows the whole paragraph behind an /ask answer, privately to whoever clicked. */
export async function showParagraph(interaction: ButtonInteraction, action: ParagraphAction, context: CommandContext): Promise<string> {
  const prepared = findByKey(context.articles, action.articleKey);
  const paragraph = prepared?.article.paragraphs.find((candidate) => candidate.number === action.paragraph);
  if (!prepared || !paragraph) {
    await replyPrivately(interaction, privateNote('That article or paragraph is no longer loaded.'));
    return 'gone';
  }
  await replyPrivately(interaction, renderParagraph(prepared.article, paragraph));
  return 'paragraph';
}
