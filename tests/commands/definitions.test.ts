import { ApplicationCommandOptionType, ApplicationCommandType, PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, commandMap, messageCommandMap } from '../../commands/index.js';
import { validateCommandDefinition } from '../support/fake-discord/limits.js';

const optionsOf = (name: string) => commandMap.get(name)?.definition.options ?? [];
const optionNames = (name: string) => optionsOf(name).map((option) => option.name);

describe('command definitions', () => {
  it('names the commands as the contract in issue 2 does', () => {
    expect([...commandMap.keys()]).toEqual(expect.arrayContaining(['summary', 'who', 'quote', 'ask', 'reload', 'help']));
    expect([...messageCommandMap.keys()]).toEqual(['Ask Byline']);
  });

  it('keeps the option names: /summary [length], /who name:, /quote term:, /ask question:', () => {
    expect(optionNames('summary')).toEqual(['length', 'article', 'private']);
    expect(optionNames('who')).toEqual(['name', 'article', 'private']);
    expect(optionNames('quote')).toEqual(['term', 'article', 'private']);
    expect(optionNames('ask')).toEqual(['question', 'article', 'private']);
    expect(optionNames('reload')).toEqual([]);
    expect(optionNames('help')).toEqual([]);
  });

  it('requires the text options, with autocomplete and length limits where the issue asks', () => {
    const [name] = optionsOf('who');
    const [term] = optionsOf('quote');
    const [question] = optionsOf('ask');
    expect(name).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: 200 });
    expect(term).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: 200 });
    expect(question).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, max_length: 300 });
  });

  it('offers short, medium and long summaries', () => {
    const [length] = optionsOf('summary');
    expect(length).toMatchObject({ name: 'length', required: false });
    expect(length && 'choices' in length ? length.choices?.map((choice) => choice.value) : []).toEqual(['short', 'medium', 'long']);
  });

  it('gives every answering command an autocompleted article option and a private switch', () => {
    for (const name of ['summary', 'who', 'quote', 'ask']) {
      const options = optionsOf(name);
      expect(options.find((option) => option.name === 'article')).toMatchObject({
        type: ApplicationCommandOptionType.String,
        required: false,
        autocomplete: true,
      });
      expect(options.find((option) => option.name === 'private')).toMatchObject({ type: ApplicationCommandOptionType.Boolean });
    }
  });

  it('registers /reload for Manage Server only, and refuses it in the handler too', () => {
    const reload = commandMap.get('reload');
    expect(reload?.definition.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(reload?.moderatorOnly).toBe(true);
    expect(reload?.slow).toBe(true);
  });

  it('defines "Ask Byline" as a message context-menu command', () => {
    expect(messageCommandMap.get('Ask Byline')?.definition.type).toBe(ApplicationCommandType.Message);
  });

  it('is valid as Discord checks definitions, with nothing registered twice', () => {
    for (const definition of commandDefinitions) expect(validateCommandDefinition(definition), definition.name).toEqual([]);
    const keys = commandDefinitions.map((definition) => `${definition.type ?? 1}:${definition.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
