import { beforeAll, describe, expect, it } from 'vitest'
import { listPublicPackages } from '../packaging/list-public-packages'
import { buildWithTurbo } from '../packaging/pack-with-pnpm'
import { type BundleFrom, type BundleSize, measureBundle } from './measure-bundle'

// Gzip budgets, in bytes, of each package bundled for the browser with everything it exports
// (`export * from '@chatwire/<name>'`, minified; see measure-bundle.ts), core included in every
// codec's, measured both from the sources and from the built `dist` users install. Before
// chatwire read schemas itself these were 38.8 KB (core), 47.7 KB (openai) … 48.9 KB (friendli),
// ~115 KB minified of it TypeBox's compiler, errors and value modules and its whole `Type`
// object: putting any of those back costs 12 KB or more and fails here. The `dist` is one ESM
// file per module (scripts/define-module-build.ts): as one file per package it was 23.9 KB
// (openai) … 31.4 KB (friendli), the unused modules of core and openai kept.
// The target for core + one codec is 20 KB (20 480), every codec within it. OpenAI and
// Friendli got there by keeping their schemas' descriptions (3 KB of gzip each, the API
// documentation docs/ is generated from) in their `./docs` entry, which the OpenAPI generator
// applies; Elastic and OctoAI do the same (~2 KB each), so every codec has one shape.
const BUDGETS: Record<string, number> = {
  core: 12_288,
  sse: 3_072,
  openai: 20_480,
  elastic: 20_480,
  octoai: 20_480,
  friendli: 20_480,
}
const CASES = Object.entries(BUDGETS).flatMap(([name, budget]) =>
  (['source', 'dist'] as const).map((from) => ({ name, from, budget })),
)

const measured = new Map<string, BundleSize>()
const sizeOf = async (name: string, from: BundleFrom) => {
  const key = `${name} ${from}`
  const size = measured.get(key) ?? (await measureBundle(name, from))
  measured.set(key, size)
  return size
}

// The `dist` of the measured packages (turbo: a cache hit when `npm test` built them already).
beforeAll(async () => {
  const names = new Set(Object.keys(BUDGETS).map((name) => `@chatwire/${name}`))
  await buildWithTurbo(listPublicPackages().filter(({ name }) => names.has(name)))
}, 600_000)

describe('browser bundle size (esbuild, minified, gzip -9)', () => {
  it.each(CASES)('$name from $from stays within $budget bytes', async ({ name, from, budget }) => {
    const size = await sizeOf(name, from)
    const top = size.inputs.slice(0, 8).map(([path, bytes]) => `${bytes} ${path}`)
    console.log(
      `${name} (${from}): ${size.minified} B minified, ${size.gzip} B gzip (budget ${budget})\n  ${top.join('\n  ')}`,
    )
    expect(
      size.gzip,
      `${name} grew past its budget; largest inputs:\n${top.join('\n')}`,
    ).toBeLessThanOrEqual(budget)
  })

  it.each(CASES)(
    '$name from $from bundles none of TypeBox but its symbols',
    async ({ name, from }) => {
      const typebox = (await sizeOf(name, from)).inputs.filter(([path]) =>
        path.startsWith('@sinclair/typebox'),
      )
      expect(typebox.reduce((sum, [, bytes]) => sum + bytes, 0)).toBeLessThan(512)
    },
  )
})
