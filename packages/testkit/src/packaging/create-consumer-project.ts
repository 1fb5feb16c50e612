import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { installTarballs } from './install-tarballs'
import type { WorkspacePackage } from './list-public-packages'
import { packWorkspacePackage } from './pack-workspace-package'

/**
 * Packs `packages`, installs the tarballs in a new project outside the workspace and copies the
 * named scripts from `./test-support/consumer/` into it. Returns the project's directory; the
 * caller removes it.
 */
export async function createConsumerProject(
  packages: readonly WorkspacePackage[],
  consumerFiles: readonly string[],
): Promise<string> {
  const tarballs = await Promise.all(packages.map((pkg) => packWorkspacePackage(pkg)))
  const project = await installTarballs(tarballs)
  for (const file of consumerFiles) {
    copyFileSync(new URL(`./test-support/consumer/${file}`, import.meta.url), join(project, file))
  }
  return project
}
