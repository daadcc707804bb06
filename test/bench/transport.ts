/**
 * The "client latency trap" (docs/DESIGN.md): through Node's global fetch, meilisearch-js's default
 * transport, a search with a JSON answer of more than a few KB takes ~30 ms instead of ~1 ms. The
 * project's engine client (`createClient`, an undici Pool transport) avoids it; this keeps both
 * measured side by side on Meilisearch alone, so the 30 ms would show if it came back.
 * The one import of project code in the benchmarks: the transport is what is measured.
 */
import { Meilisearch } from 'meilisearch';
import { createClient } from '../../indexer/meili/client.ts';

export interface TransportFigures {
  answerKb: number;
  fetchP50: number;
  fetchP95: number;
  undiciP50: number;
  undiciP95: number;
}

const SEARCH = {
  limit: 20,
  facets: ['year', 'countries'],
  attributesToHighlight: ['text'],
  attributesToCrop: ['text'],
};

/** One connection, `seconds` each: meilisearch-js over fetch, then over our client. */
export async function measureTransport(
  url: string,
  key: string,
  index: string,
  q: string,
  seconds: number,
): Promise<TransportFigures> {
  const viaFetch = new Meilisearch({ host: url, apiKey: key });
  const viaUndici = createClient({ url, apiKey: key });
  const answerKb = JSON.stringify(await viaUndici.index(index).search(q, SEARCH)).length / 1024;
  const timed = async (client: Meilisearch) => {
    const times: number[] = [];
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const t0 = performance.now();
      await client.index(index).search(q, SEARCH);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { p50: times[Math.floor(times.length * 0.5)]!, p95: times[Math.floor(times.length * 0.95)]! };
  };
  const f = await timed(viaFetch);
  const u = await timed(viaUndici);
  return { answerKb, fetchP50: f.p50, fetchP95: f.p95, undiciP50: u.p50, undiciP95: u.p95 };
}
