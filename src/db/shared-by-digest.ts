import { deepFreeze } from './json.js';

/**
 * Stored JSON a process has read, by the digest PostgreSQL keeps of it (microcycles.pattern_digest,
 * fitness_plans.json_digest: sha256 of the jsonb text, migration 2026_12_02_2000), kept across reads. A morning
 * reads its 10,000 clients' weeks and plans in 50 batches, and clients on a template share a handful of weeks:
 * grouped by digest within a batch, each distinct week still crossed the wire, was parsed by the driver, frozen
 * and checked by zod (readProgramWeek: ~0.3 ms for ~9 KB) once per batch, 250 times a morning for 5 weeks. A
 * read now names the digests the process holds, PostgreSQL sends none of those, and every batch shares the one
 * frozen object (parsed once per process by stored-plan-json.ts). Equal digests are equal JSON, so an entry never
 * goes stale: a rewritten week has a new digest.
 */
export class SharedByDigest<T> {
  private readonly kept = new Map<string, T>();
  constructor(private readonly capacity: number) {}

  /**
   * What is held now (digest in hex → value): a read names these digests and takes their values from this copy,
   * which other reads in flight meanwhile cannot evict from under it.
   */
  snapshot(): Map<string, T> {
    return new Map(this.kept);
  }

  get(digest: string): T | undefined {
    const hit = this.kept.get(digest);
    if (hit !== undefined) {
      // Refresh its place: a Map iterates in insertion order, so the first key is the least recently used.
      this.kept.delete(digest);
      this.kept.set(digest, hit);
    }
    return hit;
  }

  /** Keeps `value` frozen (every reader shares it: none may change it) and returns it. */
  keep(digest: string, value: T): T {
    const frozen = deepFreeze(value);
    this.kept.set(digest, frozen);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
    return frozen;
  }
}
