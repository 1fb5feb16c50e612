import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { listPublicPackages, type WorkspacePackage, workspaceRoot } from './list-public-packages'

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.turbo', 'bench'])
/** Tests are neither bundled nor type-checked by the `.d.ts` build. */
const TEST_FILE = /\.test(-d)?\.ts$/
const ROOT_INPUTS = ['pnpm-lock.yaml', 'tsconfig.base.json']

/**
 * Every file a package's build and tarball depend on, sorted: its own files, the root configs and
 * lockfile, and (recursively) the files of the workspace packages it depends on, whose sources
 * its `.d.ts` build type-checks against and whose versions its packed manifest names.
 */
export function listPackageInputs(pkg: WorkspacePackage): string[] {
  const byName = new Map(listPublicPackages().map((each) => [each.name, each]))
  const seen = new Set<string>()
  const files = ROOT_INPUTS.map((file) => join(workspaceRoot, file))
  const visit = (current: WorkspacePackage): void => {
    if (seen.has(current.name)) return
    seen.add(current.name)
    files.push(...listFiles(current.dir))
    const deps = { ...current.manifest.dependencies, ...current.manifest.peerDependencies }
    for (const name of Object.keys(deps)) {
      const dep = byName.get(name)
      if (dep) visit(dep)
    }
  }
  visit(pkg)
  return files.sort()
}

function listFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) files.push(...listFiles(path))
    else if (entry.isFile() && !TEST_FILE.test(entry.name)) files.push(path)
  }
  return files
}
