import { describe, expect, it } from 'vitest'
import { createUpstreamHeaders } from './create-upstream-headers'

describe('createUpstreamHeaders', () => {
  it.each([
    [true, 'text/event-stream'],
    [false, 'application/json'],
  ])('stream %s accepts %s, then the configured headers lower-cased', (stream, accept) => {
    const headers = createUpstreamHeaders({ headers: { 'X-Trace': 't', Accept: 'x/y' } }, stream)
    expect(headers).toEqual({ 'content-type': 'application/json', accept: 'x/y', 'x-trace': 't' })
    expect(createUpstreamHeaders({}, stream)).toEqual({
      'content-type': 'application/json',
      accept,
    })
  })
})
