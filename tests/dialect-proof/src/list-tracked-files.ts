import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The files git tracks under `root` that `keep` selects and the working tree has, with their text. */
export function listTrackedFiles(
  root: string,
  keep: (path: string) => boolean,
): { path: string; text: string }[] {
  const listing = execFileSync('git', ['ls-files', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 30_000,
  })
  return listing
    .split('\0')
    .filter((path) => path !== '' && keep(path) && existsSync(join(root, path)))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
}
