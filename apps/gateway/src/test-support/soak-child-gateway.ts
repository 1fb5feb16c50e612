import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdirSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { GatewayConfig } from '../config/gateway-config'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const RUNNER = fileURLToPath(new URL('../e2e/run-soak.ts', import.meta.url))

export interface ChildGateway {
  url: string
  pid: number
  /** The child's log lines (stderr), the last {@link KEPT_LINES}. */
  logs: string[]
  /** VmRSS from /proc/PID/status, bytes. */
  rssBytes(): number
  /** Entries in /proc/PID/fd. */
  openFds(): number
  /** True while the process runs. */
  alive(): boolean
  /** SIGTERM, then SIGKILL after 3 s. */
  close(): Promise<void>
}

const KEPT_LINES = 2000

/**
 * Spawns `node --conditions=@chatwire/source --import tsx e2e/run-soak.ts` (tsx from the root
 * node_modules) with `config`, and resolves once it listens (at most `startMs`).
 */
export async function startChildGateway(
  config: GatewayConfig,
  startMs = 30_000,
): Promise<ChildGateway> {
  const env: NodeJS.ProcessEnv = { ...process.env, CHATWIRE_CHILD_CONFIG: JSON.stringify(config) }
  delete env.NODE_OPTIONS
  const child = spawn(
    process.execPath,
    ['--conditions=@chatwire/source', '--import', 'tsx', RUNNER],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const logs: string[] = []
  createInterface({ input: child.stderr! }).on('line', (line) => {
    logs.push(line)
    if (logs.length > KEPT_LINES) logs.shift()
  })
  const url = await readUrl(child, logs, startMs)
  const pid = child.pid!
  return {
    url,
    pid,
    logs,
    rssBytes() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]
      return Number(kb) * 1024
    },
    openFds: () => readdirSync(`/proc/${pid}/fd`).length,
    alive: () => child.exitCode === null && child.signalCode === null,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      await exited
      clearTimeout(timer)
    },
  }
}

function readUrl(child: ChildProcess, logs: string[], startMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`child gateway did not start within ${startMs} ms:\n${logs.join('\n')}`))
    }, startMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`child gateway exited (${code}) before listening:\n${logs.join('\n')}`))
    })
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer)
      resolve((JSON.parse(line) as { url: string }).url)
    })
  })
}
