// The seed article, parsed and prepared the way the library does it, and a command context over it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReloadAnswer } from '../../src/answers/types.js';
import { parseRawText } from '../../src/article/parse-text.js';
import type { CommandContext } from '../../src/core/command.js';
import { prepareArticle } from '../../src/core/prepare.js';
import type { PreparedArticle } from '../../src/core/prepared.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_FILE = 'lavrov-pyongyang-visit.txt';

let seed: PreparedArticle | undefined;

export function seedArticle(): PreparedArticle {
  seed ??= prepareArticle(parseRawText(readFileSync(path.join(repoRoot, 'data', SEED_FILE), 'utf8'), SEED_FILE));
  return seed;
}

export const reloadAnswer: ReloadAnswer = {
  kind: 'reload',
  ok: true,
  before: { articles: 1, paragraphs: 10, people: 5 },
  after: { articles: 2, paragraphs: 20, people: 9 },
  added: ['Second article'],
  changed: [],
  removed: [],
  skipped: [{ file: 'broken.md', reason: 'front matter is not valid YAML' }],
  durationMs: 12,
};

export function seedContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    articles: [seedArticle()],
    guildId: '100000000000000001',
    userId: '200000000000000002',
    isModerator: false,
    reload: async () => reloadAnswer,
    ...overrides,
  };
}
