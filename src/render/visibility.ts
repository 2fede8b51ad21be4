import type { Answer } from '../answers/types.js';

// Replies that concern only the person who asked: they would clutter the channel.
const PRIVATE_KINDS: ReadonlySet<Answer['kind']> = new Set(['not-found', 'error', 'notice', 'confirm', 'reload', 'help']);

/** The one visibility rule for Discord and the console: answers are public unless asked private; errors are always private. */
export function isEphemeral(answer: Answer, privateRequested: boolean): boolean {
  return privateRequested || PRIVATE_KINDS.has(answer.kind);
}
