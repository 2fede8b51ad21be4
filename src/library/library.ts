import { watch, type FSWatcher } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { LibraryStats, ReloadAnswer } from '../answers/types.js';
import type { SkippedFile } from '../article/types.js';
import { prepareArticle } from '../core/prepare.js';
import type { PreparedArticle } from '../core/prepared.js';
import { AUDIT_FILE, recordAudit } from './audit.js';
import { buildState, type LibraryState, type LoadedArticle, type Prepare } from './build-state.js';
import { describeReload, inScope, statsOf } from './describe-reload.js';

export interface LibraryOptions {
  dataDir: string;
  logger?: Logger;
  /** WATCH_DATA: reload (debounced, serialised) when files under the data directory change. */
  watch?: boolean;
  /** The per-article analysis; `prepareArticle` unless a test needs to observe it. */
  prepare?: Prepare;
}

/** Who asked for a change: a moderator in a server, or the operator (no actor). */
export interface Actor {
  userId: string;
  guildId: string | null;
}

interface Transition {
  before: LibraryState;
  after: LibraryState;
  durationMs: number;
  failure: SkippedFile | null;
}

const WATCH_DEBOUNCE_MS = 500;

/**
 * The loaded articles: the operator's (top level of the data directory, shared by every
 * server) and each server's own (`guilds/<guildId>/`, visible only there).
 *
 * A reload builds the whole new state off to the side and swaps it in with one assignment,
 * so callers holding arrays from before keep a consistent view until they finish. Reloads
 * never overlap: a reload requested while one runs waits for it and then runs once more
 * (every caller waiting at that point shares that next run), so a change made during a
 * reload is always picked up by the reload asked for after it.
 */
export class Library {
  readonly dataDir: string;
  private state: LibraryState = { loaded: [], skipped: [] };
  private visibleCache = new Map<string | null, PreparedArticle[]>();
  private running: Promise<Transition> | null = null;
  private queued: Promise<Transition> | null = null;
  private watcher: FSWatcher | null = null;
  private watchTimer: NodeJS.Timeout | null = null;

  private constructor(
    dataDir: string,
    private readonly prepare: Prepare,
    private readonly logger: Logger | undefined,
  ) {
    this.dataDir = dataDir;
  }

  /** Loads every article under `dataDir`; bad files are skipped (see `skipped`), never fatal. */
  static async open(options: LibraryOptions): Promise<Library> {
    const library = new Library(options.dataDir, options.prepare ?? prepareArticle, options.logger);
    const { after, durationMs, failure } = await library.transition();
    if (failure) throw new Error(`Cannot read the data directory ${options.dataDir}: ${failure.reason}`);
    for (const file of after.skipped) options.logger?.warn({ file: file.file, reason: file.reason }, 'article file skipped');
    options.logger?.info({ ...statsOf(after.loaded), ms: Math.round(durationMs) }, 'library loaded');
    if (options.watch) library.startWatching();
    return library;
  }

  /** Files not loaded at the last (re)load, with reasons, across all servers. */
  get skipped(): SkippedFile[] {
    return this.state.skipped;
  }

  /** The operator's articles plus this server's own, newest first (published, else added date). */
  visibleTo(guildId: string | null): PreparedArticle[] {
    let visible = this.visibleCache.get(guildId);
    if (!visible) {
      visible = sortNewestFirst(this.state.loaded.filter((entry) => inScope(entry, { guildId })));
      this.visibleCache.set(guildId, visible);
    }
    return visible;
  }

  /** This server's own articles (the ones its moderators may remove), newest first. */
  ownArticles(guildId: string): PreparedArticle[] {
    return this.visibleTo(guildId).filter((prepared) => this.locate(prepared)?.guildId === guildId);
  }

  find(articleId: string, guildId: string | null): PreparedArticle | undefined {
    return this.visibleTo(guildId).find((prepared) => prepared.article.id === articleId);
  }

  /** Where a served article comes from: its file (relative to the data directory) and owner (null: the operator). */
  locate(prepared: PreparedArticle): { file: string; guildId: string | null } | undefined {
    const entry = this.state.loaded.find((loaded) => loaded.prepared === prepared);
    return entry && { file: entry.file, guildId: entry.guildId };
  }

  stats(guildId: string | null): LibraryStats {
    return statsOf(this.state.loaded.filter((entry) => inScope(entry, { guildId })));
  }

  /**
   * Re-reads the data directory and swaps the new articles in. The answer describes the
   * change as the actor's server sees it (everything when there is no actor), and the
   * reload is appended to the audit log.
   */
  async reload(actor?: Actor): Promise<ReloadAnswer> {
    const { before, after, durationMs, failure } = await this.transition();
    const answer = describeReload(before, after, actor ? { guildId: actor.guildId } : 'everything', durationMs, failure);
    await recordAudit(
      this.dataDir,
      {
        actor: actor?.userId ?? null,
        guildId: actor?.guildId ?? null,
        action: 'reload',
        article: null,
        result: summarise(answer),
      },
      this.logger,
    );
    return answer;
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.watchTimer) clearTimeout(this.watchTimer);
    this.watchTimer = null;
  }

  private transition(): Promise<Transition> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<Transition> {
    const run = this.rebuild().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async rebuild(): Promise<Transition> {
    const before = this.state;
    const started = performance.now();
    try {
      const after = await buildState(this.dataDir, before, this.prepare);
      this.state = after;
      this.visibleCache = new Map();
      return { before, after, durationMs: performance.now() - started, failure: null };
    } catch (error) {
      const failure = { file: this.dataDir, reason: (error as Error).message };
      this.logger?.error({ err: error }, 'reload failed; still serving the previous articles');
      return { before, after: before, durationMs: performance.now() - started, failure };
    }
  }

  private startWatching(): void {
    this.watcher = watch(this.dataDir, { recursive: true }, (_event, filename) => {
      if (filename && isIgnoredByWatch(filename.toString())) return;
      if (this.watchTimer) clearTimeout(this.watchTimer);
      this.watchTimer = setTimeout(() => {
        this.watchTimer = null;
        this.reload().catch((error: unknown) => this.logger?.error({ err: error }, 'watched reload failed'));
      }, WATCH_DEBOUNCE_MS);
      this.watchTimer.unref();
    });
    this.watcher.on('error', (error) => this.logger?.error({ err: error }, 'data directory watch failed'));
  }
}

/** The audit log and dotfiles (temporary writes, `.pending/`) change without being articles. */
function isIgnoredByWatch(filename: string): boolean {
  return filename === AUDIT_FILE || filename.split(/[\\/]/).some((part) => part.startsWith('.'));
}

function dateKey(entry: LoadedArticle): number {
  const published = entry.prepared.article.published ? Date.parse(entry.prepared.article.published) : NaN;
  return Number.isNaN(published) ? entry.addedMs : published;
}

function sortNewestFirst(entries: LoadedArticle[]): PreparedArticle[] {
  return [...entries]
    .sort((a, b) => dateKey(b) - dateKey(a) || a.prepared.article.title.localeCompare(b.prepared.article.title))
    .map((entry) => entry.prepared);
}

function summarise(answer: ReloadAnswer): string {
  const counts = `${answer.added.length} added, ${answer.changed.length} changed, ${answer.removed.length} removed`;
  return answer.skipped.length ? `${counts}, ${answer.skipped.length} skipped` : counts;
}
