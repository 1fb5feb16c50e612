import { expect } from 'vitest'
import type { WorkspacePackage } from './list-public-packages'
import { BIN, envWithBin, ROOT } from './repository-paths'
import { describeResult, runCommand } from './run-command'

/** Builds the packages with turbo: a cache hit when `npm test` built them already. */
export async function buildWithTurbo(packages: WorkspacePackage[]): Promise<void> {
  const filters = packages.flatMap(({ name }) => ['--filter', name])
  const build = await runCommand(
    `${BIN}turbo`,
    ['run', 'build', '--output-logs=errors-only', ...filters],
    { cwd: ROOT, env: envWithBin(), timeoutMs: 600_000 },
  )
  expect(build.code, describeResult('turbo run build', build)).toBe(0)
}

/**
 * Packs each built package through pnpm, which rewrites `workspace:^` to the real version range
 * as `pnpm publish` and changesets do (`npm pack` would keep `workspace:^`, which npm cannot
 * install). Returns the tarball paths.
 */
export async function packWithPnpm(
  packages: WorkspacePackage[],
  destination: string,
): Promise<string[]> {
  const packs = await Promise.all(
    packages.map(({ folder }) =>
      runCommand(`${BIN}pnpm`, ['pack', '--json', '--pack-destination', destination], {
        cwd: `${ROOT}${folder}`,
        env: envWithBin(),
        timeoutMs: 60_000,
      }),
    ),
  )
  return packs.map((pack, index) => {
    expect(pack.code, describeResult(`pnpm pack in ${packages[index]?.folder}`, pack)).toBe(0)
    return (JSON.parse(pack.stdout) as { filename: string }).filename
  })
}
