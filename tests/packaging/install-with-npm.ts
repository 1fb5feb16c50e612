import { writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { describeResult, runCommand } from './run-command'

/**
 * `npm install <tarballs…>` into `folder` (an empty ESM project), as a user of the published
 * packages would: plain npm, no pnpm, no workspace. The npm cache is the user's (`~/.npm`), so a
 * second run is served from it; install scripts are off (the packages have none; a dependency's
 * telemetry postinstall is not wanted in a test).
 */
export async function installWithNpm(folder: string, specs: string[], extraArgs: string[] = []) {
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: 'chatwire-install-check', private: true, type: 'module' }, null, 2)}\n`,
  )
  const args = [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--prefer-offline',
    '--cache',
    join(homedir(), '.npm'),
    ...extraArgs,
    ...specs,
  ]
  const result = await runCommand('npm', args, { cwd: folder, timeoutMs: 180_000 })
  expect(result.code, describeResult(`npm ${args.join(' ')}`, result)).toBe(0)
}
