import { fileURLToPath } from 'node:url'

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = `${ROOT}node_modules/.bin/`

/** The environment for tools that look for pnpm and tsc on PATH (turbo does). */
export function envWithBin(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${BIN.slice(0, -1)}:${process.env.PATH ?? ''}` }
}
