import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { ArticleFileError, ArticleParseError } from './errors.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseRawText } from './parse-text.js';
import { decodeText } from './text-file.js';
import type { Article, SkippedFile } from './types.js';

export { ArticleFileError } from './errors.js';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const PARSERS: Record<string, (text: string, source: string) => Article> = {
  '.txt': parseRawText,
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.html': parseHtml,
  '.htm': parseHtml,
};

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file was removed while loading';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/**
 * Reads one article file and parses it by its extension (.txt raw text, .md/.markdown with front
 * matter, .html/.htm saved page). `source` is the path relative to `dataDir`, with "/" separators.
 * Throws ArticleFileError (with `.file` and a short `.reason`) for an unsupported extension, a
 * file over 5 MB (checked before reading), an empty or binary file, invalid UTF-8, bad front
 * matter, HTML without an article body, no body paragraphs, or a file that cannot be read.
 */
export async function loadArticleFile(path: string, dataDir: string): Promise<Article> {
  const source = relative(dataDir, path).split(sep).join('/');
  const extension = extname(path).toLowerCase();
  const parse = PARSERS[extension];
  if (!parse) throw new ArticleFileError(source, `unsupported file type "${extension || 'none'}" (use .txt, .md or .html)`);

  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ArticleFileError(source, 'is a folder, not a file');
    if (info.size > MAX_ARTICLE_BYTES) throw new ArticleFileError(source, 'larger than 5 MB');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ArticleFileError) throw error;
    throw new ArticleFileError(source, ioReason(error));
  }
  // The file may have grown between stat and read.
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleFileError(source, 'larger than 5 MB');
  if (bytes.length === 0) throw new ArticleFileError(source, 'empty file');
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new ArticleFileError(source, decoded.problem);
  try {
    return parse(decoded.text, source);
  } catch (error) {
    if (error instanceof ArticleParseError) throw new ArticleFileError(source, error.reason);
    // A parser bug on a strange file must not take the whole reload down.
    throw new ArticleFileError(source, `could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Not an article: dotfiles and temporary files, the audit log, READMEs, other extensions. */
export function isArticleFileName(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~') || name.endsWith('~')) return false;
  if (/^readme(?:\.|$)/i.test(name)) return false;
  return extname(name).toLowerCase() in PARSERS;
}

/**
 * Loads every article file at the top level of `dir` (subfolders such as `guilds/` are the
 * library's business), in file-name order. Never throws for one bad file: it is listed in
 * `skipped` with its reason, including a file deleted while reading. Ids are unique: a file
 * whose title gives the same id as an earlier file is skipped ("same title as a.txt"), since
 * two copies of one article would answer every question twice.
 */
export async function readArticleDirectory(dir: string): Promise<{ articles: Article[]; skipped: SkippedFile[] }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => !entry.isDirectory() && isArticleFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const fileById = new Map<string, string>();
  for (const name of names) {
    let article: Article;
    try {
      article = await loadArticleFile(join(dir, name), dir);
    } catch (error) {
      if (!(error instanceof ArticleFileError)) throw error;
      skipped.push({ file: error.file, reason: error.reason });
      continue;
    }
    const holder = fileById.get(article.id);
    if (holder) {
      skipped.push({ file: article.source, reason: `same title as ${holder}` });
      continue;
    }
    fileById.set(article.id, article.source);
    articles.push(article);
  }
  return { articles, skipped };
}
