import {
  boundStoreCall,
  type QuotaCharge,
  type QuotaStore,
  QuotaStoreUnavailable,
  type QuotaVerdict,
} from '@chatwire/gateway/portable'

/** What the store calls on one `QuotaBuckets` object (its RPC methods). */
export interface QuotaBucketsStub {
  take(charges: QuotaCharge[]): Promise<QuotaVerdict>
  settle(charges: QuotaCharge[]): Promise<void>
}

/** The `QUOTAS` binding: a Durable Object namespace of `QuotaBuckets`. */
export interface QuotaBucketsNamespace {
  idFromName(name: string): unknown
  get(id: unknown): QuotaBucketsStub
}

export interface DurableObjectQuotaStoreOptions {
  /** Longest wait for one object's answer before {@link QuotaStoreUnavailable} (default 1000). */
  timeoutMs?: number
  /**
   * The Worker's `waitUntil` (from `cloudflare:workers`): a settlement starts as a stream ends,
   * and the request's context, with the call to the object in it, would end before it lands.
   */
  waitUntil?: (promise: Promise<unknown>) => void
}

/**
 * Per-key limits in Durable Objects: one `QuotaBuckets` object per key name (the bucket name up
 * to its last `:`, so `team-a:requests` and `team-a:tokens` share one), found by `idFromName`.
 * One object runs one call at a time, so a take of that key's buckets is atomic by construction.
 * A take spanning several objects takes from each and gives back what it took if one refuses.
 */
export function createDurableObjectQuotaStore(
  namespace: QuotaBucketsNamespace,
  options: DurableObjectQuotaStoreOptions = {},
): QuotaStore {
  const timeoutMs = options.timeoutMs ?? 1_000
  const call = <T>(name: string, method: (stub: QuotaBucketsStub) => Promise<T>) =>
    boundStoreCall(
      Promise.resolve().then(() => method(namespace.get(namespace.idFromName(name)))),
      timeoutMs,
      (why) => `Durable Object '${name}' failed: ${why}`,
    )
  return {
    kind: 'durable-object',
    async take(charges) {
      const groups = [...groupByObject(charges)]
      if (groups.length <= 1) {
        const [name, group] = groups[0] ?? []
        return name === undefined ? { allowed: true } : call(name, (stub) => stub.take(group!))
      }
      const verdicts = await Promise.all(
        groups.map(([name, group]) => call(name, (stub) => stub.take(group))),
      )
      return combineVerdicts(charges, groups, verdicts, (name, group) =>
        call(name, (stub) =>
          stub.settle(group.map((charge) => ({ ...charge, amount: -charge.amount }))),
        ),
      )
    },
    settle(charges) {
      const settling = Promise.all(
        [...groupByObject(charges)].map(([name, group]) =>
          call(name, (stub) => stub.settle(group)),
        ),
      ).then(() => {})
      options.waitUntil?.(settling.catch(() => {}))
      return settling
    },
    close: async () => {},
  }
}

/** The object a bucket lives in: its name up to the last `:` (the key name), else itself. */
export function quotaObjectName(bucket: string): string {
  const colon = bucket.lastIndexOf(':')
  return colon > 0 ? bucket.slice(0, colon) : bucket
}

function groupByObject(charges: readonly QuotaCharge[]): Map<string, QuotaCharge[]> {
  const groups = new Map<string, QuotaCharge[]>()
  for (const charge of charges) {
    const name = quotaObjectName(charge.bucket)
    const group = groups.get(name)
    if (group) group.push(charge)
    else groups.set(name, [charge])
  }
  return groups
}

/**
 * All or nothing across objects: when one refused, the others' takes are given back, and the
 * verdict names the first refused bucket in charge order with the longest wait (as one store).
 */
async function combineVerdicts(
  charges: readonly QuotaCharge[],
  groups: [string, QuotaCharge[]][],
  verdicts: QuotaVerdict[],
  giveBack: (name: string, group: QuotaCharge[]) => Promise<void>,
): Promise<QuotaVerdict> {
  const refused = verdicts.filter((verdict) => !verdict.allowed)
  if (refused.length === 0) return { allowed: true }
  await Promise.all(
    groups
      .filter((_, index) => verdicts[index]?.allowed)
      .map(([name, group]) => giveBack(name, group)),
  )
  const buckets = new Set(refused.map((verdict) => verdict.bucket))
  return {
    allowed: false,
    bucket: charges.find((charge) => buckets.has(charge.bucket))!.bucket,
    retryAfterMs: Math.max(...refused.map((verdict) => verdict.retryAfterMs)),
  }
}
