import { createInterface } from 'node:readline';
import type { Answer } from '../answers/types.js';
import type { Command, OptionValues } from '../core/command.js';
import type { Library } from '../library/library.js';
import { renderText } from '../render/text.js';
import { isEphemeral } from '../render/visibility.js';
import { parseLine } from './parse-line.js';

export interface ConsoleOptions {
  library: Library;
  commands: ReadonlyMap<string, Command>;
  json: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
}

/** One reply as the console prints it; with --json, one object per line. */
export interface ConsoleReply {
  command: string | null;
  options: OptionValues;
  text: string;
  ephemeral: boolean;
  answer: Answer;
}

const CONSOLE_USER = 'console';

export async function answerLine(line: string, options: Pick<ConsoleOptions, 'library' | 'commands'>): Promise<ConsoleReply> {
  // A line that is not a command is a question: the friendliest reading of free text.
  const input = line.trimStart().startsWith('/') ? line : `/ask ${line}`;
  const parsed = parseLine(input, options.commands);
  if (!parsed.ok) {
    const answer: Answer = { kind: 'error', message: parsed.error };
    return { command: parsed.name ?? null, options: {}, text: renderText(answer), ephemeral: true, answer };
  }
  const { command, name, options: values } = parsed.line;
  const { library } = options;
  let answer: Answer;
  try {
    answer = await command.execute(values, {
      articles: library.visibleTo(null),
      guildId: null,
      userId: CONSOLE_USER,
      isModerator: true,
      reload: () => library.reload({ userId: CONSOLE_USER, guildId: null }),
    });
  } catch (error) {
    answer = { kind: 'error', message: 'Something went wrong answering that; the articles are unchanged.' };
    process.stderr.write(`byline: /${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return {
    command: name,
    options: values,
    text: renderText(answer),
    ephemeral: isEphemeral(answer, values.private === true),
    answer,
  };
}

/** Reads commands line by line until end of input, answering each in order. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { output, json, interactive } = options;
  const lines = createInterface({ input: options.input, terminal: false });
  // The reader went away (`… | head -2`): there is no one left to answer, which is no error.
  let readerGone = false;
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
    lines.close();
  });
  const prompt = () => {
    if (interactive) output.write('byline> ');
  };
  if (interactive && !json) {
    output.write('Byline local console. Try /help, /summary, /who name:…, /quote term:…, /ask question:… — Ctrl+D to quit.\n');
  }
  prompt();
  for await (const line of lines) {
    if (readerGone || /^\s*\/?(quit|exit)\s*$/i.test(line)) break;
    if (line.trim() === '') {
      prompt();
      continue;
    }
    const reply = await answerLine(line, options);
    output.write(json ? `${JSON.stringify(reply)}\n` : `${reply.text}\n\n`);
    prompt();
  }
  lines.close();
}
