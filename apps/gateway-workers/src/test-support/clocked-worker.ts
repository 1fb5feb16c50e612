import type { QuotaCharge } from '@chatwire/gateway/portable'
import { createDurableObjectQuotaStore } from '../durable-object-quota-store'
import { QuotaBuckets } from '../quota-buckets'
import worker from '../worker'

/**
 * The deployed Worker plus `POST /__quota/take|settle` `{ now, charges }`: the Durable Object
 * store driven from Node with the shared contract's clock. The clock is a module variable: in
 * workerd a Worker and its Durable Objects share one isolate. Test-only: never deployed.
 */
let clock: number | undefined

class ClockedQuotaBuckets extends QuotaBuckets {
  protected override now(): number {
    return clock ?? super.now()
  }
}

export { ClockedQuotaBuckets as QuotaBuckets }

export default {
  async fetch(request: Request, env: Record<string, unknown>): Promise<Response> {
    const operation = /^\/__quota\/(take|settle)$/.exec(new URL(request.url).pathname)?.[1]
    if (!operation) return worker.fetch(request, env)
    const { now, charges } = (await request.json()) as { now: number; charges: QuotaCharge[] }
    clock = now
    const store = createDurableObjectQuotaStore(env.QUOTAS as never)
    try {
      const verdict = operation === 'take' ? await store.take(charges) : await store.settle(charges)
      return Response.json({ verdict: verdict ?? null })
    } catch (error) {
      return Response.json({ error: (error as Error).message }, { status: 503 })
    }
  },
}
