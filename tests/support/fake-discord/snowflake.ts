const DISCORD_EPOCH = 1_420_070_400_000n;
let sequence = 0n;

/** A fresh Discord snowflake (timestamp << 22 | sequence), unique within this process. */
export function snowflake(at = Date.now()): string {
  sequence = (sequence + 1n) & 0xfffn;
  return ((BigInt(at) - DISCORD_EPOCH) << 22n | sequence).toString();
}

/** The shard Discord routes a guild's events to: (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id that Discord would route to `shard` of `shardCount`. */
export function guildIdOnShard(shard: number, shardCount: number): string {
  let at = Date.now();
  while (Number(BigInt(at) - DISCORD_EPOCH) % shardCount !== shard) at -= 1;
  return snowflake(at);
}
