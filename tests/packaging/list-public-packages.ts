import { readdirSync, readFileSync } from 'node:fs'
import { ROOT } from './repository-paths'

export interface WorkspacePackage {
  name: string
  version: string
  /** The folder, relative to the repository root. */
  folder: string
  dependencies: Record<string, string>
}

/** Every package that is published: the non-private `packages/*`, and the gateway. */
export function listPublicPackages(): WorkspacePackage[] {
  const folders = [
    ...readdirSync(`${ROOT}packages`).map((name) => `packages/${name}`),
    'apps/gateway',
  ]
  return folders
    .map((folder) => ({ folder, manifest: readManifest(folder) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ folder, manifest }) => ({
      name: manifest.name,
      version: manifest.version,
      folder,
      dependencies: manifest.dependencies ?? {},
    }))
}

interface Manifest {
  name: string
  version: string
  private?: boolean
  dependencies?: Record<string, string>
}

function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(`${ROOT}${folder}/package.json`, 'utf8')) as Manifest
}
