import { describe, expect, it } from 'vitest'
import { MAX_REQUEST_ID_CHARS, readRequestId } from './read-request-id'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('readRequestId', () => {
  it.each([
    ['a UUID', '6f1c2a3e-5b7d-4e8f-9a0b-1c2d3e4f5a6b'],
    ['an OpenAI-style id', 'req_8a3f0c1d2e4b5a6978'],
    ['a W3C traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['a base64 id', 'dGVzdC9pZA+/=='],
    ['a scoped id', 'gw@edge-1:42.7'],
    ['the longest allowed', 'x'.repeat(MAX_REQUEST_ID_CHARS)],
  ])('keeps %s', (_name, id) => {
    expect(readRequestId(id)).toBe(id)
  })

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['one past the limit', 'x'.repeat(MAX_REQUEST_ID_CHARS + 1)],
    ['a megabyte', 'x'.repeat(1 << 20)],
    ['CR LF (a forged log line)', 'abc\r\n{"event":"forged"}'],
    ['a bare LF', 'abc\ndef'],
    ['a tab', 'abc\tdef'],
    ['a space', 'abc def'],
    ['a quote', 'abc"def'],
    ['non-ASCII (latin-1 as Node reads it)', 'caf\u00e9'],
    ['non-ASCII (emoji)', 'id-\u{1F600}'],
    ['a NUL', 'a\u0000b'],
    ['HTML', '<script>'],
  ])('replaces %s with a generated UUID', (_name, header) => {
    const id = readRequestId(header)
    expect(id).toMatch(UUID)
    expect(id).not.toBe(header)
    expect(readRequestId(header)).not.toBe(id)
  })
})
