import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const sharedDir = resolve(repoRoot, '../shared');
export const SEED_ARTICLE = join(repoRoot, 'data/lavrov-pyongyang-visit.txt');

/** A Markdown article with front matter, as a moderator would write one. */
export function markdownArticle(title: string, options: { published?: string; paragraphs?: string[] } = {}): string {
  const paragraphs = options.paragraphs ?? [
    `${title} drew a crowd of residents on Monday, officials said.`,
    'The council said the work had finished ahead of schedule and under budget.',
  ];
  const published = options.published ? `published: ${options.published}\n` : '';
  return `---\ntitle: ${title}\npublisher: The Test Gazette\n${published}---\n\n${paragraphs.join('\n\n')}\n`;
}

export async function makeDataDir(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'byline-library-'));
  await writeFiles(dataDir, files);
  return dataDir;
}

export async function writeFiles(dataDir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dataDir, name)), { recursive: true });
    await writeFile(join(dataDir, name), content);
  }
}

export async function removeDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}
