/**
 * Several real engines for the sharding tests: N Meilisearch instances of the npm binary, each in
 * its own temporary data directory on a free port, wired into one `network` (s0, s1, …).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '../../indexer/meili/client.ts';
import { startEngine, type Engine } from '../../indexer/meili/engine.ts';
import { configureNetwork } from '../../indexer/meili/network.ts';
import type { ShardClient } from '../../indexer/meili/sharded-index.ts';
import { embeddedShardName, type Shard } from '../../indexer/meili/shards.ts';
import { enginePids } from './engine.ts';

export interface TestShards {
  shards: Shard[];
  admins: ShardClient[];
  /** Kills shard i's engine with SIGKILL and waits until it is gone; it stays down until restart(i). */
  kill(i: number): Promise<void>;
  /** Starts shard i's engine again on the same data and port. */
  restart(i: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startShards(count: number): Promise<TestShards> {
  const dirs = Array.from({ length: count }, () => fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-search-shard-')));
  const engines: Engine[] = [];
  try {
    for (const dataDir of dirs) engines.push(await startEngine({ dataDir, startTimeoutMs: 60_000 }));
  } catch (e) {
    await Promise.all(engines.map((e) => e.stop()));
    throw e;
  }
  const shards = engines.map((e, i) => ({ name: embeddedShardName(i), url: e.url, apiKey: e.masterKey }));
  await configureNetwork(shards);
  return {
    shards,
    admins: shards.map((s) => ({ name: s.name, client: createClient({ url: s.url, apiKey: s.apiKey }) })),
    async kill(i) {
      for (const pid of enginePids(dirs[i]!)) process.kill(pid, 'SIGKILL');
      while (enginePids(dirs[i]!).length > 0) await new Promise((r) => setTimeout(r, 50));
      // Its supervisor would start it again after a backoff (engine-process.ts), and a slow test then
      // found all three shards answering: stop the supervision too, so the shard stays down until restart(i).
      await engines[i]!.stop();
    },
    async restart(i) {
      await engines[i]!.stop();
      engines[i] = await startEngine({
        dataDir: dirs[i]!,
        port: Number(new URL(shards[i]!.url).port),
        startTimeoutMs: 60_000,
      });
    },
    async stop() {
      await Promise.all(engines.map((e) => e.stop()));
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}
