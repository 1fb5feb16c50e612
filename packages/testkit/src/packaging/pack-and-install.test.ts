import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject } from './create-consumer-project'
import { findPublicPackage, workspaceBin } from './list-public-packages'
import { runCommand } from './run-command'
import {
  EXPECTED_CORE,
  EXPECTED_OPENAI,
  EXPECTED_SSE,
  OPENAI_BODY,
} from './test-support/expected-consumer-results'
import { writeTypedConsumer } from './test-support/write-typed-consumer'

const PACKAGES = ['@chatwire/core', '@chatwire/sse', '@chatwire/openai']
const CONSUMER_FILES = ['exercise-packages.cjs', 'use-with-import.mjs', 'use-with-require.cjs']

interface LockEntry {
  resolved?: string
  version?: string
}

describe('the packed packages, installed in a project outside the workspace', () => {
  let project = ''

  beforeAll(async () => {
    project = await createConsumerProject(PACKAGES.map(findPublicPackage), CONSUMER_FILES)
    writeTypedConsumer(project)
  }, 360_000)

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true })
  })

  const readInstalled = (name: string) =>
    JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'))

  it('installs each @chatwire package once, from its tarball, not from a registry', () => {
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'))
    const entries = Object.entries(lock.packages as Record<string, LockEntry>)
    const chatwire = entries.filter(([path]) => /(^|\/)node_modules\/@chatwire\//.test(path))
    expect(chatwire.map(([path]) => path).sort()).toEqual(
      PACKAGES.map((name) => `node_modules/${name}`).sort(),
    )
    for (const [path, entry] of chatwire) {
      expect(entry.resolved, path).toMatch(/^file:.*\.tgz$/)
    }
  })

  it.each(PACKAGES)('%s was packed with workspace: ranges rewritten and only dist', (name) => {
    const manifest = readInstalled(name)
    const dependencies: Record<string, string> = manifest.dependencies ?? {}
    expect(JSON.stringify(manifest)).not.toContain('workspace:')
    for (const [dependency, range] of Object.entries(dependencies)) {
      if (!dependency.startsWith('@chatwire/')) continue
      expect(range, `${name} → ${dependency}`).toBe(`^${findPublicPackage(dependency).version}`)
    }
    expect(existsSync(join(project, 'node_modules', name, 'dist', 'index.js'))).toBe(true)
    expect(existsSync(join(project, 'node_modules', name, 'src'))).toBe(false)
  })

  it.each([
    ['import', 'use-with-import.mjs'],
    ['require', 'use-with-require.cjs'],
  ])(
    'works through %s',
    async (loader, script) => {
      const input = JSON.stringify({ openaiBody: OPENAI_BODY })
      const { code, stdout, stderr } = await runCommand(process.execPath, [script, input], {
        cwd: project,
      })
      expect(code, stderr).toBe(0)
      // No ExperimentalWarning or anything else a consumer would see.
      expect(stderr).toBe('')
      const result = JSON.parse(stdout)

      for (const name of PACKAGES) {
        expect(result.resolved[name]).toBe(join(project, 'node_modules', name, 'dist', 'index.js'))
      }
      if (loader === 'require') expect(result.sameInstanceAsImport).toBe(true)

      expect(result.core).toEqual(EXPECTED_CORE)
      expect(result.sse).toEqual(EXPECTED_SSE)
      expect(result.openai).toEqual(EXPECTED_OPENAI)
    },
    120_000,
  )

  it('type-checks for TypeScript consumers, through import and require (nodenext)', async () => {
    const { code, stdout, stderr } = await runCommand(
      workspaceBin('tsc'),
      ['-p', 'tsconfig.json'],
      {
        cwd: project,
      },
    )
    expect(code, `${stdout}\n${stderr}`).toBe(0)
  }, 120_000)
})
