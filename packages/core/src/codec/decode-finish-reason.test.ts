import { describe, expect, it } from 'vitest'
import { decodeFinishReason } from './decode-finish-reason'

const TABLE = { stop: 'stop', tool_calls: 'tool-calls' } as const

describe('decodeFinishReason', () => {
  it.each([
    ['stop', { unified: 'stop', raw: 'stop' }],
    ['tool_calls', { unified: 'tool-calls', raw: 'tool_calls' }],
    ['cancelled', { unified: 'other', raw: 'cancelled' }],
    ['toString', { unified: 'other', raw: 'toString' }],
    ['', { unified: 'other', raw: '' }],
  ])('%j', (raw, expected) => {
    expect(decodeFinishReason(raw, TABLE)).toEqual(expected)
  })
})
