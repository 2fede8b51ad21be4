import { extname, join } from 'node:path';
import type { Logger } from 'pino';
import type { ReloadAnswer } from '../answers/types.js';
import { MAX_ARTICLE_BYTES } from '../article/load.js';
import type { Article } from '../article/types.js';
import type { AttachmentRef } from '../core/command.js';
import { fetchArticlePage, FetchRefusedError } from '../fetch/safe-fetch.js';
import type { Library } from './library.js';
import { PendingChanges, type PendingChange } from './pending.js';
import { ArticleStore, EXTENSION_BY_FORMAT, StoreRefusal, type ArticleFormat } from './store.js';

/** A moderator in a server: only servers have their own articles. */
export interface GuildActor {
  userId: string;
  guildId: string;
}

/** A previewed change waiting for Confirm: what it is about and until when it can be confirmed. */
export interface Proposal {
  pendingId: string;
  action: PendingChange['action'];
  article: Article;
  /** Where an added article was fetched from (the final URL after redirects). */
  url: string | null;
  expiresAt: Date;
}

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * The two-step way a server's moderators change their articles: a preview that is kept on
 * disk as a pending change (so Confirm works after a restart, for 15 minutes), then Confirm
 * or Cancel by the moderator who asked. Every refusal is a `StoreRefusal` with a short message.
 */
export class ArticleEditor {
  readonly store: ArticleStore;
  private readonly pending: PendingChanges;
  private readonly allowPrivate: boolean;

  constructor(options: { library: Library; allowPrivate: boolean; logger?: Logger; pendingTtlMs?: number }) {
    this.store = new ArticleStore(options.library, options.logger);
    this.pending = new PendingChanges(options.library.dataDir, options.pendingTtlMs);
    this.allowPrivate = options.allowPrivate;
  }

  async proposeFromUrl(url: string, actor: GuildActor): Promise<Proposal> {
    const page = await this.fetch(url, {});
    return this.proposeAddition(page.text, page.format, page.url, actor);
  }

  async proposeFromAttachment(attachment: AttachmentRef, actor: GuildActor): Promise<Proposal> {
    const format = FORMAT_BY_EXTENSION[extname(attachment.name).toLowerCase()];
    if (!format) throw new StoreRefusal('Attach a .txt, .md or .html file.');
    if (attachment.size > MAX_ARTICLE_BYTES) throw new StoreRefusal('That file is larger than 5 MB.');
    const file = await this.fetch(attachment.url, { format });
    return this.proposeAddition(file.text, format, null, actor);
  }

  async proposeRemoval(articleId: string, actor: GuildActor): Promise<Proposal> {
    const { article } = this.store.removable(actor.guildId, articleId);
    const change = this.newChange('remove-article', article, actor, null);
    await this.pending.save(change);
    return { pendingId: change.id, action: change.action, article, url: article.url, expiresAt: this.pending.expiresAt(change) };
  }

  /** Carries out a pending change; only the moderator who previewed it may confirm it. */
  async confirm(pendingId: string, actor: GuildActor): Promise<{ title: string; action: PendingChange['action']; reload: ReloadAnswer }> {
    const change = await this.ownChange(pendingId, actor);
    try {
      if (change.action === 'remove-article') {
        return { title: change.title, action: change.action, reload: await this.store.removeArticle(actor.guildId, change.articleId, actor) };
      }
      const staged = join(this.pending.directory(actor.guildId), change.stagedFile ?? '');
      const article = { id: change.articleId, title: change.title };
      return { title: change.title, action: change.action, reload: await this.store.commit(actor.guildId, staged, article, actor) };
    } finally {
      await this.pending.discard(change);
    }
  }

  /** Drops a pending change; returns its article's title. */
  async cancel(pendingId: string, actor: GuildActor): Promise<string> {
    const change = await this.ownChange(pendingId, actor);
    await this.pending.discard(change);
    return change.title;
  }

  private async proposeAddition(content: string, format: ArticleFormat, url: string | null, actor: GuildActor): Promise<Proposal> {
    await this.pending.sweep(actor.guildId);
    const id = this.pending.newId();
    const stagedFile = `${id}${EXTENSION_BY_FORMAT[format]}`;
    const article = await this.store.stage(actor.guildId, join(this.pending.directory(actor.guildId), stagedFile), content);
    const change = { ...this.newChange('add-article', article, actor, stagedFile), id };
    await this.pending.save(change);
    return { pendingId: id, action: change.action, article, url: url ?? article.url, expiresAt: this.pending.expiresAt(change) };
  }

  private newChange(action: PendingChange['action'], article: Article, actor: GuildActor, stagedFile: string | null): PendingChange {
    return {
      id: this.pending.newId(),
      action,
      guildId: actor.guildId,
      userId: actor.userId,
      createdAt: Date.now(),
      articleId: article.id,
      title: article.title,
      stagedFile,
    };
  }

  private async ownChange(pendingId: string, actor: GuildActor): Promise<PendingChange> {
    const change = await this.pending.read(actor.guildId, pendingId);
    if (change === 'expired') throw new StoreRefusal('This request expired: run the command again.');
    if (!change) throw new StoreRefusal('This request was already handled or has expired.');
    if (change.userId !== actor.userId) throw new StoreRefusal('Only the moderator who asked can confirm or cancel this.');
    return change;
  }

  private async fetch(url: string, options: { format?: ArticleFormat }) {
    try {
      return await fetchArticlePage(url, { allowPrivate: this.allowPrivate, ...options });
    } catch (error) {
      if (error instanceof FetchRefusedError) throw new StoreRefusal(error.message);
      throw error;
    }
  }
}
