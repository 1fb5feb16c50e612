import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bundleWorker } from '../scripts/bundle-worker.mjs'

// The check `wrangler deploy` and the workerd tests rely on: a Worker bundle with a Node module
// import is refused, naming the file that imports it; the real Worker has none.
let directory: string

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'chatwire-bundle-'))
})

afterAll(async () => {
  await rm(directory, { recursive: true, force: true })
})

it('refuses a bundle that imports a Node module, naming the importer', async () => {
  const entry = fileURLToPath(new URL('./test-support/node-only-entry.ts', import.meta.url))
  await expect(bundleWorker(join(directory, 'node.js'), entry)).rejects.toThrow(
    /imports Node modules:\n {2}src\/test-support\/node-only-entry\.ts → node:fs/,
  )
})

it('bundles the Worker with no import but cloudflare:workers', async () => {
  const { outfile } = await bundleWorker(join(directory, 'worker.js'))
  const code = await readFile(outfile, 'utf8')
  const imports = [...code.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)].map((match) => match[1])
  expect(new Set(imports)).toEqual(new Set(['cloudflare:workers']))
})
