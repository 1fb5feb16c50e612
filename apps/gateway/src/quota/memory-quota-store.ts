import type { QuotaStore } from './quota-store'
import { type BucketState, settleCharges, takeCharges } from './token-bucket'

export interface MemoryQuotaStoreOptions {
  /** Milliseconds; injected by tests. */
  now?: () => number
}

/**
 * Buckets in this process's memory: limits hold per process, so a gateway with several
 * instances or `--workers` needs the Redis store. Buckets are per key name and limit kind,
 * a set bounded by the config.
 */
export function createMemoryQuotaStore(options: MemoryQuotaStoreOptions = {}): QuotaStore {
  const now = options.now ?? Date.now
  const states = new Map<string, BucketState>()
  return {
    kind: 'memory',
    take: async (charges) => takeCharges(states, charges, now()),
    settle: async (charges) => settleCharges(states, charges, now()),
    close: async () => {},
  }
}
