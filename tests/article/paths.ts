import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = resolve(repoRoot, 'tests/fixtures/articles');
export const sharedDir = resolve(repoRoot, '../shared');
export const hasShared = existsSync(resolve(sharedDir, 'corpora'));
