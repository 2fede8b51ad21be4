import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFileName } from '../article/load.js';

export const GUILDS_DIRECTORY = 'guilds';

/** A folder of articles: the operator's (the data directory itself) or one server's. */
export interface ArticleScope {
  guildId: string | null;
  directory: string;
}

const GUILD_ID = /^\d{1,20}$/;

/** The operator's scope first, then one scope per `guilds/<guildId>/` folder, in id order. */
export async function listScopes(dataDir: string): Promise<ArticleScope[]> {
  const scopes: ArticleScope[] = [{ guildId: null, directory: dataDir }];
  const guildsDir = join(dataDir, GUILDS_DIRECTORY);
  const entries = await readdir(guildsDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && GUILD_ID.test(entry.name)) {
      scopes.push({ guildId: entry.name, directory: join(guildsDir, entry.name) });
    }
  }
  return scopes;
}

/**
 * Article file names at the top level of `directory`, sorted. Dotfiles (temporary writes),
 * README files and anything without an article extension are not articles.
 */
export async function listArticleFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isArticleFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
}
