import { describe, expect, it } from 'vitest'
import { EXCERPT_LENGTH, excerpt, excerptJson } from './excerpt'

describe('excerpt', () => {
  it.each([
    ['', ''],
    ['short', 'short'],
    ['x'.repeat(EXCERPT_LENGTH), 'x'.repeat(EXCERPT_LENGTH)],
  ])('keeps a value of at most the limit byte-identical: %j', (text, expected) => {
    expect(excerpt(text)).toBe(expected)
  })

  it('cuts a long value and says how much was left out', () => {
    expect(excerpt('abcdefghij', 4)).toBe('abcd…[6 more]')
    expect(excerpt('x'.repeat(30_000_000))).toBe(`${'x'.repeat(200)}…[29999800 more]`)
  })

  it('never cuts a surrogate pair in half', () => {
    expect(excerpt('ab😀cd', 3)).toBe('ab…[4 more]')
  })
})

describe('excerptJson', () => {
  it.each([
    ['hot', '"hot"'],
    [7, '7'],
    [[1, 2], '[1,2]'],
    [{ a: null }, '{"a":null}'],
    [undefined, 'undefined'],
  ])('quotes %j as JSON.stringify does when short', (value, expected) => {
    expect(excerptJson(value)).toBe(expected)
  })

  it('cuts a long string before serialising it', () => {
    expect(excerptJson('y'.repeat(1000), 5)).toBe('"yyyyy"…[995 more]')
  })

  it('names a value too deep to serialise by its type instead of throwing', () => {
    let deep: unknown[] = []
    for (let level = 0; level < 100_000; level++) deep = [deep]
    expect(excerptJson(deep)).toBe('an array')
  })
})
