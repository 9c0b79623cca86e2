import { LRUCache } from 'lru-cache';
import { Transactions } from '../../database/transactions';
import { Broadcast } from './broadcast';

export interface SharedCacheOptions {
  /** Entries kept at most (least recently used go first). */
  max: number;
  /** Longest an entry is trusted, in ms: the bound on a lost message. */
  ttl: number;
  /** The clock entries age by (the app's, so tests can move it). */
  now: () => number;
}

/**
 * Rows kept in memory by every API process, each forgotten on all processes
 * once a transaction that changed it commits (through Broadcast). While
 * messages cannot arrive, nothing is taken from it; a read overtaken by a
 * forget is not kept, since it may hold what was just changed.
 */
export class SharedCache<V extends object> {
  private readonly entries: LRUCache<string, V>;
  private forgets = 0;

  constructor(
    private readonly broadcast: Broadcast,
    private readonly tx: Transactions,
    private readonly topic: string,
    options: SharedCacheOptions,
  ) {
    this.entries = new LRUCache<string, V>({ max: options.max, ttl: options.ttl, perf: { now: options.now } });
    broadcast.on(
      topic,
      (message) => {
        this.forgets++;
        for (const key of message.split(' ')) this.entries.delete(key);
      },
      () => {
        this.forgets++;
        this.entries.clear();
      },
    );
  }

  async get(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const trusted = this.broadcast.listening;
    const cached = trusted ? this.entries.get(key) : undefined;
    if (cached) return cached;
    const generation = this.forgets;
    const value = await load();
    if (value && trusted && generation === this.forgets) this.entries.set(key, value);
    return value;
  }

  /** Once the current transaction commits (at once outside one), every process forgets these keys. */
  forget(keys: string[]): void {
    if (keys.length > 0) this.tx.afterCommit(() => this.broadcast.publish(this.topic, keys.join(' ')));
  }
}
