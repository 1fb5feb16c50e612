import cluster, { type Worker } from 'node:cluster'
import type { Logger } from '../log/logger'
import { restartDelay, STABLE_AFTER_MS } from './restart-delay'

/** What a worker sends its primary once it listens (cli/run-cli.ts). */
export interface ListeningMessage {
  chatwire: 'listening'
  url: string
}

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
 * every worker listens, or with 1 when one fails to start (it printed why).
 */
export function superviseWorkers(options: SuperviseOptions): Promise<Supervisor | 1> {
  const { count, logger } = options
  const started = new Map<Worker, number>()
  const listening = new Set<Worker>()
  let crashes = 0
  let stopping = false
  const restarts = new Set<NodeJS.Timeout>()
  let url = ''

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
      worker.on('message', (message: Partial<ListeningMessage>) => {
        if (message?.chatwire !== 'listening' || typeof message.url !== 'string') return
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
        // A start-up failure (port in use, bad host…): every worker would fail alike.
        stopping = true
        for (const other of live()) other.process.kill('SIGKILL')
        resolve(1)
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
