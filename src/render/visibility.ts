import type { Answer } from '../answers/types.js';

/** Answers are public unless the user asked for privacy; errors are always private. */
export function isEphemeral(answer: Answer, privateRequested: boolean): boolean {
  return privateRequested || answer.kind === 'error';
}
