import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * Ties a codec package's `SOURCES.md` to its `src/__fixtures__`: each vendor fact the file lists
 * names a fixture (`<prefix>-….request|invalid|response|error.json` or `<prefix>-….sse`), and the
 * conformance kit decodes, refuses or round-trips every fixture; so a cited fixture that does not
 * exist, or a fixture no source cites, fails here. `srcDir` is the package's `src/` folder.
 */
export function describeSourcesFixtures(srcDir: URL, prefix: string): void {
  const sources = readFileSync(new URL('../SOURCES.md', srcDir), 'utf8')
  const fixtures = readdirSync(new URL('./__fixtures__', srcDir))
  const name = `${prefix}-[a-z0-9-]+`
  const cited = new Set(
    sources.match(
      new RegExp(`${name}\\.(?:request|invalid|response|error)\\.json|${name}\\.sse`, 'g'),
    ),
  )
  describe('SOURCES.md ↔ __fixtures__', () => {
    it.each([...cited])('the fixture %s that SOURCES.md cites exists', (fixture) => {
      expect(fixtures).toContain(fixture)
    })
    it.each(fixtures.filter((fixture) => !fixture.endsWith('.context.json')))(
      '%s has a source in SOURCES.md',
      (fixture) => {
        expect(cited.has(fixture)).toBe(true)
      },
    )
  })
}
