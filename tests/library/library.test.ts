import { rmSync, writeFileSync } from 'node:fs';
import { readFile, rm, truncate, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { prepareArticle } from '../../src/core/prepare.js';
import { Library } from '../../src/library/library.js';
import { makeDataDir, markdownArticle, removeDataDir, SEED_ARTICLE, writeFiles } from './helpers.js';

const dirs: string[] = [];
const libraries: Library[] = [];

async function openLibrary(files: Record<string, string | Buffer>, prepare = prepareArticle) {
  const dataDir = await makeDataDir(files);
  dirs.push(dataDir);
  const library = await Library.open({ dataDir, prepare });
  libraries.push(library);
  return { dataDir, library };
}

afterEach(async () => {
  libraries.splice(0).forEach((library) => library.close());
  await Promise.all(dirs.splice(0).map(removeDataDir));
});

const titles = (library: Library, guildId: string | null) => library.visibleTo(guildId).map(({ article }) => article.title);

describe('Library scopes', () => {
  it("shows each server the operator's articles plus its own, never another server's", async () => {
    const { library } = await openLibrary({
      'shared.md': markdownArticle('Harbour Bridge Reopens'),
      'guilds/111/alpha.md': markdownArticle('Alpha Server Story'),
      'guilds/222/beta.md': markdownArticle('Beta Server Story'),
    });
    expect(titles(library, null)).toEqual(['Harbour Bridge Reopens']);
    expect(titles(library, '111').sort()).toEqual(['Alpha Server Story', 'Harbour Bridge Reopens']);
    expect(titles(library, '222')).not.toContain('Alpha Server Story');
    expect(library.find('alpha-server-story', '222')).toBeUndefined();
    expect(library.find('alpha-server-story', '111')?.article.title).toBe('Alpha Server Story');
    expect(library.ownArticles('111').map(({ article }) => article.title)).toEqual(['Alpha Server Story']);
    expect(library.stats('111').articles).toBe(2);
  });

  it('lists articles newest first: published date, else the date the file was added', async () => {
    const dataDir = await makeDataDir({
      'old.md': markdownArticle('Older Story', { published: '2020-01-05' }),
      'new.md': markdownArticle('Newer Story', { published: '2024-06-01' }),
      'undated.md': markdownArticle('Undated Story'),
    });
    dirs.push(dataDir);
    const addedLongAgo = new Date('2019-01-01');
    await utimes(join(dataDir, 'undated.md'), addedLongAgo, addedLongAgo);
    const library = await Library.open({ dataDir });
    expect(titles(library, null)).toEqual(['Newer Story', 'Older Story', 'Undated Story']);
  });

  it('loads the seed article with its paragraphs and people', async () => {
    const { library } = await openLibrary({ 'seed.txt': await readFile(SEED_ARTICLE) });
    const [seed] = library.visibleTo(null);
    expect(seed?.article.paragraphs.length).toBeGreaterThan(5);
    expect(library.stats(null)).toMatchObject({ articles: 1, paragraphs: seed?.article.paragraphs.length });
    expect(library.stats(null).people).toBeGreaterThan(0);
  });
});

describe('Library.reload', () => {
  it('reports added, changed and removed titles and stats before → after', async () => {
    const { dataDir, library } = await openLibrary({
      'keep.md': markdownArticle('Kept Story'),
      'edit.md': markdownArticle('Edited Story'),
      'drop.md': markdownArticle('Dropped Story'),
    });
    await writeFiles(dataDir, {
      'edit.md': markdownArticle('Edited Story', { paragraphs: ['One new paragraph.', 'Another.', 'A third one.'] }),
      'add.md': markdownArticle('Added Story'),
    });
    await unlink(join(dataDir, 'drop.md'));
    const answer = await library.reload();
    expect(answer).toMatchObject({
      kind: 'reload',
      ok: true,
      added: ['Added Story'],
      changed: ['Edited Story'],
      removed: ['Dropped Story'],
      skipped: [],
      before: { articles: 3, paragraphs: 6 },
      after: { articles: 3, paragraphs: 7 },
    });
    expect(answer.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('does not prepare an unchanged file again', async () => {
    const prepared: string[] = [];
    const counting = (article: Article) => (prepared.push(article.title), prepareArticle(article));
    const { dataDir, library } = await openLibrary({ 'a.md': markdownArticle('Story A'), 'b.md': markdownArticle('Story B') }, counting);
    const before = library.find('story-a', null);
    await writeFiles(dataDir, { 'b.md': markdownArticle('Story B', { paragraphs: ['Rewritten.'] }) });
    await library.reload();
    expect(prepared).toEqual(['Story A', 'Story B', 'Story B']);
    expect(library.find('story-a', null)).toBe(before);
  });

  it('leaves arrays already handed out untouched (interactions in flight finish on the old state)', async () => {
    const { dataDir, library } = await openLibrary({ 'a.md': markdownArticle('Story A') });
    const inFlight = library.visibleTo(null);
    const firstArticle = inFlight[0];
    await writeFiles(dataDir, { 'b.md': markdownArticle('Story B'), 'a.md': markdownArticle('Story A', { paragraphs: ['Changed.'] }) });
    await library.reload();
    expect(inFlight).toHaveLength(1);
    expect(inFlight[0]).toBe(firstArticle);
    expect(inFlight[0]?.article.paragraphs).toHaveLength(2);
    expect(library.visibleTo(null)).toHaveLength(2);
  });

  it('runs reloads one at a time; a reload asked for during another runs after it and sees changes made meanwhile', async () => {
    let dataDir = '';
    let editDuringFirstRun = true;
    const prepared: string[] = [];
    const prepare = (article: Article) => {
      prepared.push(article.title);
      if (editDuringFirstRun && article.title === 'Story Z') {
        // a.md was already read by this run: only a later run can see this edit.
        editDuringFirstRun = false;
        writeFileSync(join(dataDir, 'a.md'), markdownArticle('Story A', { paragraphs: ['Edited during the first reload.'] }));
      }
      return prepareArticle(article);
    };
    ({ dataDir } = await openLibrary({ 'a.md': markdownArticle('Story A') }, prepare));
    const library = libraries[0]!;
    await writeFiles(dataDir, { 'z.md': markdownArticle('Story Z') });
    prepared.length = 0;
    const [first, second, third] = await Promise.all([library.reload(), library.reload(), library.reload()]);
    expect(first).toMatchObject({ added: ['Story Z'], changed: [] });
    expect(second).toMatchObject({ added: [], changed: ['Story A'] });
    expect(third).toEqual(second);
    expect(prepared).toEqual(['Story Z', 'Story A']);
    expect(library.find('story-a', null)?.article.paragraphs[0]?.text).toBe('Edited during the first reload.');
  });

  it('appends every reload to the audit log with who asked and where', async () => {
    const { dataDir, library } = await openLibrary({ 'a.md': markdownArticle('Story A') });
    await writeFiles(dataDir, { 'b.md': markdownArticle('Story B') });
    await library.reload({ userId: '999', guildId: '111' });
    const lines = (await readFile(join(dataDir, 'audit.log'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ actor: '999', guildId: '111', action: 'reload', article: null, result: '1 added, 0 changed, 0 removed' });
    expect(Date.parse(lines[0].time)).not.toBeNaN();
  });

  it("describes a reload as the asking server sees it: no other server's titles", async () => {
    const { dataDir, library } = await openLibrary({ 'a.md': markdownArticle('Story A') });
    await writeFiles(dataDir, { 'guilds/111/secret.md': markdownArticle('Secret Plans'), 'guilds/111/bad.md': '' });
    const answer = await library.reload({ userId: '1', guildId: '222' });
    expect(answer.added).toEqual([]);
    expect(answer.skipped).toEqual([]);
    expect(JSON.stringify(answer)).not.toContain('Secret');
    expect((await library.reload({ userId: '1', guildId: '111' })).skipped.map((file) => file.file)).toEqual(['guilds/111/bad.md']);
  });
});

describe('Library with bad files', () => {
  it('skips each bad file with a reason and loads the rest', async () => {
    const { dataDir, library } = await openLibrary({
      'good.md': markdownArticle('Good Story'),
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
      'latin1.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' story\n\nA paragraph about the caf'), Buffer.from([0xe9, 0x2e])]),
      'bad-yaml.md': '---\ntitle: [unclosed\npublisher: : :\n---\n\nBody paragraph.\n',
      'no-body.html': '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>',
      'same-title.md': markdownArticle('Good Story', { paragraphs: ['A different body with the same title.'] }),
      'notes.json': '{"not": "an article"}',
    });
    // A sparse 50 MB file: large on paper, nothing written to disk.
    await writeFile(join(dataDir, 'huge.txt'), '');
    await truncate(join(dataDir, 'huge.txt'), 50 * 1024 * 1024);
    const answer = await library.reload();
    const reasons = Object.fromEntries(answer.skipped.map((file) => [file.file, file.reason]));
    expect(titles(library, null)).toEqual(['Good Story']);
    expect(Object.keys(reasons).sort()).toEqual(
      ['bad-yaml.md', 'binary.txt', 'empty.txt', 'huge.txt', 'latin1.txt', 'no-body.html', 'same-title.md'].sort(),
    );
    expect(reasons['empty.txt']).toMatch(/empty/i);
    expect(reasons['binary.txt']).toMatch(/binary/i);
    expect(reasons['huge.txt']).toMatch(/5 MB/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['bad-yaml.md']).toMatch(/YAML/);
    expect(reasons['no-body.html']).toMatch(/body/i);
    expect(reasons['same-title.md']).toBe('same title as good.md');
    expect(answer.ok).toBe(false);
    expect(library.skipped).toEqual(answer.skipped);
  });

  it('keeps serving the last good version of a file broken by an edit', async () => {
    const { dataDir, library } = await openLibrary({ 'story.md': markdownArticle('Steady Story') });
    const served = library.find('steady-story', null);
    await writeFile(join(dataDir, 'story.md'), '---\ntitle: [broken\n---\n\nText.\n');
    const answer = await library.reload();
    expect(library.find('steady-story', null)).toBe(served);
    expect(answer.removed).toEqual([]);
    expect(answer.skipped).toEqual([{ file: 'story.md', reason: expect.stringMatching(/YAML.*still serving its last good version/) }]);
  });

  it('skips a file deleted while the reload runs, and loads the others', async () => {
    let dataDir = '';
    let deleteDuringReload = false;
    const prepare = (article: Article) => {
      if (deleteDuringReload && article.title === 'Story A') rmSync(join(dataDir, 'z.md'));
      return prepareArticle(article);
    };
    ({ dataDir } = await openLibrary({}, prepare));
    const library = libraries[0]!;
    await writeFiles(dataDir, { 'a.md': markdownArticle('Story A'), 'z.md': markdownArticle('Story Z') });
    deleteDuringReload = true;
    const answer = await library.reload();
    expect(answer.added).toEqual(['Story A']);
    expect(answer.skipped).toEqual([{ file: 'z.md', reason: 'deleted while reloading' }]);
  });

  it('keeps the previous articles when the data directory itself disappears', async () => {
    const { dataDir, library } = await openLibrary({ 'a.md': markdownArticle('Story A') });
    await rm(dataDir, { recursive: true });
    const answer = await library.reload();
    expect(answer.ok).toBe(false);
    expect(answer.after).toEqual(answer.before);
    expect(titles(library, null)).toEqual(['Story A']);
  });
});

describe('Library watching the data directory', () => {
  it('reloads by itself after a file changes, and stops when closed', async () => {
    const dataDir = await makeDataDir({ 'a.md': markdownArticle('Story A') });
    dirs.push(dataDir);
    const library = await Library.open({ dataDir, watch: true });
    libraries.push(library);
    await writeFiles(dataDir, { 'b.md': markdownArticle('Story B') });
    await expect.poll(() => titles(library, null).length, { timeout: 5_000, interval: 50 }).toBe(2);
    library.close();
    await writeFiles(dataDir, { 'c.md': markdownArticle('Story C') });
    await new Promise((done) => setTimeout(done, 1_000));
    expect(titles(library, null)).toHaveLength(2);
    // One reload: the audit log's own writes do not trigger another.
    const lines = (await readFile(join(dataDir, 'audit.log'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).actor)).toEqual([null]);
  });
});
