import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Writes `files` below `directory` and removes the `.json` files of the same folders that are no
 * longer generated, so the folder holds exactly the output. Returns what it removed.
 */
export function writeDocFiles(directory: string, files: ReadonlyMap<string, string>): string[] {
  const folders = new Set([...files.keys()].map((path) => dirname(path)))
  const removed: string[] = []
  for (const folder of folders) {
    mkdirSync(join(directory, folder), { recursive: true })
    for (const file of readdirSync(join(directory, folder))) {
      const path = `${folder}/${file}`
      if (file.endsWith('.json') && !files.has(path)) {
        rmSync(join(directory, path))
        removed.push(path)
      }
    }
  }
  for (const [path, text] of files) writeFileSync(join(directory, path), text)
  return removed.sort()
}
