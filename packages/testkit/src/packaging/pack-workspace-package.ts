import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashPackageInputs } from './hash-package-inputs'
import { isDistCurrent } from './is-dist-current'
import { listPackageInputs } from './list-package-inputs'
import { type WorkspacePackage, workspaceBin } from './list-public-packages'
import { runOrThrow } from './run-command'
import { withDirLock } from './with-dir-lock'

/** Tarballs named by a digest of their inputs, shared by test files, workers and runs. */
const cacheDir = join(tmpdir(), 'chatwire-packed-packages')
const MAX_PARALLEL_BUILDS = 2
let runningBuilds = 0
const waitingBuilds: Array<() => void> = []

/**
 * Packs a workspace package with `pnpm pack`, which rewrites `workspace:` ranges as `pnpm publish`
 * would, from its `dist`: the one `turbo run build` left when it is newer than every input,
 * else built again with the package's own tsup config. Returns the path of the `.tgz`; an
 * unchanged package is not packed again.
 */
export async function packWorkspacePackage(pkg: WorkspacePackage): Promise<string> {
  mkdirSync(cacheDir, { recursive: true })
  const stem = pkg.name.replace(/^@/, '').replace('/', '-')
  const inputs = listPackageInputs(pkg)
  const tarball = join(cacheDir, `${stem}-${hashPackageInputs(inputs)}.tgz`)
  if (existsSync(tarball)) return tarball
  await withDirLock(join(cacheDir, `${stem}.lock`), async () => {
    if (existsSync(tarball)) return
    await inBuildSlot(() => buildAndPack(pkg, inputs, tarball))
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(`${stem}-`) && join(cacheDir, old) !== tarball) {
        rmSync(join(cacheDir, old), { force: true })
      }
    }
  })
  return tarball
}

async function buildAndPack(
  pkg: WorkspacePackage,
  inputs: readonly string[],
  tarball: string,
): Promise<void> {
  const timeoutMs = 150_000
  if (!isDistCurrent(pkg, inputs)) {
    await runOrThrow(workspaceBin('tsup'), ['--silent'], { cwd: pkg.dir, timeoutMs })
  }
  const partial = `${tarball}.${process.pid}.partial`
  try {
    await runOrThrow(workspaceBin('pnpm'), ['pack', '--out', partial], { cwd: pkg.dir, timeoutMs })
    renameSync(partial, tarball)
  } finally {
    rmSync(partial, { force: true })
  }
}

/** tsup's `.d.ts` step is CPU-heavy: a few at a time keep a 2-core machine responsive. */
async function inBuildSlot<T>(work: () => Promise<T>): Promise<T> {
  if (runningBuilds >= MAX_PARALLEL_BUILDS) {
    await new Promise<void>((resolve) => waitingBuilds.push(resolve))
  }
  runningBuilds++
  try {
    return await work()
  } finally {
    runningBuilds--
    waitingBuilds.shift()?.()
  }
}
