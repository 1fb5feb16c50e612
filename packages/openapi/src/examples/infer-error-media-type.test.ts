import { describe, expect, it } from 'vitest'
import { inferErrorMediaType } from './infer-error-media-type'

describe('inferErrorMediaType', () => {
  it.each([
    [
      'a Content-Type header, any case, without parameters',
      { 'Content-Type': 'Text/Event-Stream; charset=utf-8' },
      '{}',
      'text/event-stream',
    ],
    ['a JSON body without headers', undefined, '{"error":{"message":"x"}}', 'application/json'],
    ['an HTML page without headers', {}, ' <html><body>502</body></html>', 'text/html'],
    ['plain text without headers', { 'retry-after': '1' }, 'Too Many Requests', 'text/plain'],
  ])('%s', (_title, headers, body, expected) => {
    expect(inferErrorMediaType({ status: 500, headers, body })).toBe(expected)
  })
})
