import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runOrThrow } from './run-command'

/**
 * A new npm project in the OS temp dir (outside the workspace, so nothing resolves through it)
 * with the tarballs installed as a user would install published packages. Their third-party
 * dependencies come from the npm cache or registry.
 */
export async function installTarballs(tarballs: readonly string[]): Promise<string> {
  const project = realpathSync(mkdtempSync(join(tmpdir(), 'chatwire-consumer-')))
  const manifest = { name: 'chatwire-consumer', version: '1.0.0', private: true }
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  const flags = ['--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts']
  try {
    await runOrThrow('npm', ['install', ...flags, '--prefix', project, ...tarballs], {
      cwd: project,
      timeoutMs: 150_000,
    })
  } catch (error) {
    rmSync(project, { recursive: true, force: true })
    throw error
  }
  return project
}
