import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderDocFiles } from '../node/render-doc-files'
import { loadWorkspaceSchemas } from './load-workspace-schemas'
import { DOCS_DIRECTORY, REPOSITORY_ROOT } from './repository-root'

const STALE = 'docs/ is stale: run `pnpm run docs` and commit the result'

function committedFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const folder of ['schemas', 'openapi']) {
    const directory = join(DOCS_DIRECTORY, folder)
    if (!existsSync(directory)) continue
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
      files.set(`${folder}/${file}`, readFileSync(join(directory, file), 'utf8'))
    }
  }
  return files
}

describe('the committed docs', () => {
  it('are exactly what `pnpm run docs` generates', async () => {
    const generated = renderDocFiles({ schemas: await loadWorkspaceSchemas(REPOSITORY_ROOT) })
    const committed = committedFiles()
    expect([...committed.keys()].sort(), STALE).toEqual([...generated.keys()].sort())
    for (const [path, text] of generated)
      expect(committed.get(path), `${STALE} (${path})`).toBe(text)
  })
})
