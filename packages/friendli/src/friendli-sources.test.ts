import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const sources = readFileSync(new URL('../SOURCES.md', import.meta.url), 'utf8')
const fixtures = readdirSync(new URL('./__fixtures__', import.meta.url))
const cited = new Set(
  sources.match(
    /friendli-[a-z0-9-]+\.(?:request|invalid|response|error)\.json|friendli-[a-z0-9-]+\.sse/g,
  ),
)

// Each vendor fact in SOURCES.md is a fixture, and the conformance kit (friendli-codec.test.ts)
// decodes, refuses or round-trips every fixture: a fact without a fixture, or a fixture
// without a source, fails here.
describe('SOURCES.md ↔ __fixtures__', () => {
  it.each([...cited])('the fixture %s that SOURCES.md cites exists', (name) => {
    expect(fixtures).toContain(name)
  })

  it.each(fixtures.filter((name) => !name.endsWith('.context.json')))(
    '%s has a source in SOURCES.md',
    (name) => {
      expect(cited.has(name)).toBe(true)
    },
  )
})
