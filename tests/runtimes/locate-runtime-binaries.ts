import { existsSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The executable an npm package ships in its platform package (`bun` → `@oven/bun-linux-x64`,
 * `deno` → `@deno/linux-x64-glibc`), found next to the package in pnpm's store. The packages'
 * own `bin` entries need their postinstall scripts, which pnpm does not run.
 */
function platformBinary(pkg: string, platformPackage: string, file: string): string {
  const installed = realpathSync(join(ROOT, 'node_modules', pkg))
  const path = join(dirname(installed), platformPackage, file)
  if (!existsSync(path)) {
    throw new Error(`${pkg}: no ${platformPackage}/${file} next to ${installed}; run pnpm install`)
  }
  return path
}

const ARCH = { x64: 'x64', arm64: 'aarch64' }[process.arch as 'x64' | 'arm64'] ?? process.arch

/** The Bun and Deno executables of the root devDependencies (Linux, glibc). */
export function locateRuntimeBinaries(): { bun: string; deno: string } {
  return {
    bun: platformBinary('bun', `@oven/bun-linux-${ARCH}`, 'bin/bun'),
    deno: platformBinary('deno', `@deno/linux-${process.arch}-glibc`, 'deno'),
  }
}
