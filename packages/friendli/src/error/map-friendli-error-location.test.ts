import { describe, expect, it } from 'vitest'
import {
  decodeFriendliErrorLocation,
  encodeFriendliErrorLocation,
} from './map-friendli-error-location'

describe('decodeFriendliErrorLocation / encodeFriendliErrorLocation', () => {
  it.each([
    { loc: ['body', 'messages', 0, 'content'], param: 'messages[0].content' },
    { loc: ['body', 'tools', 2, 'function', 'parameters'], param: 'tools[2].function.parameters' },
    {
      loc: ['body', 'messages', 1, 'content', 0, 'image_url', 'url'],
      param: 'messages[1].content[0].image_url.url',
    },
    { loc: ['body', 'stop'], param: 'stop' },
  ])('$param', ({ loc, param }) => {
    expect(decodeFriendliErrorLocation(loc)).toBe(param)
    expect(encodeFriendliErrorLocation(param)).toEqual(loc)
  })

  it('roots a missing path at the body', () => {
    expect(encodeFriendliErrorLocation(undefined)).toEqual(['body'])
    expect(decodeFriendliErrorLocation(['body'])).toBe('')
  })

  it('keeps a location that is not rooted at the body', () => {
    expect(decodeFriendliErrorLocation(['header', 'x-friendli-team'])).toBe(
      'header.x-friendli-team',
    )
  })
})
