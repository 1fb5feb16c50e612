import { describe, expect, it } from 'vitest'
import { formatSseComment } from './format-sse-comment'
import { parseChunks } from './test-support/parse-chunks'

describe('formatSseComment', () => {
  it.each([
    ['keep-alive', ': keep-alive\n\n'],
    ['', ': \n\n'],
    ['two\nlines', ': two\n: lines\n\n'],
    ['cr\r\ncrlf\rcr', ': cr\n: crlf\n: cr\n\n'],
  ])('%j', (text, wire) => {
    expect(formatSseComment(text)).toBe(wire)
  })

  it('reads back as comments only, never as a field', () => {
    const parsed = parseChunks([formatSseComment('ping\ndata: injected')])
    expect(parsed).toEqual({ events: [], comments: ['ping', 'data: injected'], retries: [] })
  })
})
