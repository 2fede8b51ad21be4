import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleFileError, isArticleFileName, loadArticleFile, readArticleDirectory } from '../../src/article/load.js';
import { fixturesDir, repoRoot } from './paths.js';

// Lets a test delete a file right after the directory is listed, as a moderator might mid-reload.
const afterListing = vi.hoisted(() => ({ remove: null as string | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const listThenRemove = async (...args: unknown[]): Promise<unknown> => {
    const listing = await (actual.readdir as (...input: unknown[]) => Promise<unknown>)(...args);
    if (afterListing.remove) await actual.unlink(afterListing.remove);
    afterListing.remove = null;
    return listing;
  };
  return { ...actual, readdir: listThenRemove as typeof actual.readdir };
});

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-articles-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function reasonFor(name: string, content: string | Uint8Array): Promise<{ file: string; reason: string }> {
  await writeFile(join(dir, name), content);
  try {
    await loadArticleFile(join(dir, name), dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleFileError);
    const { file, reason } = error as ArticleFileError;
    return { file, reason };
  }
  throw new Error(`${name} loaded without error`);
}

describe('loadArticleFile', () => {
  it('picks the parser by extension and records the path relative to the data directory', async () => {
    await mkdir(join(dir, 'guilds/42'), { recursive: true });
    await copyFile(resolve(fixturesDir, 'article.md'), join(dir, 'guilds/42/bridge.markdown'));
    await copyFile(resolve(fixturesDir, 'page.html'), join(dir, 'page.htm'));
    await copyFile(resolve(repoRoot, 'data/lavrov-pyongyang-visit.txt'), join(dir, 'seed.txt'));
    const markdown = await loadArticleFile(join(dir, 'guilds/42/bridge.markdown'), dir);
    expect(markdown).toMatchObject({ format: 'markdown', source: 'guilds/42/bridge.markdown' });
    expect((await loadArticleFile(join(dir, 'page.htm'), dir)).format).toBe('html');
    expect((await loadArticleFile(join(dir, 'seed.txt'), dir)).paragraphs).toHaveLength(14);
  });

  it.each([
    ['empty.txt', '', 'empty file'],
    ['blank.md', '  \n\n\t\n', 'empty file'],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'not a text file (binary data)'],
    ['controls.txt', new Uint8Array(Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41))), 'not a text file (binary data)'],
    ['latin1.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' prices rise.\n')]), 'invalid UTF-8 at byte 3'],
    ['utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'UTF-16 text is not supported (save it as UTF-8)'],
    ['bad.md', '---\ntitle: "Unclosed\n---\n\nBody.\n', /^front matter is not valid YAML: /],
    ['nobody.html', '<html><head><title>Home</title></head><body><nav>Home</nav></body></html>', 'no article body found in the HTML'],
    ['headings-only.md', '---\ntitle: Only a title\n---\n', 'no article text found (no body paragraphs)'],
    ['notes.pdf', 'some text', 'unsupported file type ".pdf" (use .txt, .md or .html)'],
  ])('refuses %s with a short reason', async (name, content, reason) => {
    const result = await reasonFor(name, content);
    expect(result.file).toBe(name);
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    await expect(loadArticleFile(path, dir)).rejects.toMatchObject({ file: 'huge.txt', reason: 'larger than 5 MB' });
  });

  it('says so when the file is gone', async () => {
    await expect(loadArticleFile(join(dir, 'gone.txt'), dir)).rejects.toMatchObject({
      file: 'gone.txt',
      reason: 'the file was removed while loading',
    });
  });
});

describe('readArticleDirectory', () => {
  it('loads the good files, skips the bad ones with reasons, and ignores non-article files', async () => {
    await copyFile(resolve(repoRoot, 'data/lavrov-pyongyang-visit.txt'), join(dir, 'a-seed.txt'));
    await copyFile(resolve(fixturesDir, 'article.md'), join(dir, 'b-bridge.md'));
    await copyFile(resolve(fixturesDir, 'page.html'), join(dir, 'c-page.html'));
    await writeFile(join(dir, 'd-empty.txt'), '');
    await writeFile(join(dir, 'e-binary.txt'), new Uint8Array([0, 1, 2, 3]));
    await writeFile(join(dir, 'audit.log'), '{"when":"now"}\n');
    await writeFile(join(dir, 'README.md'), '# How to add articles\n\nPut files here.\n');
    await writeFile(join(dir, '.draft.txt'), 'A hidden draft.\n');
    await mkdir(join(dir, 'guilds'));
    await writeFile(join(dir, 'guilds/inside.txt'), 'Not read from here.\n');

    const { articles, skipped } = await readArticleDirectory(dir);
    expect(articles.map((article) => article.source)).toEqual(['a-seed.txt', 'b-bridge.md', 'c-page.html']);
    expect(skipped).toEqual([
      { file: 'd-empty.txt', reason: 'empty file' },
      { file: 'e-binary.txt', reason: 'not a text file (binary data)' },
    ]);
  });

  it('skips the second of two files with the same title, naming the first', async () => {
    await copyFile(resolve(fixturesDir, 'bullets.txt'), join(dir, 'budget.txt'));
    await copyFile(resolve(fixturesDir, 'bullets.txt'), join(dir, 'budget-copy.txt'));
    const { articles, skipped } = await readArticleDirectory(dir);
    expect(articles.map((article) => article.source)).toEqual(['budget-copy.txt']);
    expect(skipped).toEqual([{ file: 'budget.txt', reason: 'same title as budget-copy.txt' }]);
  });

  it('skips a file deleted while the directory is being read', async () => {
    await copyFile(resolve(fixturesDir, 'bullets.txt'), join(dir, 'a-budget.txt'));
    await copyFile(resolve(fixturesDir, 'hard-wrapped.txt'), join(dir, 'b-strike.txt'));
    afterListing.remove = join(dir, 'b-strike.txt');
    const { articles, skipped } = await readArticleDirectory(dir);
    expect(articles.map((article) => article.source)).toEqual(['a-budget.txt']);
    expect(skipped).toEqual([{ file: 'b-strike.txt', reason: 'the file was removed while loading' }]);
  });
});

describe('isArticleFileName', () => {
  it.each([
    ['story.txt', true], ['story.MD', true], ['page.htm', true], ['README.md', false], ['readme.txt', false],
    ['audit.log', false], ['.story.txt.tmp', false], ['story.txt~', false], ['photo.jpg', false],
  ])('%s → %s', (name, expected) => {
    expect(isArticleFileName(name)).toBe(expected);
  });
});
