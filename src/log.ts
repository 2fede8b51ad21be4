import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

const require = createRequire(import.meta.url);

/** Paths whose values never reach a log line. */
const REDACT = [
  'token',
  '*.token',
  'config.discord.token',
  'discord.token',
  'env.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * Structured logs with the token redacted: pretty on a terminal, JSON lines otherwise.
 * `destination` 2 keeps stdout free for console replies.
 */
export function createLogger({ level, destination }: { level: string; destination: 1 | 2 }): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { pid: process.pid } };
  if (isatty(destination)) {
    const pretty = require('pino-pretty') as (options: object) => NodeJS.WritableStream;
    return pino(options, pretty({ destination, sync: true, colorize: true, ignore: 'pid,hostname' }));
  }
  return pino(options, pino.destination({ dest: destination, sync: true }));
}
