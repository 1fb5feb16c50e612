import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url))

export interface ChatwireProcess {
  child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves with the first match of `pattern` on stdout; rejects after `ms` or on exit. */
  waitForOutput(
    pattern: RegExp,
    ms?: number,
    stream?: 'stdout' | 'stderr',
  ): Promise<RegExpExecArray>
  /** The exit code (a signal: null), at most `ms` (then SIGKILL and reject). */
  exited(ms?: number): Promise<number | null>
}

/**
 * `chatwire ARGS` as a user runs it: `node --conditions=@chatwire/source --import tsx main.ts`
 * (tsx from the root node_modules), so signals, exit codes and stderr are the real ones.
 */
export function spawnChatwire(args: string[], env: NodeJS.ProcessEnv = {}): ChatwireProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  delete childEnv.NODE_OPTIONS
  const child = spawn(
    process.execPath,
    ['--conditions=@chatwire/source', '--import', 'tsx', MAIN, ...args],
    { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const text = { stdout: '', stderr: '' }
  child.stdout!.on('data', (data) => {
    text.stdout += data
  })
  child.stderr!.on('data', (data) => {
    text.stderr += data
  })
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return {
    child,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    waitForOutput(pattern, ms = 60_000, stream = 'stdout') {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text[stream])
          if (!match) return
          stop()
          resolve(match)
        }
        const fail = (why: string) => {
          stop()
          reject(new Error(`${why} before ${pattern}:\n${text.stdout}\n${text.stderr}`))
        }
        const onExit = () => fail(`chatwire exited (${child.exitCode})`)
        const timer = setTimeout(() => fail(`no output in ${ms} ms`), ms)
        const stop = () => {
          clearTimeout(timer)
          child[stream]!.off('data', check)
          child.off('exit', onExit)
        }
        child[stream]!.on('data', check)
        child.once('exit', onExit)
        check()
      })
    },
    async exited(ms = 60_000) {
      let timer: NodeJS.Timeout | undefined
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL')
          reject(new Error(`chatwire did not exit within ${ms} ms:\n${text.stderr}`))
        }, ms)
      })
      try {
        return await Promise.race([exit, limit])
      } finally {
        clearTimeout(timer)
      }
    },
  }
}
