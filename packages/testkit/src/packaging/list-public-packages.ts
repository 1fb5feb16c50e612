import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The monorepo root (this file is `packages/testkit/src/packaging/…`). */
export const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url))

/** A binary from the root `node_modules/.bin`. */
export function workspaceBin(name: string): string {
  return join(workspaceRoot, 'node_modules', '.bin', name)
}

interface PackageManifest {
  name: string
  version: string
  private?: boolean
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

export interface WorkspacePackage {
  name: string
  version: string
  dir: string
  manifest: PackageManifest
}

/** Every package under `packages/` that is published (its package.json is not `private`). */
export function listPublicPackages(): WorkspacePackage[] {
  const packagesDir = join(workspaceRoot, 'packages')
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packagesDir, entry.name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map(readWorkspacePackage)
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** One public package by name; throws when there is none. */
export function findPublicPackage(name: string): WorkspacePackage {
  const found = listPublicPackages().find((pkg) => pkg.name === name)
  if (!found) throw new Error(`no public workspace package named ${name}`)
  return found
}

function readWorkspacePackage(dir: string): WorkspacePackage {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest
  return { name: manifest.name, version: manifest.version, dir, manifest }
}
