import { randomBytes } from 'node:crypto';
import { access, mkdir, rm, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Logger } from 'pino';
import type { ReloadAnswer } from '../answers/types.js';
import { ArticleFileError } from '../article/errors.js';
import { loadArticleFile } from '../article/load.js';
import type { Article } from '../article/types.js';
import type { PreparedArticle } from '../core/prepared.js';
import { moveFileAtomic, syncDirectory, writeFileAtomic } from './atomic-write.js';
import { recordAudit } from './audit.js';
import type { Actor, Library } from './library.js';
import { PENDING_DIRECTORY } from './pending.js';
import { GUILDS_DIRECTORY } from './scan.js';

export type ArticleFormat = 'text' | 'markdown' | 'html';
export const EXTENSION_BY_FORMAT: Record<ArticleFormat, string> = { text: '.txt', markdown: '.md', html: '.html' };

/** A change the store will not make, with the message the moderator sees. */
export class StoreRefusal extends Error {
  override name = 'StoreRefusal';
}

/**
 * Writes and removes servers' own articles (`guilds/<guildId>/<slug>.<ext>`), atomically,
 * then reloads the library and records the change in the audit log. The operator's
 * articles are never changed from here.
 */
export class ArticleStore {
  constructor(
    readonly library: Library,
    private readonly logger?: Logger,
  ) {}

  guildDirectory(guildId: string): string {
    return join(this.library.dataDir, GUILDS_DIRECTORY, guildId);
  }

  /** Stores `content` as this server's article and reloads. */
  async addArticle(guildId: string, content: string | Uint8Array, format: ArticleFormat, actor: Actor): Promise<ReloadAnswer> {
    const staged = join(this.guildDirectory(guildId), PENDING_DIRECTORY, `${randomBytes(8).toString('hex')}${EXTENSION_BY_FORMAT[format]}`);
    const article = await this.stage(guildId, staged, content);
    return this.commit(guildId, staged, article, actor);
  }

  /**
   * Writes `content` to the staging path and reads it back as an article, refusing what
   * cannot be added (not an article, or a title already loaded for this server).
   * On refusal the staged file is deleted.
   */
  async stage(guildId: string, stagedPath: string, content: string | Uint8Array): Promise<Article> {
    await mkdir(join(stagedPath, '..'), { recursive: true });
    await writeFileAtomic(stagedPath, content);
    try {
      const article = await loadArticleFile(stagedPath, this.library.dataDir);
      this.refuseTakenTitle(guildId, article);
      return article;
    } catch (error) {
      await rm(stagedPath, { force: true });
      if (error instanceof ArticleFileError) throw new StoreRefusal(`That is not an article I can read: ${error.reason}.`);
      throw error;
    }
  }

  /** Moves a staged article into place as `<id>.<ext>`, reloads and audits. */
  async commit(guildId: string, stagedPath: string, article: Pick<Article, 'id' | 'title'>, actor: Actor): Promise<ReloadAnswer> {
    this.refuseTakenTitle(guildId, article);
    const target = join(this.guildDirectory(guildId), `${article.id}${extname(stagedPath)}`);
    if (await exists(target)) throw new StoreRefusal(`This server already has a file for “${article.title}”: remove that article first.`);
    await moveFileAtomic(stagedPath, target);
    const answer = await this.library.reload(actor);
    await this.audit(actor, guildId, 'add-article', article.title, answer);
    return answer;
  }

  /** The article this server may remove, or a refusal saying why not. */
  removable(guildId: string, articleId: string): PreparedArticle {
    const prepared = this.library.find(articleId, guildId);
    if (!prepared) throw new StoreRefusal(`No article “${articleId}” is loaded in this server.`);
    if (this.library.locate(prepared)?.guildId !== guildId) {
      throw new StoreRefusal(`“${prepared.article.title}” is one of the bot operator's articles: only the operator can change it.`);
    }
    return prepared;
  }

  async removeArticle(guildId: string, articleId: string, actor: Actor): Promise<ReloadAnswer> {
    const prepared = this.removable(guildId, articleId);
    const location = this.library.locate(prepared);
    if (!location) throw new StoreRefusal(`“${prepared.article.title}” was just removed.`);
    const path = join(this.library.dataDir, location.file);
    await unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await syncDirectory(join(path, '..'));
    const answer = await this.library.reload(actor);
    await this.audit(actor, guildId, 'remove-article', prepared.article.title, answer);
    return answer;
  }

  private refuseTakenTitle(guildId: string, article: Pick<Article, 'id'>): void {
    const loaded = this.library.find(article.id, guildId);
    if (loaded) throw new StoreRefusal(`An article titled “${loaded.article.title}” is already loaded here.`);
  }

  private async audit(actor: Actor, guildId: string, action: 'add-article' | 'remove-article', title: string, answer: ReloadAnswer) {
    const result = answer.skipped.length ? `done; ${answer.skipped.length} file(s) skipped at reload` : 'done';
    await recordAudit(this.library.dataDir, { actor: actor.userId, guildId, action, article: title, result }, this.logger);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
