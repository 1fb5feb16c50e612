import { describe, expect, it } from 'vitest'
import { decodeOctoAIErrorLocation, encodeOctoAIErrorLocation } from './map-octoai-error-location'

describe('OctoAI error locations', () => {
  it.each<[string | undefined, (string | number)[]]>([
    [undefined, ['body']],
    ['temperature', ['body', 'temperature']],
    ['messages[0].content', ['body', 'messages', 0, 'content']],
    [
      'messages[12].content[3].image_url.url',
      ['body', 'messages', 12, 'content', 3, 'image_url', 'url'],
    ],
    ['tools[0].function.name', ['body', 'tools', 0, 'function', 'name']],
  ])('%s ⇄ %j', (param, loc) => {
    expect(encodeOctoAIErrorLocation(param)).toEqual(loc)
    expect(decodeOctoAIErrorLocation(loc)).toBe(param)
  })

  it.each<[(string | number)[], string | undefined]>([
    [['query', 'api-version'], 'api-version'],
    [['path', 'model'], 'model'],
    [['messages', 1, 'role'], 'messages[1].role'],
    [[], undefined],
  ])('decodes %j as %s', (loc, param) => {
    expect(decodeOctoAIErrorLocation(loc)).toBe(param)
  })
})
