// Runs the built bot the way an operator does (`node dist/src/main.js`), in its own process
// group so that shard processes it spawns are stopped with it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from '../../support/fake-discord/fake-discord.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = path.join(repoRoot, 'dist/src/main.js');
const STOP_GRACE_MS = 5000;

/** Builds dist/ when it is missing; a lock directory keeps parallel test files from building at once. */
export function ensureBuilt(): void {
  const lock = path.join(tmpdir(), 'byline-e2e-build.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`could not take ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (existsSync(MAIN)) return;
    const build = spawnSync(process.execPath, ['scripts/ensure-built.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A throwaway copy of data/, so tests can change files and reload. */
export function copyDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-e2e-data-'));
  cpSync(path.join(repoRoot, 'data'), dir, { recursive: true });
  return dir;
}

export interface BotExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Exited by itself within the grace period after SIGTERM. */
  graceful: boolean;
}

export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything the process (and its shards) wrote, for failure messages. */
  output(): string;
  /** SIGTERM to the process group, SIGKILL after a grace period; resolves once it has exited. */
  stop(): Promise<BotExit>;
}

/** The environment an operator would set to point Byline at this fake Discord. */
export function botEnvironment(fake: FakeDiscord, dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: 'test-token',
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guild.id,
    DISCORD_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    WATCH_DATA: 'false',
    FETCH_ALLOW_PRIVATE: 'false',
    ...extra,
  };
}

export function startBot(env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(process.execPath, [MAIN], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Omit<BotExit, 'graceful'>>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };

  // If the test worker dies before afterAll, the bot and its shards must not outlive it.
  const killOnExit = () => signalGroup('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  return {
    child,
    output: () => output,
    async stop() {
      signalGroup('SIGTERM');
      const graceful = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), STOP_GRACE_MS))]);
      // Shards may outlive a manager that ignored SIGTERM: the whole group goes either way.
      signalGroup('SIGKILL');
      return { ...(await exited), graceful };
    },
  };
}
