/**
 * What `npm start` serves while it shows the sample articles (indexer/samples.ts): the samples until
 * the user's collection has a document, then the collection, without a restart. Before, indexing a first
 * collection while the server ran removed the samples' index under it, and every search answered "the
 * index does not exist yet" until the server was restarted.
 *
 * The check is made on demand, by a request, at most once per `everyMs`, and only while the samples are
 * served; once switched, requests go straight to the collection.
 */
import type { Collection } from '../indexer/samples.ts';
import type { Readiness } from './routes/health.ts';
import type { Searcher } from './search/search-service.ts';
import type { Suggestions } from './suggestions.ts';

/** Everything the app serves from one collection. */
export interface Served {
  search: Searcher;
  readiness: () => Promise<Readiness>;
  suggestions: () => Promise<Suggestions>;
}

export interface SwitchOptions {
  /** Which collection to serve now (indexer/samples.ts currentCollection). */
  find: () => Promise<Collection>;
  /** What to serve for a collection (search key, client, services). */
  serve: (c: Collection) => Promise<Served>;
  log: (m: string) => void;
  /** How often, at most, requests look whether the collection has documents now. */
  everyMs?: number;
}

export const SWITCH_CHECK_MS = 5000;

export class CollectionSwitch implements Served {
  private lastCheck: number;
  private checking: Promise<void> | undefined;

  constructor(
    private collection: Collection,
    private current: Served,
    private readonly options: SwitchOptions,
  ) {
    this.lastCheck = Date.now();
  }

  /** The collection served now. */
  get served(): Collection {
    return this.collection;
  }

  readonly search: Searcher = {
    search: async (req) => (await this.fresh()).search.search(req),
    document: async (id, q, page) => (await this.fresh()).search.document(id, q, page),
  };

  readiness = async (): Promise<Readiness> => (await this.fresh()).readiness();

  suggestions = async (): Promise<Suggestions> => (await this.fresh()).suggestions();

  private async fresh(): Promise<Served> {
    if (this.collection.samples && Date.now() - this.lastCheck >= (this.options.everyMs ?? SWITCH_CHECK_MS)) {
      this.lastCheck = Date.now();
      this.checking ??= this.check().finally(() => (this.checking = undefined));
      await this.checking;
    }
    return this.current;
  }

  private async check(): Promise<void> {
    // An engine that does not answer fails the request that checked, as it would fail its search (503).
    const next = await this.options.find();
    if (next.samples || next.indexUid === this.collection.indexUid) return;
    this.current = await this.options.serve(next);
    this.collection = next;
    this.options.log(
      `server: your collection (index "${next.indexUid}") has documents now: searching it instead of the sample articles`,
    );
  }
}
