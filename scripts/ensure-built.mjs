// Rebuilds dist/ only when a TypeScript source is newer than the last build,
// so `npm start` works on a fresh clone and stays fast afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'commands', 'bench', 'eval'];
const stamp = join('dist', '.build-stamp');

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    // eval/report.json is the eval's output, not a source.
    else if (/\.(ts|json)$/.test(entry.name) && entry.name !== 'report.json') newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sourceTime = Math.max(statSync('tsconfig.json').mtimeMs, ...roots.map(newestSource));
const builtTime = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (process.argv.includes('--force') || sourceTime > builtTime) {
  process.stderr.write('byline: building TypeScript…\n');
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}
