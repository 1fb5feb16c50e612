import { describe, expect, it } from 'vitest'
import { malformedUpstream } from './malformed-upstream'

describe('malformedUpstream', () => {
  it('is a 502 upstream error naming the wire path', () => {
    expect(malformedUpstream('choices[0].message.tool_calls[0]', 'an object').toJSON()).toEqual({
      kind: 'upstream',
      status: 502,
      code: 'malformed_upstream_response',
      message:
        'Upstream response is malformed at choices[0].message.tool_calls[0]: expected an object',
    })
  })
  it('leaves the path out for the body itself', () => {
    expect(malformedUpstream('', 'an object').message).toBe(
      'Upstream response is malformed: expected an object',
    )
  })
})
