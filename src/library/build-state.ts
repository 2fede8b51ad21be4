import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ArticleFileError } from '../article/errors.js';
import { loadArticleFile, MAX_ARTICLE_BYTES } from '../article/load.js';
import type { Article, SkippedFile } from '../article/types.js';
import type { PreparedArticle } from '../core/prepared.js';
import { listArticleFiles, listScopes, type ArticleScope } from './scan.js';

/** One article being served, with what the next reload needs to know about its file. */
export interface LoadedArticle {
  /** Path relative to the data directory, with `/` separators ("guilds/123/story.md"). */
  file: string;
  guildId: string | null;
  /** sha256 of the file's bytes: an unchanged file is not prepared again. */
  hash: string;
  /** When the file was written (its mtime): the "added" date for ordering. */
  addedMs: number;
  prepared: PreparedArticle;
}

/** Everything the library serves, immutable once built: a reload builds a new one and swaps it in. */
export interface LibraryState {
  loaded: LoadedArticle[];
  skipped: SkippedFile[];
}

export type Prepare = (article: Article) => PreparedArticle;

type FileOutcome = { loaded: LoadedArticle } | { skipped: string };

/**
 * Reads every article file of the data directory into a new state, reusing the previous
 * state's prepared articles for files whose bytes did not change. A file that fails is
 * listed in `skipped`; if it was served before, its last good version stays served.
 */
export async function buildState(dataDir: string, previous: LibraryState, prepare: Prepare): Promise<LibraryState> {
  const previousByFile = new Map(previous.loaded.map((entry) => [entry.file, entry]));
  const loaded: LoadedArticle[] = [];
  const skipped: SkippedFile[] = [];
  const operatorIds = new Map<string, string>();
  for (const scope of await listScopes(dataDir)) {
    const candidates: LoadedArticle[] = [];
    let names: string[];
    try {
      names = await listArticleFiles(scope.directory);
    } catch (error) {
      if (scope.guildId === null) throw error;
      skipped.push({ file: toDataPath(dataDir, scope.directory), reason: reasonFor(error) });
      continue;
    }
    for (const name of names) {
      const file = toDataPath(dataDir, join(scope.directory, name));
      const outcome = await loadFile(dataDir, file, scope, previousByFile.get(file), prepare);
      if ('loaded' in outcome) {
        candidates.push(outcome.loaded);
        continue;
      }
      const lastGood = previousByFile.get(file);
      skipped.push({ file, reason: lastGood ? `${outcome.skipped} (still serving its last good version)` : outcome.skipped });
      if (lastGood) candidates.push(lastGood);
    }
    const takenIds = scope.guildId === null ? operatorIds : new Map(operatorIds);
    for (const entry of withStableIdsFirst(candidates, previousByFile)) {
      const id = entry.prepared.article.id;
      const holder = takenIds.get(id);
      if (holder) {
        skipped.push({ file: entry.file, reason: `same title as ${holder}` });
        continue;
      }
      takenIds.set(id, entry.file);
      loaded.push(entry);
    }
  }
  return { loaded, skipped };
}

async function loadFile(
  dataDir: string,
  file: string,
  scope: ArticleScope,
  previous: LoadedArticle | undefined,
  prepare: Prepare,
): Promise<FileOutcome> {
  const path = join(dataDir, file);
  try {
    const info = await stat(path);
    if (info.size > MAX_ARTICLE_BYTES) return { skipped: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` };
    const hash = createHash('sha256').update(await readFile(path)).digest('hex');
    if (previous && previous.hash === hash) return { loaded: previous };
    const article = await loadArticleFile(path, dataDir);
    return { loaded: { file, guildId: scope.guildId, hash, addedMs: info.mtimeMs, prepared: prepare(article) } };
  } catch (error) {
    return { skipped: reasonFor(error) };
  }
}

function reasonFor(error: unknown): string {
  if (error instanceof ArticleFileError) return error.reason;
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'deleted while reloading';
  return `could not be loaded: ${(error as Error).message ?? String(error)}`;
}

/** Two files with one title: the file already serving that id keeps it; otherwise file name order. */
function withStableIdsFirst(candidates: LoadedArticle[], previousByFile: Map<string, LoadedArticle>): LoadedArticle[] {
  const servedBefore = (entry: LoadedArticle) =>
    previousByFile.get(entry.file)?.prepared.article.id === entry.prepared.article.id ? 0 : 1;
  return [...candidates].sort((a, b) => servedBefore(a) - servedBefore(b) || a.file.localeCompare(b.file));
}

function toDataPath(dataDir: string, path: string): string {
  return relative(dataDir, path).split(sep).join('/');
}
