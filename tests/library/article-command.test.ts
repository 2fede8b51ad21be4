import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import articleCommand from '../../commands/article.js';
import articlesCommand from '../../commands/articles.js';
import type { Answer, ConfirmAnswer } from '../../src/answers/types.js';
import type { AttachmentRef, CommandContext, OptionValues } from '../../src/core/command.js';
import { ArticleEditor } from '../../src/library/editor.js';
import { Library } from '../../src/library/library.js';
import { makeDataDir, markdownArticle, removeDataDir, sharedDir } from './helpers.js';

const htmlCorpus = join(sharedDir, 'corpora/html');
const CORPUS_PAGE = 'readability-cnn';

let server: Server;
let base: string;
const dirs: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/upload/council-vote.md') {
      // Discord's CDN may label a Markdown file as anything: the extension decides.
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(markdownArticle('Council Vote Delayed'));
    } else if (request.url === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(htmlCorpus, `${CORPUS_PAGE}.html`)));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDataDir));
});

async function setUp(options: { pendingTtlMs?: number } = {}) {
  const dataDir = await makeDataDir({ 'shared.md': markdownArticle('Shared Story') });
  dirs.push(dataDir);
  const library = await Library.open({ dataDir });
  const editor = new ArticleEditor({ library, allowPrivate: true, ...options });
  return { dataDir, library, editor };
}

function contextFor(
  library: Library,
  editor: ArticleEditor,
  who: { guildId: string | null; userId?: string; isModerator?: boolean; attachments?: Record<string, AttachmentRef> },
): CommandContext {
  const userId = who.userId ?? '42';
  return {
    articles: library.visibleTo(who.guildId),
    guildId: who.guildId,
    userId,
    isModerator: who.isModerator ?? true,
    reload: () => library.reload({ userId, guildId: who.guildId }),
    articleEditor: editor,
    attachments: who.attachments,
  };
}

const upload: AttachmentRef = { name: 'council-vote.md', url: '', size: 300, contentType: 'application/octet-stream' };
const addFile: OptionValues = { subcommand: 'add', file: 'attachment-id' };

function asConfirm(answer: Answer): ConfirmAnswer {
  if (answer.kind !== 'confirm') throw new Error(`expected a confirm answer, got ${JSON.stringify(answer)}`);
  return answer;
}

describe('/article add', () => {
  it('previews an attached file, then stores it for this server only when confirmed', async () => {
    const { dataDir, library, editor } = await setUp();
    const attachments = { file: { ...upload, url: `${base}/upload/council-vote.md` } };
    const preview = asConfirm(await articleCommand.execute(addFile, contextFor(library, editor, { guildId: '111', attachments })));
    expect(preview).toMatchObject({
      action: 'add-article',
      prompt: "Add “Council Vote Delayed” to this server's articles?",
      article: { title: 'Council Vote Delayed', publisher: 'The Test Gazette', paragraphs: 2 },
    });
    expect(preview.article.firstParagraph).toMatch(/^Council Vote Delayed drew a crowd/);
    expect(preview.confirmId).toMatch(/^article:confirm:/);
    expect(preview.confirmId.length).toBeLessThanOrEqual(100);
    expect(library.find('council-vote-delayed', '111')).toBeUndefined();

    const done = await articleCommand.button!(preview.confirmId, contextFor(library, editor, { guildId: '111' }));
    expect(done).toMatchObject({ kind: 'reload', added: ['Council Vote Delayed'] });
    expect(await readdir(join(dataDir, 'guilds/111'))).toContain('council-vote-delayed.md');
    expect(library.find('council-vote-delayed', '111')).toBeDefined();
    expect(library.find('council-vote-delayed', '222')).toBeUndefined();

    const again = await articleCommand.button!(preview.confirmId, contextFor(library, editor, { guildId: '111' }));
    expect(again).toEqual({ kind: 'error', message: 'This request was already handled or has expired.' });
  });

  it('keeps a preview across a restart: a new library and editor can confirm it', async () => {
    const { dataDir, library, editor } = await setUp();
    const attachments = { file: { ...upload, url: `${base}/upload/council-vote.md` } };
    const preview = asConfirm(await articleCommand.execute(addFile, contextFor(library, editor, { guildId: '111', attachments })));
    library.close();
    const restarted = await Library.open({ dataDir });
    const restartedEditor = new ArticleEditor({ library: restarted, allowPrivate: true });
    const done = await articleCommand.button!(preview.confirmId, contextFor(restarted, restartedEditor, { guildId: '111' }));
    expect(done).toMatchObject({ kind: 'reload', added: ['Council Vote Delayed'] });
  });

  it('cancels cleanly, and an expired preview says so', async () => {
    const { dataDir, library, editor } = await setUp();
    const attachments = { file: { ...upload, url: `${base}/upload/council-vote.md` } };
    const preview = asConfirm(await articleCommand.execute(addFile, contextFor(library, editor, { guildId: '111', attachments })));
    const cancelled = await articleCommand.button!(preview.cancelId, contextFor(library, editor, { guildId: '111' }));
    expect(cancelled).toEqual({ kind: 'notice', message: 'Cancelled: “Council Vote Delayed” was not changed.' });
    expect(await readdir(join(dataDir, 'guilds/111/.pending'))).toEqual([]);

    const expiring = new ArticleEditor({ library, allowPrivate: true, pendingTtlMs: -1 });
    const stale = asConfirm(await articleCommand.execute(addFile, contextFor(library, expiring, { guildId: '111', attachments })));
    const late = await articleCommand.button!(stale.confirmId, contextFor(library, expiring, { guildId: '111' }));
    expect(late).toEqual({ kind: 'error', message: 'This request expired: run the command again.' });
    expect(library.find('council-vote-delayed', '111')).toBeUndefined();
  });

  it('lets only the moderator who asked confirm', async () => {
    const { library, editor } = await setUp();
    const attachments = { file: { ...upload, url: `${base}/upload/council-vote.md` } };
    const preview = asConfirm(await articleCommand.execute(addFile, contextFor(library, editor, { guildId: '111', attachments })));
    const other = await articleCommand.button!(preview.confirmId, contextFor(library, editor, { guildId: '111', userId: '7' }));
    expect(other).toEqual({ kind: 'error', message: 'Only the moderator who asked can confirm or cancel this.' });
    const member = await articleCommand.button!(preview.confirmId, contextFor(library, editor, { guildId: '111', isModerator: false }));
    expect(member.kind).toBe('error');
    expect(library.find('council-vote-delayed', '111')).toBeUndefined();
  });

  it('refuses members, direct messages, and anything but exactly one of url and file', async () => {
    const { library, editor } = await setUp();
    const member = await articleCommand.execute(addFile, contextFor(library, editor, { guildId: '111', isModerator: false }));
    expect(member).toEqual({ kind: 'error', message: 'Only moderators (Manage Server) can add or remove articles.' });
    const direct = await articleCommand.execute(addFile, contextFor(library, editor, { guildId: null }));
    expect(direct.kind).toBe('error');
    const both = await articleCommand.execute({ ...addFile, url: 'https://example.com' }, contextFor(library, editor, { guildId: '111' }));
    expect(both).toEqual({ kind: 'error', message: 'Give either a url or a file (exactly one).' });
    const neither = await articleCommand.execute({ subcommand: 'add' }, contextFor(library, editor, { guildId: '111' }));
    expect(neither).toEqual({ kind: 'error', message: 'Give either a url or a file (exactly one).' });
  });

  it('refuses a file type that is not an article and a link to a private address', async () => {
    const { library } = await setUp();
    const strict = new ArticleEditor({ library, allowPrivate: false });
    const image = { file: { ...upload, name: 'photo.png', url: `${base}/photo.png` } };
    const wrongType = await articleCommand.execute(addFile, contextFor(library, strict, { guildId: '111', attachments: image }));
    expect(wrongType).toEqual({ kind: 'error', message: 'Attach a .txt, .md or .html file.' });
    const privateLink = await articleCommand.execute({ subcommand: 'add', url: `${base}/page` }, contextFor(library, strict, { guildId: '111' }));
    expect(privateLink).toEqual({ kind: 'error', message: 'Refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address.' });
  });
});

describe.skipIf(!existsSync(htmlCorpus))('/article add url (corpus page served on loopback)', () => {
  it('extracts the article from the page and stores the HTML when confirmed', async () => {
    const { dataDir, library, editor } = await setUp();
    const expected = JSON.parse(readFileSync(join(htmlCorpus, `${CORPUS_PAGE}.meta.json`), 'utf8')) as { title: string };
    const preview = asConfirm(await articleCommand.execute({ subcommand: 'add', url: `${base}/page` }, contextFor(library, editor, { guildId: '111' })));
    expect(preview.article.title).toBe(expected.title);
    expect(preview.article.url).toBe(`${base}/page`);
    expect(preview.article.paragraphs).toBeGreaterThan(5);
    const done = await articleCommand.button!(preview.confirmId, contextFor(library, editor, { guildId: '111' }));
    expect(done).toMatchObject({ kind: 'reload', added: [expected.title] });
    expect((await readdir(join(dataDir, 'guilds/111'))).filter((name) => name.endsWith('.html'))).toHaveLength(1);
  });
});

describe('/article remove', () => {
  it("removes this server's article after confirmation; refuses the operator's and other servers' articles", async () => {
    const { library, editor } = await setUp();
    await editor.store.addArticle('111', markdownArticle('Alpha Story'), 'markdown', { userId: '42', guildId: '111' });

    const fromOtherServer = await articleCommand.execute({ subcommand: 'remove', article: 'alpha-story' }, contextFor(library, editor, { guildId: '222' }));
    expect(fromOtherServer).toEqual({ kind: 'error', message: 'No article “alpha-story” is loaded in this server.' });
    const operators = await articleCommand.execute({ subcommand: 'remove', article: 'shared-story' }, contextFor(library, editor, { guildId: '111' }));
    expect(operators.kind).toBe('error');

    expect(articleCommand.autocomplete!('article', 'alp', contextFor(library, editor, { guildId: '111' }))).toEqual([
      { name: 'Alpha Story', value: 'alpha-story' },
    ]);
    expect(articleCommand.autocomplete!('article', '', contextFor(library, editor, { guildId: '222' }))).toEqual([]);

    const preview = asConfirm(await articleCommand.execute({ subcommand: 'remove', article: 'alpha-story' }, contextFor(library, editor, { guildId: '111' })));
    expect(preview).toMatchObject({ action: 'remove-article', prompt: "Remove “Alpha Story” from this server's articles?" });
    expect(library.find('alpha-story', '111')).toBeDefined();
    const done = await articleCommand.button!(preview.confirmId, contextFor(library, editor, { guildId: '111' }));
    expect(done).toMatchObject({ kind: 'reload', removed: ['Alpha Story'] });
    expect(library.find('alpha-story', '111')).toBeUndefined();
  });
});

describe('/articles', () => {
  it('lists the articles a server sees, ten to a page, with page buttons only its asker may use', async () => {
    const { library, editor } = await setUp();
    for (let n = 1; n <= 11; n++) {
      await editor.store.addArticle('111', markdownArticle(`Story Number ${n}`), 'markdown', { userId: '42', guildId: '111' });
    }
    const first = await articlesCommand.execute({}, contextFor(library, editor, { guildId: '111' }));
    if (first.kind !== 'articles') throw new Error('expected a list');
    expect(first.articles).toHaveLength(10);
    expect(first.page).toMatchObject({ number: 1, count: 2, total: 12, previousId: null, nextId: 'articles:2:42' });
    expect(first.articles[0]).toMatchObject({ publisher: 'The Test Gazette', paragraphs: 2 });

    const second = articlesCommand.button!('articles:2:42', contextFor(library, editor, { guildId: '111' }));
    expect(second).toMatchObject({ kind: 'articles', page: { number: 2, previousId: 'articles:1:42', nextId: null } });
    const stranger = articlesCommand.button!('articles:2:42', contextFor(library, editor, { guildId: '111', userId: '7' }));
    expect(stranger.kind).toBe('error');

    const elsewhere = await articlesCommand.execute({}, contextFor(library, editor, { guildId: '222' }));
    expect(elsewhere).toMatchObject({ kind: 'articles', articles: [{ title: 'Shared Story' }] });
  });
});
