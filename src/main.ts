import { loadConfig, ConfigError, type Config } from './config.js';
import { createLogger, type Logger } from './log.js';

interface Flags {
  json: boolean;
  forceConsole: boolean;
}

function readFlags(argv: string[]): Flags {
  return { json: argv.includes('--json'), forceConsole: argv.includes('--console') };
}

function fail(message: string): never {
  process.stderr.write(`byline: ${message}\n`);
  process.exit(1);
}

/** Runs `stop` once on SIGINT/SIGTERM, flushes logs and exits 0. */
function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop()
      .catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
      .finally(() => {
        logger.flush();
        process.exit(0);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

async function runLocalConsole(config: Config, flags: Flags): Promise<void> {
  // stdout carries only replies; logs go to stderr, quiet unless LOG_LEVEL asks for more.
  const logger = createLogger({ level: process.env.LOG_LEVEL ? config.logLevel : 'warn', destination: 2 });
  const [{ Library }, { commandMap }, { runConsole }] = await Promise.all([
    import('./library/library.js'),
    import('../commands/index.js'),
    import('./console/run-console.js'),
  ]);
  const library = await Library.open({ dataDir: config.dataDir, logger, watch: config.watchData });
  onShutdown(logger, async () => library.close());
  await runConsole({
    library,
    commands: commandMap,
    json: flags.json,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY) && !flags.json,
  });
  library.close();
  logger.flush();
}

async function runDiscord(config: Config): Promise<void> {
  const logger = createLogger({ level: config.logLevel, destination: 1 });
  // discord.js sets SHARDING_MANAGER in the processes a ShardingManager spawns: those run the bot itself.
  const isShard = process.env.SHARDING_MANAGER === 'true';
  if (config.shardCount !== null && !isShard) {
    const { startShardManager } = await import('./discord/shards.js');
    const manager = await startShardManager({ config, logger });
    onShutdown(logger, () => manager.stop());
    return;
  }
  const [{ Library }, { startBot }] = await Promise.all([import('./library/library.js'), import('./discord/bot.js')]);
  const library = await Library.open({ dataDir: config.dataDir, logger, watch: config.watchData });
  const bot = await startBot({ config, logger, library });
  onShutdown(logger, async () => {
    await bot.stop();
    library.close();
  });
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2));
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  if (config.discord && !flags.forceConsole) await runDiscord(config);
  else await runLocalConsole(config, flags);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
