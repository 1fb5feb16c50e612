import { describe, expect, it } from 'vitest'
import { splitArguments } from './split-arguments'

describe('splitArguments', () => {
  it('cuts inside keys and values, and the fragments join back to the text', () => {
    const text = '{"location":"sample location","unit":"celsius"}'
    const fragments = splitArguments(text)
    expect(fragments.join('')).toBe(text)
    expect(fragments.length).toBe(6)
    expect(fragments[0]).toBe('{"locat')
  })

  it.each([
    ['{}', ['{', '}']],
    ['{"a":1}', ['{"a', '":1}']],
  ])('splits a short text %s in two', (text, fragments) => {
    expect(splitArguments(text)).toEqual(fragments)
  })

  it('keeps surrogate pairs whole', () => {
    const text = `{"e":"${'😀'.repeat(20)}"}`
    for (const fragment of splitArguments(text)) {
      expect(fragment).toBe(Buffer.from(fragment, 'utf8').toString('utf8'))
      expect(/[\ud800-\udbff]$/.test(fragment)).toBe(false)
    }
  })

  it('stops at 16 fragments for long arguments', () => {
    expect(splitArguments(`{"k":"${'x'.repeat(1000)}"}`)).toHaveLength(16)
  })
})
