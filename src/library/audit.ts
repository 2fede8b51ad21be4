import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';

export const AUDIT_FILE = 'audit.log';

/** One line of `dataDir/audit.log`: who changed what, where, and how it went. */
export interface AuditEntry {
  time: string;
  /** Discord user id of the moderator; null for the operator's own actions (console, file watch). */
  actor: string | null;
  guildId: string | null;
  action: 'reload' | 'add-article' | 'remove-article';
  /** The article concerned (title), when the action is about one. */
  article: string | null;
  result: string;
}

/** Appends the entry as a JSON line and logs it; an audit failure is logged, never thrown. */
export async function recordAudit(
  dataDir: string,
  entry: Omit<AuditEntry, 'time'>,
  logger?: Logger,
): Promise<void> {
  const line: AuditEntry = { time: new Date().toISOString(), ...entry };
  logger?.info({ audit: line }, `${line.action}: ${line.result}`);
  try {
    await appendFile(join(dataDir, AUDIT_FILE), `${JSON.stringify(line)}\n`, { mode: 0o644 });
  } catch (error) {
    logger?.error({ err: error }, 'could not append to the audit log');
  }
}
