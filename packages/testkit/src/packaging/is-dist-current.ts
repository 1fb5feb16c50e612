import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { WorkspacePackage } from './list-public-packages'

/**
 * True when every file in the package's `dist` was written after the last change to any of its
 * build `inputs` (`listPackageInputs`: its own and its workspace dependencies'): what `npm test`'s `turbo run build`
 * step leaves behind, so the packaging tests pack that build instead of running tsup again.
 * A missing or empty `dist`, or one older than a source edit, is not current.
 */
export function isDistCurrent(pkg: WorkspacePackage, inputs: readonly string[]): boolean {
  const built = oldestModification(join(pkg.dir, 'dist'))
  if (built === undefined) return false
  return inputs.every((file) => statSync(file).mtimeMs <= built)
}

function oldestModification(dir: string): number | undefined {
  let oldest: number | undefined
  let entries: string[]
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  } catch {
    return undefined
  }
  for (const entry of entries) {
    const stats = statSync(join(dir, entry))
    if (stats.isFile() && (oldest === undefined || stats.mtimeMs < oldest)) oldest = stats.mtimeMs
  }
  return oldest
}
