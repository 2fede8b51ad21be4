// npm run bench: load time, in-process latency per command (median and p99 over 1,000 runs),
// and cold start of the real process to its first console reply. A script, not a test.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { commandMap } from '../commands/index.js';
import type { CommandContext, OptionValues } from '../src/core/command.js';
import { Library } from '../src/library/library.js';

const RUNS = 1_000;
const root = resolve(process.cwd());
const dataDir = resolve(root, process.env.DATA_DIR ?? 'data');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(run: () => unknown): Promise<{ median: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p99: percentile(samples, 99) };
}

function coldStart(): Promise<number> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const env = { ...process.env, DISCORD_TOKEN: '', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const child = spawn(process.execPath, [resolve(root, 'dist/src/main.js'), '--json'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout.once('data', () => {
      done(performance.now() - start);
      child.kill();
    });
    child.on('error', fail);
    child.stdin.end('/help\n');
  });
}

const loadStart = performance.now();
const library = await Library.open({ dataDir });
const loadMs = performance.now() - loadStart;
const articles = library.visibleTo(null);
const stats = library.stats(null);
const person = articles[0]?.people[0]?.name ?? 'someone';
const term = articles[0]?.vocabulary.find((word) => !word.includes(' ')) ?? 'article';
const question = `What did ${person} say?`;
// A question ranked over every sentence, not answered from the speaker's own words.
const rankedQuestion = `Where did ${person} go and why?`;

const context: CommandContext = {
  articles,
  guildId: null,
  userId: 'bench',
  isModerator: true,
  reload: () => library.reload(),
};
const cases: Array<[string, string, OptionValues]> = [
  ['/summary', 'summary', { length: 'medium' }],
  [`/who name:${person}`, 'who', { name: person }],
  [`/who name:${person.toLowerCase().slice(0, -1)}`, 'who', { name: person.toLowerCase().slice(0, -1) }],
  [`/quote term:${term}`, 'quote', { term }],
  [`/ask question:${question}`, 'ask', { question }],
  [`/ask question:${rankedQuestion}`, 'ask', { question: rankedQuestion }],
];

console.log(`Articles in ${dataDir}: ${stats.articles} (${stats.paragraphs} paragraphs, ${stats.people} people)`);
console.log(`Load (parse + NLP + index, all articles): ${loadMs.toFixed(1)} ms`);
console.log(`In-process latency over ${RUNS} runs:`);
for (const [label, name, options] of cases) {
  const command = commandMap.get(name);
  if (!command) throw new Error(`no command ${name}`);
  const { median, p99 } = await time(() => command.execute(options, context));
  console.log(`  ${label.padEnd(48)} median ${median.toFixed(3)} ms   p99 ${p99.toFixed(3)} ms`);
}
const who = commandMap.get('who');
if (who?.autocomplete) {
  const { median, p99 } = await time(() => who.autocomplete?.('name', person.slice(0, 2), context));
  console.log(`  ${'autocomplete /who name'.padEnd(48)} median ${median.toFixed(3)} ms   p99 ${p99.toFixed(3)} ms`);
}
// A library of real articles: the news corpus beside the checkout, when it is there.
const corpus = resolve(root, '../shared/corpora/news');
if (existsSync(corpus)) {
  const dir = mkdtempSync(join(tmpdir(), 'byline-bench-'));
  const files = readdirSync(corpus).filter((file) => file.endsWith('.txt') && !file.endsWith('.summary.txt'));
  for (const file of files) cpSync(join(corpus, file), join(dir, file));
  const start = performance.now();
  const many = await Library.open({ dataDir: dir });
  const { articles: count, paragraphs } = many.stats(null);
  console.log(`Load of ${count} corpus articles (${paragraphs} paragraphs): ${(performance.now() - start).toFixed(0)} ms`);
  const all = many.visibleTo(null);
  const askAll = await time(() => commandMap.get('ask')?.execute({ question: 'Who said the police were investigating?' }, { ...context, articles: all }));
  console.log(`  /ask across all ${count} articles                  median ${askAll.median.toFixed(3)} ms   p99 ${askAll.p99.toFixed(3)} ms`);
  many.close();
}
const colds: number[] = [];
for (let i = 0; i < 5; i++) colds.push(await coldStart());
colds.sort((a, b) => a - b);
console.log(`Cold start to first console reply (node dist/src/main.js, 5 runs): median ${percentile(colds, 50).toFixed(0)} ms, max ${(colds.at(-1) ?? 0).toFixed(0)} ms`);
library.close();
