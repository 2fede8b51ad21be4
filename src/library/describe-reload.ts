import type { LibraryStats, ReloadAnswer } from '../answers/types.js';
import type { SkippedFile } from '../article/types.js';
import type { LibraryState, LoadedArticle } from './build-state.js';
import { GUILDS_DIRECTORY } from './scan.js';

/** Whose view a reload is described from: one server's (operator's plus its own), or everything. */
export type ReloadScope = { guildId: string | null } | 'everything';

export function inScope(entry: { guildId: string | null }, scope: ReloadScope): boolean {
  return scope === 'everything' || entry.guildId === null || entry.guildId === scope.guildId;
}

export function statsOf(entries: LoadedArticle[]): LibraryStats {
  return {
    articles: entries.length,
    paragraphs: entries.reduce((sum, entry) => sum + entry.prepared.article.paragraphs.length, 0),
    people: entries.reduce((sum, entry) => sum + entry.prepared.people.length, 0),
  };
}

/**
 * The reload reply: what changed between two states as one server sees them, so a server
 * never learns the titles or file names of another server's articles. `ok` is false when a
 * file was skipped or the reload itself failed (then `after` equals `before`).
 */
export function describeReload(
  before: LibraryState,
  after: LibraryState,
  scope: ReloadScope,
  durationMs: number,
  failure: SkippedFile | null,
): ReloadAnswer {
  const beforeEntries = before.loaded.filter((entry) => inScope(entry, scope));
  const afterEntries = after.loaded.filter((entry) => inScope(entry, scope));
  const key = (entry: LoadedArticle) => `${entry.guildId ?? ''}/${entry.prepared.article.id}`;
  const beforeByKey = new Map(beforeEntries.map((entry) => [key(entry), entry]));
  const afterKeys = new Set(afterEntries.map(key));
  const added: string[] = [];
  const changed: string[] = [];
  for (const entry of afterEntries) {
    const old = beforeByKey.get(key(entry));
    if (!old) added.push(entry.prepared.article.title);
    else if (old.prepared !== entry.prepared) changed.push(entry.prepared.article.title);
  }
  const removed = beforeEntries.filter((entry) => !afterKeys.has(key(entry))).map((entry) => entry.prepared.article.title);
  const skipped = after.skipped.filter((file) => inScope({ guildId: guildOfFile(file.file) }, scope));
  if (failure) skipped.unshift(failure);
  return {
    kind: 'reload',
    ok: skipped.length === 0,
    before: statsOf(beforeEntries),
    after: statsOf(afterEntries),
    added,
    changed,
    removed,
    skipped,
    durationMs: Math.round(durationMs),
  };
}

function guildOfFile(file: string): string | null {
  const [first, guildId] = file.split('/');
  return first === GUILDS_DIRECTORY && guildId ? guildId : null;
}
