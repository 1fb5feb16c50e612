import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { listPublicPackages, type WorkspacePackage, workspaceRoot } from './list-public-packages'

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.turbo', 'bench'])
/** Tests are neither bundled nor type-checked by the `.d.ts` build. */
const TEST_FILE = /\.test(-d)?\.ts$/
const ROOT_INPUTS = ['pnpm-lock.yaml', 'tsconfig.base.json']

/**
 * A digest of everything a package's build and tarball depend on: its own files, the root
 * configs and lockfile, and (recursively) the workspace packages it depends on, whose sources
 * its `.d.ts` build type-checks against and whose versions its packed manifest names.
 */
export function hashPackageInputs(pkg: WorkspacePackage): string {
  const byName = new Map(listPublicPackages().map((each) => [each.name, each]))
  const memo = new Map<string, string>()
  const digest = (current: WorkspacePackage): string => {
    const known = memo.get(current.name)
    if (known) return known
    const hash = createHash('sha256')
    for (const file of listFiles(current.dir)) {
      hash.update(`${relative(current.dir, file)}\0`).update(readFileSync(file))
    }
    const deps = { ...current.manifest.dependencies, ...current.manifest.peerDependencies }
    for (const name of Object.keys(deps).sort()) {
      const dep = byName.get(name)
      if (dep) hash.update(`${name}\0${digest(dep)}`)
    }
    for (const file of ROOT_INPUTS) hash.update(readFileSync(join(workspaceRoot, file)))
    const result = hash.digest('hex').slice(0, 16)
    memo.set(current.name, result)
    return result
  }
  return digest(pkg)
}

function listFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) files.push(...listFiles(path))
    else if (entry.isFile() && !TEST_FILE.test(entry.name)) files.push(path)
  }
  return files.sort()
}
