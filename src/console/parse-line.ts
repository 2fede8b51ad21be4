import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { Command, OptionValues } from '../core/command.js';

export interface ParsedLine {
  command: Command;
  name: string;
  options: OptionValues;
}

/** A failed parse names the command when it was recognised, so the reply can say which. */
export type ParseResult = { ok: true; line: ParsedLine } | { ok: false; error: string; name?: string };

type Option = APIApplicationCommandOption;

function isSubcommand(option: Option): boolean {
  return option.type === ApplicationCommandOptionType.Subcommand;
}

function convert(option: Option, raw: string): OptionValues[string] | Error {
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      if (/^(true|yes|1)$/i.test(raw)) return true;
      if (/^(false|no|0)$/i.test(raw)) return false;
      return new Error(`${option.name} must be true or false`);
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const value = Number(raw);
      const whole = option.type === ApplicationCommandOptionType.Integer;
      return Number.isFinite(value) && (!whole || Number.isInteger(value)) ? value : new Error(`${option.name} must be a number`);
    }
    case ApplicationCommandOptionType.String: {
      const choices = 'choices' in option ? option.choices : undefined;
      if (!choices?.length) return raw;
      // "length:SHORT": Discord offers the choices to pick; typed, any case will do.
      const chosen = choices.find((choice) => String(choice.value).toLowerCase() === raw.trim().toLowerCase());
      return chosen ? String(chosen.value) : new Error(`${option.name} must be one of: ${choices.map((choice) => choice.value).join(', ')}`);
    }
    default:
      return raw;
  }
}

/** Splits `key:value key2:value two` on the option names the command knows; the rest is positional text. */
function splitNamed(text: string, names: string[]): { positional: string; named: Array<[string, string]> } {
  if (names.length === 0) return { positional: text, named: [] };
  const pattern = new RegExp(`(?:^|\\s)(${names.map((n) => n.replace(/[-]/g, '\\-')).join('|')}):`, 'g');
  const marks = [...text.matchAll(pattern)];
  if (marks.length === 0) return { positional: text, named: [] };
  const named: Array<[string, string]> = marks.map((mark, i) => {
    const valueStart = (mark.index ?? 0) + mark[0].length;
    const valueEnd = marks[i + 1]?.index ?? text.length;
    return [mark[1] as string, text.slice(valueStart, valueEnd).trim()];
  });
  return { positional: text.slice(0, marks[0]?.index ?? 0).trim(), named };
}

/**
 * Parses a console line such as `/who name:Jane Doe` or `/ask How many were delivered?`.
 * Text without option names goes to the command's main text option.
 */
export function parseLine(input: string, commands: ReadonlyMap<string, Command>): ParseResult {
  const match = /^\/?([\w-]+)\s*([\s\S]*)$/.exec(input.trim());
  if (!match) return { ok: false, error: 'Type a command such as /help.' };
  const name = (match[1] as string).toLowerCase();
  const command = commands.get(name);
  if (!command) return { ok: false, error: `Unknown command /${name}. Type /help for the list.` };

  let rest = (match[2] ?? '').trim();
  let options: Option[] = (command.definition.options ?? []) as Option[];
  const values: OptionValues = {};
  if (options.some(isSubcommand)) {
    const [word = '', ...tail] = rest.split(/\s+/);
    const subcommand = options.find((option) => isSubcommand(option) && option.name === word.toLowerCase());
    if (!subcommand) {
      const names = options.filter(isSubcommand).map((option) => option.name);
      return { ok: false, name, error: `/${name} needs one of: ${names.join(', ')}.` };
    }
    values.subcommand = subcommand.name;
    options = ('options' in subcommand ? subcommand.options ?? [] : []) as Option[];
    rest = tail.join(' ');
  }

  // "/summary private", "/ask What did X say? private": a true/false option named alone at the end means true.
  // After a name in lower case ("/who Ortiz private", not "/who Jane Private"): a question or term may end in the word.
  const takesName = options.some((option) => option.name === 'name');
  for (const option of options.filter((candidate) => candidate.type === ApplicationCommandOptionType.Boolean)) {
    const bare =
      new RegExp(`(^|[?.!]\\s+|:\\S*\\s+)${option.name}\\s*$`, 'i').exec(rest) ?? (takesName ? new RegExp(`(\\S\\s+)${option.name}\\s*$`).exec(rest) : null);
    if (!bare) continue;
    values[option.name] = true;
    rest = rest.slice(0, bare.index + bare[1]!.length).trim();
  }
  const { positional, named } = splitNamed(rest, options.map((option) => option.name));
  if (positional) {
    const textOptions = options.filter((option) => option.type === ApplicationCommandOptionType.String);
    const target = textOptions.find((option) => option.required) ?? textOptions.find((option) => option.name !== 'article');
    if (!target) return { ok: false, name, error: `/${name} takes no text; options are: ${options.map((o) => `${o.name}:`).join(' ') || 'none'}.` };
    named.unshift([target.name, positional]);
  }
  for (const [optionName, raw] of named) {
    const option = options.find((candidate) => candidate.name === optionName) as Option;
    // "/summary length:" with nothing after it leaves the option to its default.
    if (raw === '' && !option.required) continue;
    const value = convert(option, raw);
    if (value instanceof Error) return { ok: false, name, error: value.message };
    values[optionName] = value;
  }
  // A missing text option is left to the command, so "/who" and "/who name:" get the same error as on Discord.
  const missing = options.find(
    (option) => option.required && values[option.name] === undefined && option.type !== ApplicationCommandOptionType.String,
  );
  if (missing) return { ok: false, name, error: `/${name} needs ${missing.name}: (e.g. /${name} ${missing.name}:…)` };
  return { ok: true, line: { command, name, options: values } };
}
