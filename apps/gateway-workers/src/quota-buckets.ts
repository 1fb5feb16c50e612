import { DurableObject } from 'cloudflare:workers'
import {
  type BucketState,
  type BucketStates,
  type QuotaCharge,
  type QuotaVerdict,
  settleCharges,
  takeCharges,
} from '@chatwire/gateway/portable'

/**
 * The Durable Object behind the `QUOTAS` binding: one key's token buckets, with the gateway's own
 * token-bucket math. Its storage is SQLite-backed (`new_sqlite_classes`) and read and written
 * synchronously, so each call is one atomic step on one thread; the output gate holds the answer
 * until the write is durable.
 */
export class QuotaBuckets extends DurableObject {
  take(charges: QuotaCharge[]): QuotaVerdict {
    return takeCharges(this.states(), charges, this.now())
  }

  settle(charges: QuotaCharge[]): void {
    settleCharges(this.states(), charges, this.now())
  }

  /** Milliseconds; the test worker overrides it to drive the shared contract's clock. */
  protected now(): number {
    return Date.now()
  }

  private states(): BucketStates {
    const kv = this.ctx.storage.kv
    return {
      get: (bucket) => kv.get<BucketState>(bucket),
      set: (bucket, state) => kv.put(bucket, state),
    }
  }
}
