import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { bundleWorker } from '../../scripts/bundle-worker.mjs'
import { writeWorkerdConfig } from './write-workerd-config'

const APP = new URL('../../', import.meta.url)
/** The workerd package's binary for this platform (its `main` exports the path, untyped). */
const workerdBinary = (createRequire(import.meta.url)('workerd') as { default: string }).default
const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 5_000
/** Enough of workerd's stderr to explain a failure, not an unbounded buffer. */
const MAX_LOG_CHARS = 64 * 1024

export interface StartWorkerdOptions {
  bindings: Record<string, string>
  /** The module to bundle (default `src/worker.ts`, as deployed). */
  entry?: string
}

export interface RunningWorkerd {
  url: string
  /** workerd's stderr so far (the gateway's JSON log lines, uncaught errors), bounded. */
  log(): string
  close(): Promise<void>
}

/**
 * Bundles the Worker as `wrangler deploy` would, then runs it on workerd (the npm package's
 * binary) on 127.0.0.1 with an ephemeral port, read from workerd's control descriptor. Bounded:
 * rejects after 30 s without a listening socket; `close` kills workerd (SIGKILL after 5 s).
 */
export async function startWorkerd(options: StartWorkerdOptions): Promise<RunningWorkerd> {
  const directory = await mkdtemp(join(tmpdir(), 'chatwire-workerd-'))
  const configFile = join(directory, 'config.capnp')
  await bundleWorker(join(directory, 'worker.js'), options.entry)
  await writeFile(
    configFile,
    writeWorkerdConfig({
      moduleFile: 'worker.js',
      ...(await readWranglerSettings()),
      bindings: options.bindings,
      storageDirectory: directory,
    }),
  )
  const child = spawn(workerdBinary, ['serve', configFile, '--control-fd=3'], {
    cwd: directory,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    log = (log + text).slice(-MAX_LOG_CHARS)
  })
  const close = async () => {
    await stop(child)
    await rm(directory, { recursive: true, force: true })
  }
  try {
    const port = await waitForPort(child, () => log)
    return { url: `http://127.0.0.1:${port}`, log: () => log, close }
  } catch (error) {
    await close()
    throw error
  }
}

/** The date and flags wrangler.toml deploys with: the test runs what is deployed. */
async function readWranglerSettings() {
  const toml = await readFile(new URL('wrangler.toml', APP), 'utf8')
  const compatibilityDate = /^compatibility_date\s*=\s*"([0-9-]+)"/m.exec(toml)?.[1]
  if (!compatibilityDate) throw new Error('wrangler.toml has no compatibility_date')
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1] ?? ''
  const compatibilityFlags = [...flags.matchAll(/"([^"]+)"/g)].map((match) => match[1] as string)
  return { compatibilityDate, compatibilityFlags }
}

/** workerd writes `{"event":"listen","socket":"http","port":N}` on the control descriptor. */
function waitForPort(child: ChildProcess, log: () => string): Promise<number> {
  const control = child.stdio[3] as NodeJS.ReadableStream
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer)
      reject(new Error(`workerd did not start: ${reason}\n${log()}`))
    }
    const timer = setTimeout(
      () => fail(`no socket within ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    )
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal})`))
    child.once('error', (error) => fail(error.message))
    createInterface({ input: control }).on('line', (line) => {
      const message = JSON.parse(line) as { event?: string; socket?: string; port?: number }
      if (message.event === 'listen' && message.socket === 'http' && message.port) {
        clearTimeout(timer)
        resolve(message.port)
      }
    })
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}
