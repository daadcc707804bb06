/**
 * Wires the shards into one Meilisearch `network`, so that any of them answers a federated
 * multi-search over all (docs/sharding.md). On every shard: the experimental feature `network` on,
 * then `PATCH /network` with `self` (its own name) and `remotes` (every shard, itself included, with
 * the key the others use to search it), then read back and compared. Automatic document
 * distribution (`sharding: true`) is Enterprise-only on 1.21: documents are placed by the indexer.
 */
import type { Meilisearch } from 'meilisearch';
import { AppError } from '../errors.ts';
import { createClient } from './client.ts';
import type { Shard } from './shards.ts';

export class NetworkError extends AppError {
  override name = 'NetworkError';
}

/** The network object one shard should hold. */
export function networkFor(
  self: string,
  shards: readonly Shard[],
): { self: string; remotes: Record<string, { url: string; searchApiKey: string | null }> } {
  return {
    self,
    remotes: Object.fromEntries(shards.map((s) => [s.name, { url: s.url, searchApiKey: s.apiKey ?? null }])),
  };
}

/** Differences between the network a shard reports and the one it should hold (empty: same). */
export function networkDifferences(
  actual: { self?: string | null; remotes?: Record<string, { url: string } | null> },
  wanted: ReturnType<typeof networkFor>,
): string[] {
  const out: string[] = [];
  if (actual.self !== wanted.self) out.push(`self is ${JSON.stringify(actual.self ?? null)}, not "${wanted.self}"`);
  for (const [name, remote] of Object.entries(wanted.remotes)) {
    const got = actual.remotes?.[name];
    if (!got) out.push(`remote ${name} is missing`);
    else if (got.url.replace(/\/+$/, '') !== remote.url)
      out.push(`remote ${name} points at ${got.url}, not ${remote.url}`);
  }
  for (const name of Object.keys(actual.remotes ?? {}))
    if (!(name in wanted.remotes)) out.push(`remote ${name} is not one of the shards`);
  return out;
}

/**
 * Turns the network on for every shard and checks it. `shards[i].apiKey` is the key this process
 * configures shard i with (its master key); `searchKeys[i]`, when given, is the key the OTHER shards
 * use to search shard i (default: the same key).
 */
export async function configureNetwork(shards: readonly Shard[], searchKeys?: readonly string[]): Promise<void> {
  const remotes = shards.map((s, i) => ({ ...s, apiKey: searchKeys?.[i] ?? s.apiKey }));
  await Promise.all(
    shards.map(async (shard) => {
      const client = createClient({ url: shard.url, apiKey: shard.apiKey });
      const wanted = networkFor(shard.name, remotes);
      try {
        await client.updateExperimentalFeatures({ network: true });
        // Remotes that are no longer shards are removed (null), so a smaller network does not keep them.
        const current = await client.getNetwork();
        const stale = Object.keys(current.remotes ?? {}).filter((name) => !(name in wanted.remotes));
        await client.updateNetwork({
          self: wanted.self,
          remotes: { ...Object.fromEntries(stale.map((n) => [n, null])), ...wanted.remotes },
        });
      } catch (cause) {
        throw new NetworkError(
          {
            where: `shard ${shard.name} (${shard.url})`,
            what: `could not configure its network: ${cause instanceof Error ? cause.message : String(cause)}`,
            remedy: 'check that it runs Meilisearch 1.21 or later and that its key is the master key',
          },
          { cause },
        );
      }
      await verifyNetwork(client, shard, wanted);
    }),
  );
}

async function verifyNetwork(client: Meilisearch, shard: Shard, wanted: ReturnType<typeof networkFor>): Promise<void> {
  const differences = networkDifferences(await client.getNetwork(), wanted);
  if (differences.length > 0) {
    throw new NetworkError({
      where: `shard ${shard.name} (${shard.url})`,
      what: `its network differs from the shards given: ${differences.join('; ')}`,
      remedy: 'rerun; if it persists, PATCH /network on that instance by hand (docs/sharding.md)',
    });
  }
}
