import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { listPackageInputs } from './list-package-inputs'
import type { WorkspacePackage } from './list-public-packages'
import { workspaceRoot } from './list-public-packages'

/** A digest of the paths and contents of everything a package's build and tarball depend on. */
export function hashPackageInputs(pkg: WorkspacePackage): string {
  const hash = createHash('sha256')
  for (const file of listPackageInputs(pkg)) {
    hash.update(`${relative(workspaceRoot, file)}\0`).update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}
