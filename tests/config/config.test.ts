import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const load = (env: Record<string, string>) => loadConfig(env, { readDotenv: false });

describe('loadConfig', () => {
  it('runs the local console when no token is set', () => {
    const config = load({});
    expect(config.discord).toBeNull();
    expect(config.logLevel).toBe('info');
    expect(config.dataDir).toMatch(/data$/);
    expect(config.shardCount).toBeNull();
  });

  it('reads a complete Discord setup', () => {
    const config = load({
      DISCORD_TOKEN: 'abc.def.ghi-token',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      SHARD_COUNT: '2',
      WATCH_DATA: 'true',
    });
    expect(config.discord).toEqual({
      token: 'abc.def.ghi-token',
      clientId: '123456789012345678',
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:9999/api',
    });
    expect(config.adminGuildIds).toEqual(['223456789012345678']);
    expect(config.shardCount).toBe(2);
    expect(config.watchData).toBe(true);
  });

  it('leaves the application id to Discord when DISCORD_CLIENT_ID is unset', () => {
    expect(load({ DISCORD_TOKEN: 'abc.def.ghi-token' }).discord?.clientId).toBeNull();
  });

  it('accepts a REST base given with the API version', () => {
    const env = { DISCORD_TOKEN: 'abc.def.ghi-token', DISCORD_CLIENT_ID: '1', DISCORD_API_URL: 'http://127.0.0.1:9999/api/v10' };
    expect(load(env).discord?.apiUrl).toBe('http://127.0.0.1:9999/api');
  });

  it.each([
    [{ DISCORD_TOKEN: 'abc.def.ghi-token', DISCORD_CLIENT_ID: 'my-bot' }, /DISCORD_CLIENT_ID must be a Discord id/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of/],
    [{ SHARD_COUNT: 'two' }, /SHARD_COUNT must be/],
    [{ WATCH_DATA: 'maybe' }, /WATCH_DATA must be true or false/],
    [{ DISCORD_TOKEN: 'x.y.z-token-1', DISCORD_CLIENT_ID: '1', DISCORD_API_URL: 'ftp://proxy' }, /DISCORD_API_URL must be an http\(s\) URL/],
    [{ ADMIN_GUILD_IDS: '1,abc' }, /ADMIN_GUILD_IDS/],
    [{ DATA_DIR: '/no/such/folder' }, /DATA_DIR must be a folder of articles/],
  ])('fails fast with one line naming the variable: %o', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  it('never puts the token in an error message', () => {
    try {
      load({ DISCORD_TOKEN: 'secret-token-value', DISCORD_CLIENT_ID: 'oops' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('secret-token-value');
    }
  });
});
