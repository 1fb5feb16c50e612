/**
 * Every limit and timeout the gateway applies when the config says nothing (RELIABILITY.md,
 * "Limits and defaults", lists them). LLM traffic: a long generation is normal, a dead socket
 * is not — so the waits for progress are long and the wait for a connection is short.
 */
export const GATEWAY_DEFAULTS = {
  server: {
    /** One request body, bytes (413 past it). Generous for base64 images. */
    maxBodyBytes: 32 * 1024 * 1024,
    /** Requests in flight at once (503 + `Retry-After` past it). */
    maxConcurrentRequests: 1024,
    /** Request body bytes being read or held by requests in flight at once (503 past it). */
    maxInflightBodyBytes: 64 * 1024 * 1024,
    /** Longest model name or path route key (an inference id), in characters (400 past it). */
    maxModelLength: 256,
    /**
     * SIGTERM/SIGINT → how long requests and streams in flight may still run; the streams left
     * then end with their dialect's in-stream error. Set it a few seconds below the platform's
     * kill grace (Kubernetes `terminationGracePeriodSeconds`, 30 s by default).
     */
    drainTimeoutMs: 30_000,
  },
  auth: {
    /** A quota store that fails (unreachable, timed out): `open` lets requests through. */
    onStoreError: 'open',
    /** Longest wait for any quota store call before the outage policy applies. */
    storeWaitMs: 1_000,
    /**
     * Completion tokens reserved up front for a request that sets no `max_tokens` on a key with
     * `tokensPerMinute` (at most what the limit leaves after the prompt); settled at its end.
     */
    reservedCompletionTokens: 1_024,
    /** A failing quota store is logged at most once per this many milliseconds. */
    storeErrorLogIntervalMs: 30_000,
  },
  limits: {
    /** A JSON answer, or a stream aggregated for a non-streaming client, after decompression. */
    maxResponseBytes: 16 * 1024 * 1024,
    /** An upstream's error answer, after decompression: only this much is read and decoded. */
    maxErrorBytes: 64 * 1024,
    /** One SSE line or event from an upstream. */
    maxEventBytes: 1024 * 1024,
  },
  timeouts: {
    /** Establishing the TCP/TLS connection to the upstream. */
    connectMs: 10_000,
    /** Request sent → response head. A non-streamed answer's head comes after the generation. */
    firstByteMs: 300_000,
    /** Between two events of a stream (comments are not progress unless the route says so). */
    idleMs: 120_000,
    /** The whole attempt, head to last byte. */
    totalMs: 900_000,
  },
} as const
