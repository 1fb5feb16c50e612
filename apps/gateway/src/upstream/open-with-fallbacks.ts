import { type ChatRequest, ChatwireError } from '@chatwire/core'
import type { Route } from '../config/gateway-config'
import { ClientClosedError } from '../failures/client-closed-error'
import { LocalFailure } from '../failures/local-failure'
import type { AbortLink } from '../http/abort-link'
import type { Logger } from '../log/logger'
import { UNSUPPORTED_PARAMETER } from '../losses/apply-loss-policy'
import type { AttemptObserver } from './attempt-observer'
import { encodeForUpstream, type PreparedAttempt } from './encode-for-upstream'
import { type AttemptTally, type OpenedUpstream, openUpstream } from './open-upstream'
import type { UpstreamCandidate } from './upstream-candidate'
import { retryDelayMs, waitBeforeRetry } from './wait-before-retry'

export interface AttemptOptions {
  request: ChatRequest
  route: Route
  /** The route's upstream first, then its fallbacks. */
  candidates: UpstreamCandidate[]
  clientStreams: boolean
  /** The model the upstream binding addresses (or its default path id). */
  model: string
  /** The client: its disconnect aborts the attempt and any back-off wait. */
  client: AbortLink
  logger: Logger
  requestId: string
  observer?: AttemptObserver
  /** Counts attempts and times the answering head, for the request's log line. */
  tally?: AttemptTally
}

export interface OpenedAttempt extends OpenedUpstream {
  attempt: PreparedAttempt
}

/**
 * Tries the route's upstream, its retries, then each fallback — only before the first byte,
 * and only for retryable upstream failures. The primary's loss-policy rejection and the
 * gateway's own failures are the client's answer at once; a fallback that would lose meaning
 * is skipped.
 */
export async function openWithFallbacks(options: AttemptOptions): Promise<OpenedAttempt> {
  const { candidates, logger, observer, requestId } = options
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
        requestId,
        upstream: candidate.name,
        reason: error instanceof LocalFailure ? error.error.message : (error as Error).message,
      })
      continue
    }
    if (index > 0) logger.info('fallback.trying', { requestId, upstream: candidate.name })
    const tries = 1 + (candidate.upstream.retries ?? 0)
    for (let round = 0; round < tries; round++) {
      if (round > 0) {
        const delay = retryDelayMs(failure as ChatwireError, round - 1)
        if (delay === undefined) break
        logger.info('upstream.retrying', {
          requestId,
          upstream: candidate.name,
          round,
          delayMs: delay,
        })
        await waitBeforeRetry(delay, options.client)
        observer?.retried(candidate.name)
      }
      try {
        const opened = await openUpstream(attempt, {
          model: options.model,
          client: options.client,
          observer,
          tally: options.tally,
        })
        if (index > 0) observer?.fellBack(candidate.name)
        return { ...opened, attempt }
      } catch (error) {
        if (error instanceof ClientClosedError) throw error
        const status = ChatwireError.isInstance(error) ? error.status : 502
        observer?.attemptFailed(candidate.name, status)
        logFailure(logger, requestId, candidate.name, round, error)
        if (!isRetryable(error)) throw error
        failure = error
      }
    }
  }
  throw failure
}

function logFailure(
  logger: Logger,
  requestId: string,
  upstream: string,
  round: number,
  error: unknown,
): void {
  const fields = { requestId, upstream, round, error: (error as Error).message }
  if (ChatwireError.isInstance(error) && error.code === 'upstream_credentials_refused') {
    logger.error('upstream.credentials-refused', {
      ...fields,
      hint: `check upstreams.${upstream}.apiKey / headers: the upstream refused them`,
    })
  } else {
    logger.warn('upstream.failed', fields)
  }
}

/** `applyLossPolicy`'s refusal (the only local error with this code while encoding). */
function isLossRejection(error: unknown): boolean {
  return ChatwireError.isInstance(error) && error.code === UNSUPPORTED_PARAMETER
}

function isRetryable(error: unknown): boolean {
  return (
    ChatwireError.isInstance(error) &&
    error.retryable &&
    error.code !== 'upstream_credentials_refused'
  )
}
