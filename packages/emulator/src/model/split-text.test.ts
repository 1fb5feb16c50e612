import { describe, expect, it } from 'vitest'
import { splitText } from './split-text'

describe('splitText', () => {
  it.each([
    ['Hello there, world', undefined, ['Hello', ' there,', ' world']],
    ['  leading space', undefined, ['  leading', ' space']],
    ['abcdef', 3, ['ab', 'cd', 'ef']],
    ['abcde', 2, ['ab', 'cde']],
    ['ab', 5, ['a', 'b', ' ', 'a', 'b']],
    ['', undefined, []],
    ['', 4, []],
  ])('%j in %s chunks', (text, chunks, pieces) => {
    expect(splitText(text, chunks)).toEqual(pieces)
  })

  it('never cuts a surrogate pair', () => {
    const pieces = splitText('😀😀😀', 3)
    expect(pieces).toEqual(['😀', '😀', '😀'])
  })

  it('yields exactly the requested number of pieces, joined back to the (repeated) text', () => {
    const pieces = splitText('Hello world', 200)
    expect(pieces).toHaveLength(200)
    expect(pieces.join('').startsWith('Hello world Hello world')).toBe(true)
  })
})
