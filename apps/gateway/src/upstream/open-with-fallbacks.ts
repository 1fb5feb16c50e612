import { type ChatRequest, ChatwireError } from '@chatwire/core'
import type { Route } from '../config/gateway-config'
import type { Logger } from '../log/logger'
import { UNSUPPORTED_PARAMETER } from '../losses/apply-loss-policy'
import type { AttemptObserver } from './attempt-observer'
import { encodeForUpstream, type PreparedAttempt } from './encode-for-upstream'
import {
  ClientClosedError,
  type FetchFunction,
  type OpenedUpstream,
  openUpstream,
} from './open-upstream'
import type { UpstreamCandidate } from './upstream-candidate'
import { MAX_RETRY_WAIT_MS, retryDelayMs, waitBeforeRetry } from './wait-before-retry'

export interface AttemptOptions {
  request: ChatRequest
  route: Route
  /** The route's upstream first, then its fallbacks. */
  candidates: UpstreamCandidate[]
  clientStreams: boolean
  /** The model the transport addresses (Elastic's default inference id). */
  model: string
  fetch: FetchFunction
  signal: AbortSignal | undefined
  logger: Logger
  observer?: AttemptObserver
}

export interface OpenedAttempt extends OpenedUpstream {
  attempt: PreparedAttempt
}

/**
 * Tries the route's upstream, its retries, then each fallback — only before the first byte,
 * and only for retryable failures. The primary's loss-policy rejection is the client's answer;
 * a fallback that would lose meaning is skipped.
 */
export async function openWithFallbacks(options: AttemptOptions): Promise<OpenedAttempt> {
  const { candidates, logger, observer } = options
  let failure: unknown
  for (const [index, candidate] of candidates.entries()) {
    let attempt: PreparedAttempt
    try {
      attempt = encodeForUpstream(options.request, options.route, candidate, options.clientStreams)
    } catch (error) {
      const lossRejected = isLossRejection(error)
      if (index === 0) {
        if (lossRejected) observer?.semanticLossRejected(candidate.name)
        throw error
      }
      if (lossRejected) observer?.fallbackSkipped(candidate.name)
      logger.warn('fallback.skipped', {
        upstream: candidate.name,
        reason: (error as Error).message,
      })
      continue
    }
    const tries = 1 + (candidate.upstream.retries ?? 0)
    for (let round = 0; round < tries; round++) {
      if (round > 0) {
        const delay = retryDelayMs(failure as ChatwireError, round - 1)
        if (delay > MAX_RETRY_WAIT_MS) break
        await waitBeforeRetry(delay, options.signal)
        observer?.retried(candidate.name)
      }
      try {
        const opened = await openUpstream(candidate, attempt.encoded, {
          stream: attempt.stream,
          model: options.model,
          fetch: options.fetch,
          signal: options.signal,
          observer,
        })
        if (index > 0) observer?.fellBack(candidate.name)
        return { ...opened, attempt }
      } catch (error) {
        if (error instanceof ClientClosedError) throw error
        observer?.attemptFailed(
          candidate.name,
          ChatwireError.isInstance(error) ? error.status : 502,
        )
        if (!isRetryable(error)) throw error
        failure = error
        logger.warn('upstream.failed', {
          upstream: candidate.name,
          round,
          error: (error as Error).message,
        })
      }
    }
  }
  throw failure
}

/** `applyLossPolicy`'s refusal (the only local error with this code while encoding). */
function isLossRejection(error: unknown): boolean {
  return ChatwireError.isInstance(error) && error.code === UNSUPPORTED_PARAMETER
}

function isRetryable(error: unknown): boolean {
  return ChatwireError.isInstance(error) && error.retryable
}
