import { describe, expect, it } from 'vitest'
import { type BundleSize, measureBundle } from './measure-bundle'

// Gzip budgets, in bytes, of each package bundled for the browser with everything it exports
// (`export * from '@chatwire/<name>'`, minified; see measure-bundle.ts), core included in every
// codec's. Before chatwire read schemas itself these were 38.8 KB (core), 47.7 KB (openai) …
// 48.9 KB (friendli), ~115 KB minified of it TypeBox's compiler, errors and value modules and
// its whole `Type` object: putting any of those back costs 12 KB or more and fails here.
// The target for core + one codec is 20 KB (20 480). OpenAI and Friendli are not there
// yet: each exports many schemas whose descriptions and examples (the API documentation they
// carry, which docs/ is generated from) are about 2.5 KB of their gzip alone.
const BUDGETS: Record<string, number> = {
  core: 12_288,
  sse: 3_072,
  openai: 21_504,
  elastic: 20_480,
  octoai: 20_480,
  friendli: 22_528,
}

const measured = new Map<string, BundleSize>()
const sizeOf = async (name: string) => {
  const size = measured.get(name) ?? (await measureBundle(name))
  measured.set(name, size)
  return size
}

describe('browser bundle size (esbuild, minified, gzip -9)', () => {
  it.each(Object.entries(BUDGETS))('%s stays within %i bytes', async (name, budget) => {
    const size = await sizeOf(name)
    const top = size.inputs.slice(0, 8).map(([path, bytes]) => `${bytes} ${path}`)
    console.log(
      `${name}: ${size.minified} B minified, ${size.gzip} B gzip (budget ${budget})\n  ${top.join('\n  ')}`,
    )
    expect(
      size.gzip,
      `${name} grew past its budget; largest inputs:\n${top.join('\n')}`,
    ).toBeLessThanOrEqual(budget)
  })

  it.each(Object.keys(BUDGETS))('%s bundles none of TypeBox but its symbols', async (name) => {
    const typebox = (await sizeOf(name)).inputs.filter(([path]) =>
      path.startsWith('@sinclair/typebox'),
    )
    expect(typebox.reduce((sum, [, bytes]) => sum + bytes, 0)).toBeLessThan(512)
  })
})
