import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isBuildStale } from '../../scripts/ensure-gateway-build.mjs'
import { ROOT } from './repository-paths'
import { findFreePort, startServerProcess } from './start-server-process'

describe('isBuildStale (npm start builds the gateway when its bundle is missing or older)', () => {
  let tree: string
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'chatwire-stale-'))
    mkdirSync(join(tree, 'src/deep'), { recursive: true })
  })
  afterAll(() => rmSync(tree, { recursive: true, force: true }))

  /** Writes `files` with the given modification times (seconds), then asks about `dist.js`. */
  function staleWith(files: Record<string, number | undefined>): boolean {
    rmSync(join(tree, 'dist.js'), { force: true })
    for (const [file, seconds] of Object.entries(files)) {
      if (seconds === undefined) continue
      writeFileSync(join(tree, file), '')
      utimesSync(join(tree, file), seconds, seconds)
    }
    return isBuildStale(join(tree, 'dist.js'), [join(tree, 'src'), join(tree, 'missing-folder')])
  }

  it.each([
    { name: 'no bundle yet', files: { 'src/a.ts': 100, 'dist.js': undefined }, stale: true },
    {
      name: 'bundle newer than every source',
      files: { 'src/a.ts': 100, 'src/deep/b.ts': 150, 'dist.js': 200 },
      stale: false,
    },
    {
      name: 'a nested source edited after the build',
      files: { 'src/a.ts': 100, 'src/deep/b.ts': 300, 'dist.js': 200 },
      stale: true,
    },
    {
      name: 'only a test edited after the build',
      files: { 'src/a.ts': 100, 'src/deep/b.ts': 100, 'src/deep/b.test.ts': 300, 'dist.js': 200 },
      stale: false,
    },
  ])('$name → stale: $stale', ({ files, stale }) => {
    rmSync(join(tree, 'src'), { recursive: true, force: true })
    mkdirSync(join(tree, 'src/deep'), { recursive: true })
    expect(staleWith(files)).toBe(stale)
  })
})

describe('npm start (scripts/start-gateway.mjs)', () => {
  it('serves the embedded default from the bundle with plain node, and stops with exit 0 on SIGTERM', async () => {
    const port = await findFreePort()
    const server = await startServerProcess(
      process.execPath,
      ['scripts/start-gateway.mjs', '--port', `${port}`],
      {
        cwd: ROOT,
        port,
        timeoutMs: 180_000,
      },
    )
    try {
      const response = await fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'octoai-llama',
          messages: [{ role: 'user', content: 'Started by npm start' }],
        }),
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { choices: { message: { content: string } }[] }
      expect(body.choices[0]?.message.content).toContain('Started by npm start')
    } finally {
      expect(await server.stop(), server.output()).toBe(0)
    }
  })
})
