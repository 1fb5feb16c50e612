/** What opening an upstream reports, for metrics (per attempt, never per chunk). */
export interface AttemptObserver {
  /** The upstream's response head arrived `seconds` after the request was sent (any status). */
  responseHead(upstream: string, seconds: number): void
  /** An attempt failed before the stream with this status (unreachable 502, timeout 504). */
  attemptFailed(upstream: string, status: number): void
  /** A retry of the same upstream is about to be sent. */
  retried(upstream: string): void
  /** A fallback (not the route's first upstream) answered. */
  fellBack(upstream: string): void
  /** The route's upstream would lose meaning: the request is refused (a 400). */
  semanticLossRejected(upstream: string): void
  /** A fallback that would lose meaning was skipped. */
  fallbackSkipped(upstream: string): void
}
