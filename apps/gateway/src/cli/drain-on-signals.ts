import type { Logger } from '../log/logger'

export interface Drainable {
  /** Graceful stop; resolves once everything is closed. */
  drain(): Promise<unknown>
  /** Immediate stop. */
  close(): Promise<void>
}

/**
 * SIGTERM/SIGINT → a graceful drain, then exit 0. A second signal in a process that owns the
 * terminal stops at once (exit 1). A cluster worker obeys only SIGTERM from its primary
 * (Ctrl-C reaches every process of the group; the primary forwards it as one SIGTERM).
 */
export function drainOnSignals(target: Drainable, logger: Logger, worker = false): void {
  let draining = false
  const stop = (signal: NodeJS.Signals) => {
    if (draining) {
      if (worker) return
      logger.warn('drain.forced', { signal })
      target.close().finally(() => process.exit(1))
      return
    }
    draining = true
    logger.info('drain.started', { signal, pid: process.pid })
    target.drain().then(
      (result) => {
        logger.info('drain.finished', { pid: process.pid, ...(result as object) })
        process.exit(0)
      },
      (error) => {
        logger.error('drain.failed', { error: String(error) })
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', worker ? () => {} : stop)
}
