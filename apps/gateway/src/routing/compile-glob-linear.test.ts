import { describe, expect, it } from 'vitest'
import { compileGlob } from './compile-glob'

// Regression: a RegExp compiled from `meta-*-*-*-instruct` backtracked for ~37 s on a 12 KB
// model name and froze the event loop. The matcher must not backtrack; this table runs
// adversarial names that took seconds before (the test has vitest's default 5 s timeout).
describe('compileGlob on adversarial names (regression: backtracking froze the event loop)', () => {
  it.each([
    ['meta-*-*-*-instruct', `meta-${'-'.repeat(12_000)}`, false],
    ['meta-*-*-*-instruct', `meta-${'a-'.repeat(6_000)}instruct`, true],
    ['*a*a*a*a*a*b', 'a'.repeat(12_000), false],
    ['?*?*?*?*x', 'y'.repeat(12_000), false],
  ])('%s against a %#-th 12 KB name: %s', (glob, name, expected) => {
    const matches = compileGlob(glob)
    for (let repeat = 0; repeat < 20; repeat++) expect(matches(name)).toBe(expected)
  })
})
