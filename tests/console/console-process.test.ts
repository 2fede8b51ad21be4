// Spawns the real `node dist/src/main.js` with no token, as `npm start` does, and reads its JSON replies.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'dist/src/main.js');
const seed = join(root, 'data/lavrov-pyongyang-visit.txt');

interface Reply {
  command: string | null;
  options: Record<string, unknown>;
  text: string;
  ephemeral: boolean;
  answer: { kind: string } & Record<string, unknown>;
}

function runConsole(lines: string[], env: Record<string, string> = {}): { replies: Reply[]; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [main, '--json'], {
    input: `${lines.join('\n')}\n`,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: join(root, 'data'), ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const replies = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Reply);
  return { replies, stderr: result.stderr, status: result.status };
}

beforeAll(() => {
  if (!existsSync(main)) spawnSync(process.execPath, [join(root, 'scripts/ensure-built.mjs')], { cwd: root, stdio: 'inherit' });
});

describe('local console (real process, no token)', () => {
  it('exits quietly when its reader goes away (`… | head -c 10`)', () => {
    const result = spawnSync('/bin/sh', ['-c', `printf '/who Choe Son Hui\\n/summary\\n/quote north\\n/help\\n' | "${process.execPath}" "${main}" | head -c 10`], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: join(root, 'data') },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it('answers one JSON object per command and exits at end of input', () => {
    const { replies, status } = runConsole(['/who Choe Son Hui', '/quote munitions', '/help']);
    expect(status).toBe(0);
    expect(replies.map((reply) => reply.command)).toEqual(['who', 'quote', 'help']);
    const [who, quote] = replies as [Reply, Reply];
    expect(who.options).toEqual({ name: 'Choe Son Hui' });
    expect(who.answer.kind).toBe('who');
    expect(who.answer.name).toBe('Choe Son Hui');
    expect(who.ephemeral).toBe(false);
    expect(quote.answer.kind).toBe('quote');
    expect(quote.text).toContain('¶');
  });

  it('quotes the article verbatim, never the caption or credit', () => {
    const { replies } = runConsole(['/summary', '/ask How many containers were delivered?']);
    const article = readFileSync(seed, 'utf8');
    for (const reply of replies) {
      const quotes = (reply.answer.quotes ?? []) as Array<{ text: string }>;
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(article).toContain(quote.text);
      expect(reply.text).not.toMatch(/Photo: KCNA/);
    }
    expect(replies[1]?.text).toMatch(/1,000 containers/);
  });

  it('turns bad input into short ephemeral errors and keeps going', () => {
    const { replies, status } = runConsole(['/who name:', '/nonsense', '/quote term:@everyone', '/summary length:huge', '/summary', '/who']);
    expect(status).toBe(0);
    expect(replies).toHaveLength(6);
    expect(replies[0]?.ephemeral).toBe(true);
    // An empty option and a missing one read the same.
    expect(replies[0]?.answer).toEqual({ kind: 'error', message: 'Please give a name.' });
    expect(replies[5]?.answer).toEqual(replies[0]?.answer);
    expect(replies[1]?.answer).toEqual({ kind: 'error', message: 'Unknown command /nonsense. Type /help for the list.' });
    expect(replies[3]?.ephemeral).toBe(true);
    expect(replies[4]?.answer.kind).toBe('summary');
  });

  it('skips a bad file in the data directory and still serves the good one', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'byline-console-'));
    copyFileSync(seed, join(dataDir, 'seed.txt'));
    writeFileSync(join(dataDir, 'empty.txt'), '');
    writeFileSync(join(dataDir, 'binary.txt'), Buffer.from([0, 1, 2, 255, 0, 7]));
    const { replies, status } = runConsole(['/who Lavrov'], { DATA_DIR: dataDir });
    expect(status).toBe(0);
    expect(replies[0]?.answer.kind).toBe('who');
  });

  it('answers all five commands on a second, different raw article', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'byline-second-'));
    const fixture = join(root, 'tests/fixtures/articles/second-article.txt');
    copyFileSync(fixture, join(dataDir, 'second.txt'));
    const article = readFileSync(fixture, 'utf8');
    const { replies, status } = runConsole(
      [
        '/summary length:short',
        '/who reyes',
        '/who Alan Smyth',
        '/quote term:line',
        '/ask Who voted against the plan?',
        '/ask What is the capital of France?',
        '/reload',
      ],
      { DATA_DIR: dataDir },
    );
    expect(status).toBe(0);
    const [summary, reyes, smith, quote, ask, offTopic, reload] = replies as [Reply, Reply, Reply, Reply, Reply, Reply, Reply];
    const quotes = (reply: Reply) => (reply.answer.quotes ?? []) as Array<{ text: string; citation: { paragraph: number } }>;

    // Three sentences; two that follow each other in one paragraph read as one quote.
    expect(quotes(summary).length).toBeGreaterThanOrEqual(2);
    expect(quotes(summary).length).toBeLessThanOrEqual(3);
    for (const { text } of quotes(summary)) expect(article).toContain(text);
    expect(summary.text).not.toMatch(/Getty Images|Tags:|©/);
    expect(reyes.answer).toMatchObject({ kind: 'who', name: 'Thomas Reyes' });
    expect(smith.answer).toMatchObject({ kind: 'who', name: 'Alan Smith' });
    expect(quotes(quote).length).toBeGreaterThanOrEqual(3);
    expect(quotes(quote).some(({ text }) => text.includes('lines'))).toBe(true);
    expect(quotes(ask)[0]?.text).toContain('Thomas Reyes, who voted against the plan');
    expect(offTopic.answer.kind).toBe('not-found');
    expect(reload.answer).toMatchObject({ kind: 'reload', ok: true, before: { articles: 1 }, after: { articles: 1 } });
  });

  it('fails fast with one clear line on a bad environment, without a stack trace', () => {
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
      input: '',
      timeout: 10_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^byline: LOG_LEVEL must be one of/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

