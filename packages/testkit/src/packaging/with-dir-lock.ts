import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

export interface DirLockOptions {
  /** A lock this old is taken over even if its owner seems alive (a reused pid). */
  staleMs?: number
  /** Give up waiting after this long. */
  timeoutMs?: number
}

/**
 * Runs `work` while holding a lock shared by every process on the machine (`mkdir` is atomic).
 * Vitest runs test files in separate workers, and two of them may build the same package.
 * A lock whose owner died (a killed test run) is taken over at once.
 */
export async function withDirLock<T>(
  lockDir: string,
  work: () => Promise<T>,
  { staleMs = 300_000, timeoutMs = 300_000 }: DirLockOptions = {},
): Promise<T> {
  const started = Date.now()
  while (!tryLock(lockDir, staleMs)) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for lock ${lockDir}`)
    await sleep(100)
  }
  try {
    return await work()
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}

function tryLock(lockDir: string, staleMs: number): boolean {
  try {
    mkdirSync(lockDir)
    writeFileSync(join(lockDir, 'pid'), String(process.pid))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  if (isAbandoned(lockDir, staleMs)) rmSync(lockDir, { recursive: true, force: true })
  return false
}

function isAbandoned(lockDir: string, staleMs: number): boolean {
  try {
    const age = Date.now() - statSync(lockDir).mtimeMs
    if (age > staleMs) return true
    const owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'))
    return owner > 0 && !isAlive(owner)
  } catch {
    // Released meanwhile, or its owner has not written its pid yet: wait and look again.
    return false
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
