import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'

const REDIS_SERVER = '/usr/bin/redis-server'
const READY_WAIT_MS = 10_000
const EXIT_WAIT_MS = 5_000

export interface RunningRedis {
  url: string
  port: number
  /** Stops the server (SIGTERM, SIGKILL after 5 s); resolves once it exited. Idempotent. */
  stop(): Promise<void>
  /** Starts it again on the same port (empty: nothing is saved), once stopped. */
  start(): Promise<void>
}

/**
 * Whether the Redis tests can run: Debian's `redis-server` (scripts/ensure-redis.mjs installs
 * it for `npm test`). Absent in CI: throws, so the suite fails rather than passing untested.
 * Absent elsewhere: false, with a loud line, and the caller skips.
 */
export function hasRedisServer(): boolean {
  if (existsSync(REDIS_SERVER)) return true
  const why = `${REDIS_SERVER} is missing (apt-get install redis-server, or node scripts/ensure-redis.mjs)`
  if (process.env.CI) throw new Error(`The Redis quota tests cannot run: ${why}`)
  console.warn(`\n!!! SKIPPING the Redis quota tests: ${why} !!!\n`)
  return false
}

/** A throwaway `redis-server` on a free loopback port: no persistence, answers PING. */
export async function startRedisServer(): Promise<RunningRedis> {
  const port = await findFreePort()
  let child: ChildProcess | undefined
  let exited: Promise<void> = Promise.resolve()
  const start = async () => {
    const started = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    child = started
    exited = new Promise((resolve) => started.once('exit', () => resolve()))
    await waitForPong(port, READY_WAIT_MS, exited)
  }
  const stop = async () => {
    const running = child
    if (!running || running.exitCode !== null || running.signalCode !== null) return
    running.kill('SIGTERM')
    const timer = setTimeout(() => running.kill('SIGKILL'), EXIT_WAIT_MS)
    await exited
    clearTimeout(timer)
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, stop, start }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Sends `PING` until `+PONG` comes back; rejects after `ms`, or when the server exited. */
async function waitForPong(port: number, ms: number, exited: Promise<void>): Promise<void> {
  const deadline = Date.now() + ms
  let gone = false
  void exited.then(() => {
    gone = true
  })
  while (Date.now() < deadline) {
    if (gone) throw new Error(`redis-server on port ${port} exited before it answered PING`)
    if (await pingOnce(port)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${ms} ms`)
}

function pingOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    let reply = ''
    const finish = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => finish(false))
    socket.once('error', () => finish(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.on('data', (data) => {
      reply += data
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'))
    })
  })
}
