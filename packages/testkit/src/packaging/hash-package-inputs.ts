import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { workspaceRoot } from './list-public-packages'

/** A digest of the paths and contents of a package's build inputs (`listPackageInputs`). */
export function hashPackageInputs(inputs: readonly string[]): string {
  const hash = createHash('sha256')
  for (const file of inputs) {
    hash.update(`${relative(workspaceRoot, file)}\0`).update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}
