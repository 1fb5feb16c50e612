// Installs the workspace with the pinned pnpm, so a fresh machine needs only Node and npm.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const PNPM = 'pnpm@10.34.8'
const localPnpm = `${root}node_modules/.bin/pnpm`
const [command, args] = existsSync(localPnpm)
  ? [localPnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']]
  : ['npx', ['--yes', PNPM, 'install', '--frozen-lockfile', '--reporter=append-only']]

const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env })
if (result.status !== 0) {
  console.error(`bootstrap: "${command} ${args.join(' ')}" failed (exit ${result.status})`)
  process.exit(result.status ?? 1)
}
