// Button state lives in the custom_id (≤ 100 characters), so buttons keep working after a
// restart: enough to recompute the answer, never a reference to memory.

/** Commands whose replies can be paged, with the one-letter code used in custom ids. */
const PAGED_COMMANDS = { quote: 'q', who: 'w' } as const;
export type PagedCommand = keyof typeof PAGED_COMMANDS;

export type ButtonAction =
  | {
      kind: 'page';
      command: PagedCommand;
      page: number;
      /** Only this user may turn the pages. */
      ownerId: string;
      /** Short key of the article the answer was scoped to, or null for all visible articles. */
      articleKey: string | null;
      /** What to recompute from: the /quote term or the /who person id. */
      subject: string;
    }
  | { kind: 'paragraph'; articleKey: string; paragraph: number };

const MAX_CUSTOM_ID = 100;
const SEPARATOR = '|';

/** A short, stable key for an article id (FNV-1a, base 36): article ids can be too long for a custom id. */
export function articleKey(articleId: string): string {
  let hash = 0x811c9dc5;
  for (const char of articleId) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function fitSubject(prefix: string, subject: string): string {
  const room = MAX_CUSTOM_ID - [...prefix].length;
  return [...subject].slice(0, Math.max(0, room)).join('');
}

export function encodeButton(action: ButtonAction): string {
  if (action.kind === 'paragraph') return ['para', action.articleKey, action.paragraph].join(SEPARATOR);
  const prefix = ['pg', PAGED_COMMANDS[action.command], action.page, action.ownerId, action.articleKey ?? '', ''].join(SEPARATOR);
  // A subject too long to fit is cut: the recomputed answer then matches a prefix of the term.
  return prefix + fitSubject(prefix, action.subject);
}

/** The action a custom id encodes, or null when it is not one of ours. */
export function decodeButton(customId: string): ButtonAction | null {
  const parts = customId.split(SEPARATOR);
  if (parts[0] === 'para' && parts.length === 3) {
    const paragraph = Number(parts[2]);
    if (!parts[1] || !Number.isInteger(paragraph) || paragraph < 1) return null;
    return { kind: 'paragraph', articleKey: parts[1], paragraph };
  }
  if (parts[0] !== 'pg' || parts.length < 6) return null;
  const command = (Object.keys(PAGED_COMMANDS) as PagedCommand[]).find((name) => PAGED_COMMANDS[name] === parts[1]);
  const page = Number(parts[2]);
  const ownerId = parts[3] ?? '';
  if (!command || !Number.isInteger(page) || page < 0 || !ownerId) return null;
  return {
    kind: 'page',
    command,
    page,
    ownerId,
    articleKey: parts[4] || null,
    subject: parts.slice(5).join(SEPARATOR),
  };
}
