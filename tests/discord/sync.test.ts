import { describe, expect, it } from 'vitest';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commandsRoute, sameCommands, syncCommands, type CommandRest } from '../../src/discord/sync.js';

const ours: RESTPostAPIApplicationCommandsJSONBody[] = [
  {
    name: 'quote',
    description: 'Find a term',
    options: [
      { type: 3, name: 'term', description: 'The term', required: true, autocomplete: true, max_length: 200 },
      { type: 5, name: 'private', description: 'Only you see it' },
    ],
  },
  { name: 'reload', description: 'Reload', default_member_permissions: '32' },
  { type: 3, name: 'Ask Byline' },
];

/** What Discord returns for `ours`: ids, versions and defaults filled in, another order. */
const registered = [
  { id: '2', application_id: '9', version: '5', type: 3, name: 'Ask Byline', description: '', default_member_permissions: null, nsfw: false, integration_types: [0], contexts: null, dm_permission: true },
  { id: '3', application_id: '9', version: '5', type: 1, name: 'reload', description: 'Reload', default_member_permissions: '32', nsfw: false, name_localizations: null, description_localizations: null },
  {
    id: '1',
    application_id: '9',
    guild_id: '7',
    version: '5',
    type: 1,
    name: 'quote',
    description: 'Find a term',
    default_member_permissions: null,
    nsfw: false,
    options: [
      { type: 3, name: 'term', description: 'The term', required: true, autocomplete: true, max_length: 200, name_localizations: null },
      { type: 5, name: 'private', description: 'Only you see it' },
    ],
  },
];

function fakeRest(current: unknown[]): CommandRest & { puts: Array<{ route: string; body: unknown }>; gets: string[] } {
  const rest = {
    puts: [] as Array<{ route: string; body: unknown }>,
    gets: [] as string[],
    async get(route: `/${string}`) {
      rest.gets.push(route);
      return current;
    },
    async put(route: `/${string}`, { body }: { body: unknown }) {
      rest.puts.push({ route, body });
      return body;
    },
  };
  return rest;
}

describe('command sync', () => {
  it('treats what Discord echoes back as the same commands', () => {
    expect(sameCommands(registered, ours)).toBe(true);
  });

  it('does not PUT when the registered commands match', async () => {
    const rest = fakeRest(registered);
    expect(await syncCommands({ rest, applicationId: '9', guildId: '7', definitions: ours })).toBe('unchanged');
    expect(rest.gets).toEqual(['/applications/9/guilds/7/commands']);
    expect(rest.puts).toEqual([]);
  });

  it('PUTs ours when an option changed, a command is missing, or nothing is registered', async () => {
    const changedOption = structuredClone(registered);
    (changedOption[2]!.options![0] as { max_length: number }).max_length = 100;
    for (const current of [changedOption, registered.slice(1), []]) {
      const rest = fakeRest(current);
      expect(await syncCommands({ rest, applicationId: '9', guildId: null, definitions: ours })).toBe('updated');
      expect(rest.puts).toEqual([{ route: '/applications/9/commands', body: ours }]);
    }
  });

  it('targets guild commands when a guild is set, else global ones', () => {
    expect(commandsRoute('9', '7')).toBe('/applications/9/guilds/7/commands');
    expect(commandsRoute('9', null)).toBe('/applications/9/commands');
  });
});
