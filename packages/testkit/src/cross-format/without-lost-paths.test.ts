import { describe, expect, it } from 'vitest'
import { listCanonicalDifferences, toPathPattern } from './list-canonical-differences'
import { withoutLostPaths } from './without-lost-paths'

describe('withoutLostPaths', () => {
  it.each([
    ['a top-level field', { a: 1, b: 2 }, ['a'], { b: 2 }],
    ['a nested field', { a: { b: 1, c: 2 } }, ['a.b'], { a: { c: 2 } }],
    [
      'list items, the rest moving up (indices name the original items)',
      { tools: ['x', 'y', 'z'] },
      ['tools[0]', 'tools[2]'],
      { tools: ['y'] },
    ],
    ['a list whose every item is lost', { tools: ['x'], n: 1 }, ['tools[0]'], { n: 1 }],
    [
      'a field inside a list item',
      { messages: [{ name: 'n', content: 'c' }] },
      ['messages[0].name'],
      { messages: [{ content: 'c' }] },
    ],
    ['a path that is not there', { a: 1 }, ['b.c', 'a[3]'], { a: 1 }],
  ])('removes %s', (_name, value, paths, expected) => {
    expect(withoutLostPaths(value, paths)).toEqual(expected)
  })

  it('leaves its argument as it was', () => {
    const value = { tools: ['x', 'y'] }
    withoutLostPaths(value, ['tools[0]'])
    expect(value).toEqual({ tools: ['x', 'y'] })
  })
})

describe('listCanonicalDifferences', () => {
  it.each([
    ['equal values', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, []],
    ['a changed leaf', { a: { b: 1 } }, { a: { b: 2 } }, [{ path: 'a.b', before: 1, after: 2 }]],
    ['a lost leaf', { a: 1, b: [] }, { a: 1 }, [{ path: 'b', before: [], after: undefined }]],
    ['an added leaf', { a: 1 }, { a: 1, c: [3] }, [{ path: 'c[0]', before: undefined, after: 3 }]],
  ])('lists %s', (_name, before, after, expected) => {
    expect(listCanonicalDifferences(before, after)).toEqual(expected)
  })

  it('names a path by its shape', () => {
    expect(toPathPattern('messages[3].content[0].text')).toBe('messages[].content[].text')
  })
})
