// Builds the gateway (`apps/gateway/dist/main.js`, tsup) when it is missing or older than any of
// its sources, so `npm start` on a fresh clone needs no build step from the user.
import { spawnSync } from 'node:child_process'
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const gateway = join(root, 'apps/gateway')
export const GATEWAY_BUNDLE = join(gateway, 'dist/main.js')

/** Everything the bundle is made of: the gateway and every workspace package it inlines. */
export function listGatewayInputs() {
  const packages = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name))
  return [
    join(gateway, 'src'),
    join(gateway, 'package.json'),
    join(gateway, 'tsup.config.ts'),
    ...packages.flatMap((folder) => [join(folder, 'src'), join(folder, 'package.json')]),
  ]
}

/** The newest modification time (ms) of the files under `paths`; tests do not count. */
export function newestModification(paths) {
  let newest = 0
  for (const path of paths) {
    let stats
    try {
      stats = statSync(path)
    } catch {
      continue
    }
    if (stats.isDirectory()) {
      const entries = readdirSync(path).map((name) => join(path, name))
      newest = Math.max(newest, newestModification(entries))
    } else if (!/\.test(-d)?\.ts$/.test(path)) {
      newest = Math.max(newest, stats.mtimeMs)
    }
  }
  return newest
}

/** True when `output` does not exist or is older than the newest of `inputs`. */
export function isBuildStale(output, inputs) {
  let built
  try {
    built = statSync(output).mtimeMs
  } catch {
    return true
  }
  return newestModification(inputs) > built
}

/**
 * Builds into a fresh folder (inside the ignored `dist/`), then renames the files into `dist/`: a gateway already running
 * from `dist/`, or a concurrent build, never sees a half-written bundle.
 */
export function buildGateway() {
  const staging = join(gateway, 'dist', `.build-${process.pid}`)
  const tsup = join(root, 'node_modules/.bin/tsup')
  const result = spawnSync(tsup, ['--out-dir', staging, '--silent'], {
    cwd: gateway,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true })
    throw new Error(`building the gateway failed (tsup exit ${result.status})`)
  }
  for (const file of ['main.js.map', 'main.js'])
    renameSync(join(staging, file), join(gateway, 'dist', file))
  rmSync(staging, { recursive: true, force: true })
}

export function ensureGatewayBuild() {
  if (!isBuildStale(GATEWAY_BUNDLE, listGatewayInputs())) return false
  console.error('Building the gateway (apps/gateway/dist/main.js) …')
  buildGateway()
  return true
}
