import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

export interface ServerProcess {
  url: string
  /** What the process printed so far, for assertion messages. */
  output(): string
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>
}

/** A port that was free a moment ago on 127.0.0.1 (the process under test must bind it itself). */
export async function findFreePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/**
 * Spawns a server on `port` and waits until `readyPath` answers 200 (polling, bounded by
 * `timeoutMs`); rejects with its output if it exits or never gets ready.
 */
export async function startServerProcess(
  command: string,
  args: string[],
  options: {
    cwd: string
    env?: NodeJS.ProcessEnv
    port: number
    readyPath?: string
    timeoutMs?: number
  },
): Promise<ServerProcess> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env })
  let output = ''
  const append = (data: Buffer) => {
    output = `${output}${data.toString()}`.slice(-20_000)
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const url = `http://127.0.0.1:${options.port}`
  const server: ServerProcess = {
    url,
    output: () => output,
    stop: (grace) => stopChild(child, grace),
  }
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `${command} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`,
      )
    const response = await fetch(`${url}${options.readyPath ?? '/healthz'}`).catch(() => undefined)
    if (response?.status === 200) return server
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await server.stop(0)
  throw new Error(`${command} was not ready within ${options.timeoutMs ?? 60_000} ms:\n${output}`)
}

async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  const [code] = (await exited) as [number | null]
  clearTimeout(timer)
  return code
}
