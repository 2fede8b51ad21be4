import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/library/atomic-write.js';
import { Library } from '../../src/library/library.js';
import { canReloadOperatorData } from '../../src/library/permissions.js';
import { ArticleStore } from '../../src/library/store.js';
import { makeDataDir, markdownArticle, removeDataDir } from './helpers.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDataDir));
});

async function openStore(files: Record<string, string> = {}) {
  const dataDir = await makeDataDir(files);
  dirs.push(dataDir);
  const library = await Library.open({ dataDir });
  return { dataDir, library, store: new ArticleStore(library) };
}

const moderatorOf = (guildId: string) => ({ userId: '42', guildId });

describe('writeFileAtomic', () => {
  it('replaces a file so that readers only ever see the old or the new content, leaving no temporary file', async () => {
    const dataDir = await makeDataDir({ 'story.txt': 'old' });
    dirs.push(dataDir);
    const path = join(dataDir, 'story.txt');
    const next = 'new '.repeat(200_000);
    const seen = new Set<string>();
    let writing = true;
    const reader = (async () => {
      while (writing) seen.add(await readFile(path, 'utf8'));
    })();
    for (let round = 0; round < 5; round++) await writeFileAtomic(path, round % 2 ? 'old' : next);
    writing = false;
    await reader;
    expect([...seen].every((content) => content === 'old' || content === next)).toBe(true);
    expect(await readdir(dataDir)).toEqual(['story.txt']);
  });

  it('fails without creating the target when the directory does not exist', async () => {
    const dataDir = await makeDataDir();
    dirs.push(dataDir);
    await expect(writeFileAtomic(join(dataDir, 'missing/story.txt'), 'x')).rejects.toThrow();
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe('ArticleStore', () => {
  it("stores a server's article under guilds/<id>/<slug>.<ext>, visible only in that server", async () => {
    const { dataDir, library, store } = await openStore({ 'shared.md': markdownArticle('Shared Story') });
    const answer = await store.addArticle('111', markdownArticle('Local Council Vote'), 'markdown', moderatorOf('111'));
    expect(answer.added).toEqual(['Local Council Vote']);
    expect(await readdir(join(dataDir, 'guilds/111'))).toContain('local-council-vote.md');
    expect(library.find('local-council-vote', '111')).toBeDefined();
    expect(library.find('local-council-vote', '222')).toBeUndefined();
    expect(library.find('local-council-vote', null)).toBeUndefined();
  });

  it('refuses what is not an article, and a title already loaded for the server', async () => {
    const { store } = await openStore({ 'shared.md': markdownArticle('Shared Story') });
    await expect(store.addArticle('111', '', 'text', moderatorOf('111'))).rejects.toThrow(/not an article I can read: .*empty/i);
    await expect(store.addArticle('111', markdownArticle('Shared Story'), 'markdown', moderatorOf('111'))).rejects.toThrow(
      'An article titled “Shared Story” is already loaded here.',
    );
  });

  it("removes a server's own article, but never the operator's or another server's", async () => {
    const { library, store } = await openStore({ 'shared.md': markdownArticle('Shared Story') });
    await store.addArticle('111', markdownArticle('Alpha Story'), 'markdown', moderatorOf('111'));
    await expect(store.removeArticle('222', 'alpha-story', moderatorOf('222'))).rejects.toThrow('No article “alpha-story” is loaded in this server.');
    await expect(store.removeArticle('111', 'shared-story', moderatorOf('111'))).rejects.toThrow(
      "“Shared Story” is one of the bot operator's articles: only the operator can change it.",
    );
    const answer = await store.removeArticle('111', 'alpha-story', moderatorOf('111'));
    expect(answer.removed).toEqual(['Alpha Story']);
    expect(library.visibleTo('111').map(({ article }) => article.title)).toEqual(['Shared Story']);
  });

  it('records additions and removals in the audit log', async () => {
    const { dataDir, store } = await openStore();
    await store.addArticle('111', markdownArticle('Alpha Story'), 'markdown', moderatorOf('111'));
    await store.removeArticle('111', 'alpha-story', moderatorOf('111'));
    const lines = (await readFile(join(dataDir, 'audit.log'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.action, line.article, line.actor, line.guildId])).toEqual([
      ['reload', null, '42', '111'],
      ['add-article', 'Alpha Story', '42', '111'],
      ['reload', null, '42', '111'],
      ['remove-article', 'Alpha Story', '42', '111'],
    ]);
    expect(lines[1].result).toBe('done');
  });

  it('ignores its staging area and temporary files when loading', async () => {
    const { dataDir, library } = await openStore();
    await writeFile(join(dataDir, '.story.md.abc.tmp'), markdownArticle('Half Written'));
    await library.reload();
    expect(library.visibleTo(null)).toEqual([]);
  });
});

describe('canReloadOperatorData', () => {
  it("lets only the operator's servers reload the shared articles, or any server when none is set", () => {
    expect(canReloadOperatorData('111', { adminGuildIds: ['111'] })).toBe(true);
    expect(canReloadOperatorData('222', { adminGuildIds: ['111'] })).toBe(false);
    expect(canReloadOperatorData('222', { adminGuildIds: [] })).toBe(true);
    expect(canReloadOperatorData(null, { adminGuildIds: ['111'] })).toBe(true);
  });
});
