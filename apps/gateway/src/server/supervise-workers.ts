import cluster, { type Worker } from 'node:cluster'
import type { Logger } from '../log/logger'
import { restartDelay, STABLE_AFTER_MS } from './restart-delay'

/** What a worker sends its primary once it listens, or why it could not (cli/run-cli.ts). */
export type WorkerMessage =
  | { chatwire: 'listening'; url: string }
  | { chatwire: 'failed'; line: string }

/** How long a failed worker's last message may trail its exit. */
const FAILURE_MESSAGE_WAIT_MS = 200

export interface Supervisor {
  url: string
  workers: number
  /** SIGTERM to every worker (each drains); resolves once all have exited. */
  drain(): Promise<{ workers: number }>
  /** SIGKILL to every worker. */
  close(): Promise<void>
}

export interface SuperviseOptions {
  count: number
  logger: Logger
  /** After a drain was asked: how long before workers still running are killed. */
  drainLimitMs: number
}

/**
 * The cluster primary: forks `count` workers (this same program, same flags) serving one port,
 * restarts a dead one after {@link restartDelay}, and drains them all on request. Resolves once
 * every worker listens, or with the first worker's start-up failure (one line, printed once
 * however many workers failed alike).
 */
export function superviseWorkers(
  options: SuperviseOptions,
): Promise<Supervisor | { failed: string }> {
  const { count, logger } = options
  const started = new Map<Worker, number>()
  const listening = new Set<Worker>()
  let crashes = 0
  let stopping = false
  const restarts = new Set<NodeJS.Timeout>()
  let url = ''
  let failure: string | undefined

  return new Promise((resolve) => {
    const live = () => [...started.keys()]
    const exitedAll = () =>
      Promise.all(live().map((worker) => new Promise((done) => worker.once('exit', done))))
    const supervisor: Supervisor = {
      get url() {
        return url
      },
      workers: count,
      async drain() {
        stopping = true
        for (const timer of restarts) clearTimeout(timer)
        const workers = live()
        const exited = exitedAll()
        for (const worker of workers) worker.process.kill('SIGTERM')
        const limit = setTimeout(() => {
          for (const worker of live()) worker.process.kill('SIGKILL')
        }, options.drainLimitMs)
        await exited
        clearTimeout(limit)
        return { workers: workers.length }
      },
      async close() {
        stopping = true
        for (const timer of restarts) clearTimeout(timer)
        const exited = exitedAll()
        for (const worker of live()) worker.process.kill('SIGKILL')
        await exited
      },
    }

    function fork(): void {
      const worker = cluster.fork()
      started.set(worker, performance.now())
      worker.on('message', (message: WorkerMessage) => {
        if (message?.chatwire === 'failed') failure ??= message.line
        if (message?.chatwire !== 'listening') return
        listening.add(worker)
        logger.info('worker.listening', { pid: worker.process.pid })
        if (url === '' && listening.size === count) {
          url = message.url
          resolve(supervisor)
        }
      })
      worker.once('exit', (code, signal) => exited(worker, code, signal))
    }

    function exited(worker: Worker, code: number | null, signal: string | null): void {
      const lived = performance.now() - (started.get(worker) ?? 0)
      started.delete(worker)
      const wasListening = listening.delete(worker)
      if (stopping) return
      if (!wasListening && url === '') {
        // A start-up failure (port in use, bad host…): every worker would fail alike. Its
        // 'failed' message may be read after its exit: give the IPC pipe a moment.
        stopping = true
        for (const other of live()) other.process.kill('SIGKILL')
        const fallback = `A worker exited (${signal ?? code}) before it listened.`
        setTimeout(() => resolve({ failed: failure ?? fallback }), FAILURE_MESSAGE_WAIT_MS)
        return
      }
      crashes = lived >= STABLE_AFTER_MS ? 1 : crashes + 1
      const delay = restartDelay(crashes)
      logger.error('worker.exited', { pid: worker.process.pid, code, signal, restartInMs: delay })
      const timer = setTimeout(() => {
        restarts.delete(timer)
        if (!stopping) fork()
      }, delay)
      restarts.add(timer)
    }

    for (let index = 0; index < count; index++) fork()
  })
}
