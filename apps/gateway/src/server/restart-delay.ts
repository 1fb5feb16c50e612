/** First restart of a crashed worker: at once, nearly. */
const RESTART_BASE_MS = 100
/** A crash loop settles at one restart this often. */
export const RESTART_MAX_MS = 30_000
/** A worker that lived this long was healthy: the next crash starts the back-off over. */
export const STABLE_AFTER_MS = 10_000

/**
 * Wait before restarting a worker after `crashes` crashes in a row (each of a worker that died
 * within {@link STABLE_AFTER_MS}): 100 ms, 200 ms, 400 ms, … up to 30 s.
 */
export function restartDelay(crashes: number): number {
  return Math.min(RESTART_MAX_MS, RESTART_BASE_MS * 2 ** Math.max(0, crashes - 1))
}
