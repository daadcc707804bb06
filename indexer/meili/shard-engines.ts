/**
 * The engines of a sharded collection (docs/sharding.md): the user's (`MEILI_REMOTES`), or `SHARDS`
 * local instances on loopback under one data directory (`DATA_DIR/shard-0` …), each started like
 * the single engine (engine.ts: reused when another process of ours runs it, stopped with us) and
 * sharing one master key. Every time, the engines are wired into one `network` and checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import { engineOptions } from '../config.ts';
import { startEngine, type Engine } from './engine.ts';
import { configureNetwork } from './network.ts';
import { embeddedShardName, type Shard } from './shards.ts';

export interface ShardEngines {
  /** Shards with their admin (master) keys, in shard order. */
  shards: Shard[];
  engines: Engine[];
  stop(): Promise<void>;
}

/** Whether the configuration splits the collection over several engines. */
export function isSharded(config: Config): boolean {
  return config.remotes !== undefined || config.shards > 1;
}

export function shardDataDir(dataDir: string, i: number): string {
  return path.join(dataDir, `shard-${i}`);
}

export async function startShardEngines(config: Config, log?: (message: string) => void): Promise<ShardEngines> {
  const engines: Engine[] = [];
  const stop = () => Promise.all(engines.map((e) => e.stop())).then(() => {});
  try {
    if (config.remotes) {
      for (const remote of config.remotes) {
        engines.push(await startEngine({ ...engineOptions(config, log), url: remote.url, masterKey: remote.apiKey }));
      }
    } else {
      fs.mkdirSync(config.dataDir, { recursive: true });
      const masterKey = config.meiliMasterKey ?? sharedMasterKey(config.dataDir);
      for (let i = 0; i < config.shards; i++) {
        engines.push(
          await startEngine({ ...engineOptions(config, log), dataDir: shardDataDir(config.dataDir, i), masterKey }),
        );
      }
    }
    const shards = engines.map((e, i) => ({
      name: config.remotes?.[i]?.name ?? embeddedShardName(i),
      url: e.url,
      ...(e.masterKey ? { apiKey: e.masterKey } : {}),
    }));
    await configureNetwork(shards);
    return { shards, engines, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** One master key for all local shards, kept in DATA_DIR/master.key like the single engine's. */
function sharedMasterKey(dataDir: string): string {
  const file = path.join(dataDir, 'master.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const key = randomBytes(24).toString('hex');
  fs.writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}
