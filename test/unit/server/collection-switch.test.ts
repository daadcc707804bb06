/**
 * The collection switch of `npm start` (server/collection-switch.ts): samples until the user's collection
 * has documents, then the collection; looked at by requests, at most once per interval.
 */
import { describe, expect, it } from 'vitest';
import type { Collection } from '../../../indexer/samples.ts';
import { CollectionSwitch, type Served } from '../../../server/collection-switch.ts';
import type { Readiness } from '../../../server/routes/health.ts';
import type { SearchResponse } from '../../../server/api-types.ts';

const SAMPLES: Collection = { indexUid: 'passages_samples', samples: true };
const OWN: Collection = { indexUid: 'passages', samples: false };

/** A served collection whose answers name it. */
function servedFor(c: Collection): Served {
  return {
    search: {
      search: async () => ({ total: c.samples ? 5 : 1, query: { q: c.indexUid } }) as unknown as SearchResponse,
      document: async () => null,
    },
    readiness: async () => ({ ready: true, index: c.indexUid }) as unknown as Readiness,
    suggestions: async () => ({ samples: c.samples, suggestions: [] }),
  };
}

function setup(everyMs: number) {
  let now: Collection = SAMPLES;
  const finds: number[] = [];
  const log: string[] = [];
  const sw = new CollectionSwitch(SAMPLES, servedFor(SAMPLES), {
    find: async () => {
      finds.push(Date.now());
      return now;
    },
    serve: async (c) => servedFor(c),
    log: (m) => log.push(m),
    everyMs,
  });
  return { sw, finds, log, index: () => (now = OWN) };
}

const ask = async (sw: CollectionSwitch) => (await sw.search.search({} as never)).query.q;

describe('CollectionSwitch', () => {
  it('serves the samples while the collection is empty, then the collection once it has documents', async () => {
    const { sw, log, index } = setup(0);
    expect(await ask(sw)).toBe('passages_samples');
    index();
    expect(await ask(sw)).toBe('passages');
    expect(sw.served).toEqual(OWN);
    expect((await sw.suggestions()).samples).toBe(false);
    expect(log.join('\n')).toContain('has documents now');
  });

  it('looks at most once per interval, and never again once switched', async () => {
    const { sw, finds, index } = setup(60_000);
    await ask(sw);
    await ask(sw);
    expect(finds).toHaveLength(0); // the interval has not passed since the server chose the samples
    const quick = setup(0);
    quick.index();
    await ask(quick.sw);
    await ask(quick.sw);
    await quick.sw.readiness();
    expect(quick.finds).toHaveLength(1);
    index();
    expect(await ask(sw)).toBe('passages_samples'); // still within the interval
  });
});
