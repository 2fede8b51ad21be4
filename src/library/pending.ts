import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { GUILDS_DIRECTORY } from './scan.js';

export const PENDING_DIRECTORY = '.pending';
export const PENDING_TTL_MS = 15 * 60 * 1000;
const PENDING_ID = /^[A-Za-z0-9_-]{16}$/;

/** A change a moderator previewed and has not confirmed yet; kept on disk so it survives a restart. */
export interface PendingChange {
  id: string;
  action: 'add-article' | 'remove-article';
  guildId: string;
  userId: string;
  createdAt: number;
  articleId: string;
  title: string;
  /** For an addition: the staged file's name inside the pending directory. */
  stagedFile: string | null;
}

/** Pending changes of every server, one JSON file each under `guilds/<guildId>/.pending/`. */
export class PendingChanges {
  constructor(
    private readonly dataDir: string,
    private readonly ttlMs = PENDING_TTL_MS,
  ) {}

  directory(guildId: string): string {
    return join(this.dataDir, GUILDS_DIRECTORY, guildId, PENDING_DIRECTORY);
  }

  newId(): string {
    return randomBytes(12).toString('base64url');
  }

  expiresAt(change: PendingChange): Date {
    return new Date(change.createdAt + this.ttlMs);
  }

  async save(change: PendingChange): Promise<void> {
    await mkdir(this.directory(change.guildId), { recursive: true });
    await writeFileAtomic(join(this.directory(change.guildId), `${change.id}.json`), JSON.stringify(change));
  }

  /** The change, 'expired' (and then already deleted), or undefined when there is no such change. */
  async read(guildId: string, id: string): Promise<PendingChange | 'expired' | undefined> {
    if (!PENDING_ID.test(id)) return undefined;
    let change: PendingChange;
    try {
      change = JSON.parse(await readFile(join(this.directory(guildId), `${id}.json`), 'utf8')) as PendingChange;
    } catch {
      return undefined;
    }
    if (Date.now() > change.createdAt + this.ttlMs) {
      await this.discard(change);
      return 'expired';
    }
    return change;
  }

  async discard(change: PendingChange): Promise<void> {
    const directory = this.directory(change.guildId);
    await rm(join(directory, `${change.id}.json`), { force: true });
    if (change.stagedFile) await rm(join(directory, change.stagedFile), { force: true });
  }

  /** Deletes this server's expired changes, and staged files older than the TTL left without one. */
  async sweep(guildId: string): Promise<void> {
    const directory = this.directory(guildId);
    const names = await readdir(directory).catch(() => [] as string[]);
    const live = new Set<string>();
    for (const name of names.filter((file) => file.endsWith('.json'))) {
      const change = await this.read(guildId, name.slice(0, -'.json'.length));
      if (change && change !== 'expired') live.add(change.id);
    }
    for (const name of names) {
      if (live.has(name.split('.')[0] ?? '')) continue;
      const info = await stat(join(directory, name)).catch(() => null);
      if (info && Date.now() - info.mtimeMs > this.ttlMs) await rm(join(directory, name), { force: true });
    }
  }
}
