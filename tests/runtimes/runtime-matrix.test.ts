import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRuntimeBundle } from './build-runtime-bundle'
import { collectRuntimeFixtures } from './collect-runtime-fixtures'
import { runBundleInChromium } from './run-bundle-in-chromium'
import { runBundleInCli } from './run-bundle-in-cli'
import { runRuntimeCases } from './run-runtime-cases'
import type { CaseResult, RuntimeInput, RuntimeReport } from './runtime-input'

// The codecs' conformance cases, bundled once with esbuild into one self-contained ES module,
// run in Node, Bun, Deno and headless Chromium. Each case's output must be exactly what Node
// computes here from the sources. Workers: the gateway, codecs and all, runs on workerd in
// apps/gateway-workers/src/e2e/workerd-matrix.test.ts.

let dir: string
let bundle: string
let input: RuntimeInput
let node: RuntimeReport
/** The cases Node ran in-process, in order. */
let names: string[]

const summary = ({ results }: RuntimeReport): CaseResult[] =>
  results.map(({ name, passed }) => ({ name, passed, problems: [] }))
const failures = ({ results }: RuntimeReport) => results.filter(({ passed }) => !passed)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chatwire-runtimes-'))
  const fixtures = collectRuntimeFixtures()
  const outcomes = await runRuntimeCases(fixtures)
  const expected = Object.fromEntries(
    outcomes.map(({ name, output }) => [name, JSON.stringify(output)]),
  )
  names = outcomes.map(({ name }) => name)
  input = { fixtures, expected }
  bundle = await buildRuntimeBundle(input, dir)
  node = await runBundleInCli('node', bundle, dir)
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the runtime matrix', () => {
  it('has one uniquely named case per fixture, validator row and SSE parser row', () => {
    expect(new Set(names).size).toBe(names.length)
    const fixtureCount = input.fixtures.reduce(
      (sum, set) =>
        sum +
        set.requests.length +
        set.invalid.length +
        set.responses.length +
        set.streams.length +
        set.errors.length,
      0,
    )
    expect(names.filter((name) => name.startsWith('core validator ')).length).toBeGreaterThan(0)
    expect(names.filter((name) => name.startsWith('sse parser ')).length).toBeGreaterThan(0)
    expect(
      names.filter((name) => !name.startsWith('core validator ') && !name.startsWith('sse parser '))
        .length,
    ).toBe(fixtureCount)
    expect(node.results.map(({ name }) => name)).toEqual(names)
  })

  it('passes every case in Node, running the bundle', () => {
    expect(node.runtime).toMatch(/^node \d+\./)
    expect(failures(node)).toEqual([])
  })

  it("fails, in the bundle, the one case whose expected output is not Node's", async () => {
    const name = 'elastic stream elastic-text'
    const altered = structuredClone(input)
    altered.expected[name] = altered.expected[name]!.replace('Elastic', 'Elast1c')
    const tampered = join(dir, 'tampered')
    mkdirSync(tampered)
    const report = await runBundleInCli('node', await buildRuntimeBundle(altered, tampered), dir)
    expect(failures(report).map((result) => result.name)).toEqual([name])
  })

  it.each(['bun', 'deno'] as const)('passes the same cases in %s', async (runtime) => {
    const report = await runBundleInCli(runtime, bundle, dir)
    expect(report.runtime).toMatch(new RegExp(`^${runtime} \\d+\\.`))
    expect(failures(report)).toEqual([])
    expect(summary(report)).toEqual(summary(node))
  })

  it('passes the same cases in headless Chromium', async () => {
    const report = await runBundleInChromium(bundle)
    expect(report.runtime).toMatch(/HeadlessChrome\/\d+/)
    expect(failures(report)).toEqual([])
    expect(summary(report)).toEqual(summary(node))
  })
})
