// Child processes of `pnpm bench:gateway`: pinned start, readiness, /proc readings, and a
// cleanup that ends every process this run started (also on error and Ctrl-C).
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import net from 'node:net'

const children = new Set()
let pinning = spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0

/** False when `taskset` is missing: everything runs unpinned. */
export function canPin() {
  return pinning
}

/** Runs without CPU pinning from now on (taskset missing or fewer than 2 cores). */
export function disablePinning() {
  pinning = false
}

/** Pins this process (all its threads) to `core`; true on success. */
export function pinSelf(core) {
  if (!pinning) return false
  return (
    spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], {
      stdio: 'ignore',
    }).status === 0
  )
}

/** `[command, args]` prefixed with `taskset -c core` when pinning is available. */
function pinned(core, command, args) {
  return pinning && core !== undefined
    ? ['taskset', ['-c', String(core), command, ...args]]
    : [command, args]
}

/**
 * Starts a long-lived child pinned to `core` (taskset execs, so the PID is the process that does
 * the work). Resolves once `ready(stdoutSoFar)` returns a port, or rejects after `timeoutMs`.
 * stderr goes to `stderr` ('ignore' = /dev/null, or a file descriptor).
 */
export function startProcess({ name, core, command, args, cwd, env, stderr = 'ignore', ready }) {
  if (stopping) return Promise.reject(new Error('stopping'))
  const [cmd, argv] = pinned(core, command, args)
  const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', stderr] })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return new Promise((resolve, reject) => {
    let out = ''
    let done = false
    const timer = setTimeout(() => fail(new Error(`${name}: not ready after 90 s`)), 90_000)
    function fail(error) {
      clearTimeout(timer)
      reject(new Error(`${error.message}\n${out.slice(-2000)}`))
    }
    child.on('error', fail)
    child.on('exit', (code, signal) => fail(new Error(`${name} exited (${code ?? signal})`)))
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', async (text) => {
      if (done) return
      if (out.length < 100_000) out += text
      const port = await ready(out)
      if (port !== undefined && !done) {
        done = true
        clearTimeout(timer)
        child.removeAllListeners('exit')
        child.on('exit', () => children.delete(child))
        resolve({ name, pid: child.pid, port, child })
      }
    })
  })
}

/** `{"port":N}` or "listening on http://host:N" in a child's stdout → N. */
export function portFromStdout(out) {
  const match = /"port":(\d+)|listening on https?:\/\/[^\s:]+:(\d+)/.exec(out)
  return match ? Number(match[1] ?? match[2]) : undefined
}

/** Resolves when 127.0.0.1:port accepts a connection; rejects after `timeoutMs`. */
export async function waitForPort(port, timeoutMs) {
  const stopAt = Date.now() + timeoutMs
  while (Date.now() < stopAt) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await sleep(200)
  }
  throw new Error(`port ${port} not open after ${timeoutMs} ms`)
}

/** A free TCP port on 127.0.0.1 (for children that need a port number up front). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Runs a short-lived pinned command to completion, killed after `timeoutMs`; resolves
 * { code, stdout, stderr }.
 */
export function runToEnd({ core, command, args, env, cwd, timeoutMs }) {
  if (stopping) return Promise.reject(new Error('stopping'))
  const [cmd, argv] = pinned(core, command, args)
  const child = spawn(cmd, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (t) => {
      stdout += t
    })
    child.stderr.setEncoding('utf8').on('data', (t) => {
      stderr += t
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      children.delete(child)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      children.delete(child)
      resolve({ code: code ?? signal, stdout, stderr })
    })
  })
}

let clockTicks
/** utime + stime of `pid` (all its threads) in microseconds, from /proc/PID/stat. */
export function cpuMicros(pid) {
  clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the `(comm)`: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / clockTicks
}

/** Resets the peak-RSS mark (VmHWM) of `pid`; false if the kernel refuses. */
export function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

/** VmHWM (peak resident set) of `pid` in KiB. */
export function peakRssKiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1])
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Direct children of `pid` (e.g. tsx's esbuild service), from /proc. */
function childPids(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

function killPid(pid, signal) {
  try {
    process.kill(pid, signal)
  } catch {}
}

let stopping = false
/** True once stopAll has begun: nothing new should start. */
export function isStopping() {
  return stopping
}

/** SIGTERM every child this run started (and their own children), SIGKILL after 3 s. */
export async function stopAll() {
  stopping = true
  const pids = []
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue
    pids.push(child.pid, ...childPids(child.pid))
  }
  for (const pid of pids) killPid(pid, 'SIGTERM')
  const stopAt = Date.now() + 3000
  while (Date.now() < stopAt && pids.some(isAlive)) await sleep(100)
  for (const pid of pids) if (isAlive(pid)) killPid(pid, 'SIGKILL')
  children.clear()
}

/** Last resort on process exit: SIGKILL whatever is still running (synchronous). */
export function killAllNow() {
  for (const child of children) {
    for (const pid of childPids(child.pid)) killPid(pid, 'SIGKILL')
    killPid(child.pid, 'SIGKILL')
  }
}

function isAlive(pid) {
  try {
    // A zombie (exited, not yet reaped) counts as gone.
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}
