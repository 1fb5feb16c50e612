import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installWithNpm } from './install-with-npm'
import { listPublicPackages } from './list-public-packages'
import { buildWithTurbo, packWithPnpm } from './pack-with-pnpm'
import {
  blockModule,
  blockName,
  compileBlocks,
  readRunnableBlocks,
  shellScript,
} from './prepare-readme-blocks'
import { describeResult, runCommand } from './run-command'
import { findFreePort, type ServerProcess, startServerProcess } from './start-server-process'

// Every public package packed by pnpm and installed with plain npm into an empty project, then
// used the way the READMEs say: the library examples run with node, the `chatwire` bin serves.
const packages = listPublicPackages()
const libraries = packages.filter(({ name }) => name !== '@chatwire/gateway')
const blocks = readRunnableBlocks()
let root: string
let app: string
let gateway: ServerProcess

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chatwire-npm-install-'))
  app = join(root, 'app')
  mkdirSync(join(root, 'tarballs'))
  mkdirSync(app)
  await buildWithTurbo(packages)
  const tarballs = await packWithPnpm(packages, join(root, 'tarballs'))
  await installWithNpm(app, tarballs)
  const port = await findFreePort()
  gateway = await startServerProcess(
    join(app, 'node_modules/.bin/chatwire'),
    ['--port', `${port}`],
    {
      cwd: app,
      port,
    },
  )
})

afterAll(async () => {
  await gateway?.stop()
  if (root) rmSync(root, { recursive: true, force: true })
})

function readInstalledManifest(name: string) {
  const text = readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')
  return JSON.parse(text) as Record<string, Record<string, string> | undefined>
}

describe('packed by pnpm, installed with npm', () => {
  it('publishes the ten public packages, the gateway among them', () => {
    expect(packages.map(({ name }) => name)).toContain('@chatwire/gateway')
    expect(packages.map(({ name }) => name)).not.toContain('@chatwire/testkit')
  })

  it.each(packages)('$name depends on real version ranges, not workspace:', ({ name }) => {
    const manifest = readInstalledManifest(name)
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
      for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
        expect(range, `${name} ${field}.${dependency}`).not.toMatch(/^workspace:/)
        const sibling = packages.find((candidate) => candidate.name === dependency)
        if (sibling) expect(range, `${name} → ${dependency}`).toBe(`^${sibling.version}`)
      }
  })

  it('the gateway bundle inlines the workspace packages: it depends on none of them', () => {
    const dependencies = Object.keys(readInstalledManifest('@chatwire/gateway').dependencies ?? {})
    expect(dependencies.filter((name) => name.startsWith('@chatwire/'))).toEqual([])
  })

  it.each(libraries)('$name loads with import and with require', async ({ name }) => {
    const imported = await runCommand(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('${name}'); console.log(Object.keys(m).length)`,
      ],
      { cwd: app, timeoutMs: 30_000 },
    )
    expect(imported.code, describeResult(`import ${name}`, imported)).toBe(0)
    expect(Number(imported.stdout.trim())).toBeGreaterThan(0)
    const required = await runCommand(
      process.execPath,
      ['-e', `console.log(Object.keys(require('${name}')).length)`],
      { cwd: app, timeoutMs: 30_000 },
    )
    expect(required.code, describeResult(`require ${name}`, required)).toBe(0)
    expect(Number(required.stdout.trim())).toBeGreaterThan(0)
  })
})

describe('the installed chatwire command', () => {
  it('prints the version of the installed package with --version', async () => {
    const { version } = readInstalledManifest('@chatwire/gateway') as unknown as { version: string }
    const result = await runCommand(join(app, 'node_modules/.bin/chatwire'), ['--version'], {
      cwd: app,
      timeoutMs: 30_000,
    })
    expect(result.code, describeResult('chatwire --version', result)).toBe(0)
    expect(result.stdout.trim()).toBe(version)
  })

  it('answers /healthz', async () => {
    const response = await fetch(`${gateway.url}/healthz`)
    expect(response.status).toBe(200)
  })

  it('serves a chat completion from its embedded default to the OpenAI SDK, plain and streamed', async () => {
    const client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: 'not-needed', maxRetries: 0 })
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello from an npm install' }],
    })
    expect(completion.choices[0]?.message.content).toContain('Hello from an npm install')
    const stream = await client.chat.completions.create({
      model: 'elastic-chat',
      stream: true,
      messages: [{ role: 'user', content: 'Streamed through Elastic [[chunks:3]]' }],
    })
    let text = ''
    let finish: string | null | undefined
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      finish = chunk.choices[0]?.finish_reason ?? finish
    }
    expect(text).toContain('Streamed through Elastic')
    expect(finish).toBe('stop')
  })

  it('serves the API reference with the Swagger UI assets of the installed swagger-ui-dist', async () => {
    const page = await fetch(`${gateway.url}/docs`)
    expect(page.status).toBe(200)
    const script = /src="(\/docs\/[^"]+\.js)"/.exec(await page.text())?.[1]
    expect(script).toBeDefined()
    const asset = await fetch(`${gateway.url}${script}`)
    expect(asset.status).toBe(200)
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000)
  })
})

describe('README blocks marked <!-- run -->, against the installed packages', () => {
  let compileErrors: string

  beforeAll(async () => {
    compileErrors = await compileBlocks(
      app,
      blocks.filter(({ language }) => language !== 'sh'),
    )
  })

  it('finds the root README library example among them', () => {
    expect(blocks.some(({ file, language }) => file === 'README.md' && language === 'ts')).toBe(
      true,
    )
  })

  const programs = blocks.filter(({ language }) => language !== 'sh')
  it.each(programs.map((block) => ({ name: blockName(block), block })))(
    '$name type-checks and runs with node',
    async ({ name, block }) => {
      const errors = compileErrors.split('\n').filter((line) => line.includes(`${name}.`))
      expect(errors, compileErrors).toEqual([])
      expect(compileErrors, 'tsc failed').toBe('')
      const result = await runCommand(process.execPath, [blockModule(app, block)], {
        cwd: app,
        timeoutMs: 30_000,
      })
      expect(result.code, describeResult(`${block.file}:${block.line}`, result)).toBe(0)
    },
  )

  it('the root README library example turns an Elasticsearch stream into OpenAI SSE ending in [DONE]', async () => {
    const example = programs.find(({ file }) => file === 'README.md')
    if (!example) throw new Error('no runnable ts block in README.md')
    const result = await runCommand(process.execPath, [blockModule(app, example)], {
      cwd: app,
      timeoutMs: 30_000,
    })
    expect(result.stdout).toMatch(/data: \{"id":"c1"[^\n]*"content":"Hi"/)
    expect(result.stdout.trimEnd().endsWith('data: [DONE]')).toBe(true)
  })

  const scripts = blocks.filter(({ language }) => language === 'sh')
  it.each(scripts.map((block) => ({ name: blockName(block), block })))(
    '$name runs against the installed gateway',
    async ({ block }) => {
      const result = await runCommand('sh', ['-c', shellScript(block, gateway.url)], {
        cwd: app,
        timeoutMs: 60_000,
      })
      expect(result.code, describeResult(`${block.file}:${block.line}`, result)).toBe(0)
    },
  )
})
