import type { ChatRequest, ChatwireError, GatewayRefusal } from '@chatwire/core'
import type { ClientIdentity } from '../auth/create-client-keys'
import type { Logger } from '../log/logger'
import type { KeyMetrics, LimitKind } from '../metrics/create-key-metrics'
import { boundStoreCall } from './bound-store-call'
import { estimateRequestTokens } from './estimate-request-tokens'
import type { QuotaCharge, QuotaStore } from './quota-store'

const MINUTE_MS = 60_000

export interface KeyQuotaOptions {
  store: QuotaStore
  onStoreError: 'open' | 'closed'
  /** Longest wait for one store call. */
  waitMs: number
  /** Completion tokens reserved when a request sets no `max_tokens`. */
  reservedCompletionTokens: number
  logIntervalMs: number
  logger: Logger
  metrics: KeyMetrics
  now?: () => number
}

/** What a request holds of its key's token budget until its end. */
export interface QuotaTicket {
  /** Tokens charged up front: {@link QuotaTicket.prompt} + the completion reservation. */
  readonly reserved: number
  /** The prompt's estimate, for a stream that ends without reporting usage. */
  readonly prompt: number
  /** Once, at the request's end: the tokens it really used (the rest is given back). */
  settle(used: number): void
}

/** A gateway refusal in the client's dialect (its `refuse`). */
type Refuse = (refusal: GatewayRefusal) => ChatwireError

/** Charges a request to its key's limits before it runs; refusals are worded by `refuse`. */
export type KeyQuota = (
  identity: ClientIdentity,
  request: ChatRequest,
  refuse: Refuse,
) => Promise<QuotaTicket | undefined>

/**
 * Per-key `requestsPerMinute` and `tokensPerMinute` through a {@link QuotaStore}: a 429 in the
 * client's dialect when a bucket is short, with `Retry-After`; a store that fails or hangs lets
 * the request through (`open`) or answers 503 (`closed`). Keys without limits cost nothing.
 */
export function createKeyQuota(options: KeyQuotaOptions): KeyQuota {
  const { store, metrics } = options
  const now = options.now ?? Date.now
  let lastWarning = Number.NEGATIVE_INFINITY
  const storeFailed = (error: unknown, refuse?: Refuse) => {
    metrics.quotaStoreFailed(store.kind)
    if (now() - lastWarning >= options.logIntervalMs) {
      lastWarning = now()
      options.logger.warn('quota.store_error', {
        store: store.kind,
        policy: options.onStoreError,
        error: error instanceof Error ? error.message : String(error),
      })
    }
    if (refuse) {
      throw refuse({
        reason: 'unavailable',
        kind: 'overloaded',
        status: 503,
        message: 'The gateway cannot check its rate limits right now; try again shortly.',
        retryAfter: 1,
      })
    }
  }
  return async (identity, request, refuse) => {
    const { limits, name } = identity
    if (!limits) return undefined
    const charges: QuotaCharge[] = []
    const rpm = limits.requestsPerMinute
    if (rpm !== undefined) charges.push(charge(`${name}:requests`, rpm, 1))
    const tpm = limits.tokensPerMinute
    let tokens: QuotaCharge | undefined
    let prompt = 0
    if (tpm !== undefined) {
      const estimate = estimateRequestTokens(request, options.reservedCompletionTokens)
      const completion = estimate.bounded
        ? estimate.completion
        : Math.max(0, Math.min(estimate.completion, tpm - estimate.prompt))
      prompt = estimate.prompt
      tokens = charge(`${name}:tokens`, tpm, estimate.prompt + completion)
      if (tokens.amount > tpm) {
        metrics.keyRateLimited(name, 'tokens')
        throw tooLarge(refuse, name, tpm, tokens.amount)
      }
      charges.push(tokens)
    }
    let verdict: Awaited<ReturnType<QuotaStore['take']>>
    try {
      verdict = await boundStoreCall(store.take(charges), options.waitMs)
    } catch (error) {
      storeFailed(error, options.onStoreError === 'closed' ? refuse : undefined)
      return undefined
    }
    if (!verdict.allowed) {
      const kind: LimitKind = verdict.bucket === tokens?.bucket ? 'tokens' : 'requests'
      metrics.keyRateLimited(name, kind)
      const limit = kind === 'tokens' ? (tpm as number) : (rpm as number)
      throw limitReached(refuse, name, kind, limit, verdict.retryAfterMs)
    }
    if (!tokens) return undefined
    const taken = tokens
    return {
      reserved: taken.amount,
      prompt,
      settle(used) {
        // An upstream's usage is its word: a broken or hostile one reporting billions of tokens
        // would lock the key out for hours. The debt past the reservation is at most one
        // minute's limit, so one answer can cost the key at most about two minutes.
        const amount = Math.min(used, taken.amount + taken.limit) - taken.amount
        if (amount === 0) return
        boundStoreCall(store.settle([{ ...taken, amount }]), options.waitMs).catch((error) =>
          storeFailed(error),
        )
      },
    }
  }
}

function charge(bucket: string, limit: number, amount: number): QuotaCharge {
  return { bucket, limit, periodMs: MINUTE_MS, amount }
}

const UNIT: Record<LimitKind, string> = {
  requests: 'requests per min (RPM)',
  tokens: 'tokens per min (TPM)',
}

/** Worded like a vendor rate limit (`Rate limit reached for … on requests per min (RPM)`). */
function limitReached(
  refuse: Refuse,
  key: string,
  kind: LimitKind,
  limit: number,
  retryAfterMs: number,
): ChatwireError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  return refuse({
    reason: 'rate-limited',
    kind: 'rate_limit',
    status: 429,
    limit: kind,
    message: `Rate limit reached for gateway key '${key}' on ${UNIT[kind]}: Limit ${limit}. Please try again in ${seconds}s.`,
    retryAfter: seconds,
  })
}

/** No wait helps: the estimate alone is over the limit (`Request too large …`). */
function tooLarge(refuse: Refuse, key: string, limit: number, requested: number): ChatwireError {
  return refuse({
    reason: 'request-too-large',
    kind: 'rate_limit',
    status: 429,
    limit: 'tokens',
    message: `Request too large for gateway key '${key}' on ${UNIT.tokens}: Limit ${limit}, Requested ${requested} (estimated: prompt characters / 4 + max_tokens). The input or output tokens must be reduced in order to run successfully.`,
  })
}
