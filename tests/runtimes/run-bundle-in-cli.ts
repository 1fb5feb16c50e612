import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { runCommand } from '../packaging/run-command'
import { locateRuntimeBinaries } from './locate-runtime-binaries'
import { readRuntimeReport } from './read-runtime-report'
import type { RuntimeReport } from './runtime-input'

export type CliRuntime = 'node' | 'bun' | 'deno'

const TIMEOUT_MS = 30_000

/** The command line that runs the bundle: Deno with no permission at all (the path is the module). */
function commandFor(runtime: CliRuntime, bundle: string): [string, string[]] {
  if (runtime === 'node') return [process.execPath, [bundle]]
  const { bun, deno } = locateRuntimeBinaries()
  if (runtime === 'bun') return [bun, ['run', '--no-install', bundle]]
  return [
    deno,
    ['run', '--no-prompt', '--no-config', '--no-lock', '--no-remote', '--no-npm', bundle],
  ]
}

/**
 * Runs the bundle in a CLI runtime, bounded in time and output, with a scratch home (caches,
 * Deno's DENO_DIR) inside `dir`, and no update checks or telemetry; returns its report.
 */
export async function runBundleInCli(
  runtime: CliRuntime,
  bundle: string,
  dir: string,
): Promise<RuntimeReport> {
  const home = join(dir, `${runtime}-home`)
  mkdirSync(home, { recursive: true })
  const [command, args] = commandFor(runtime, bundle)
  const result = await runCommand(command, args, {
    cwd: dir,
    timeoutMs: TIMEOUT_MS,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CACHE_HOME: join(home, '.cache'),
      DENO_DIR: join(home, 'deno'),
      DENO_NO_UPDATE_CHECK: '1',
      DO_NOT_TRACK: '1',
      NO_COLOR: '1',
    },
  })
  return readRuntimeReport(`${runtime} (exit ${result.code})`, result.stdout, result.stderr)
}
