import type { FinishReason } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeElasticFinishReason, encodeElasticFinishReason } from './map-elastic-finish-reason'

describe('decodeElasticFinishReason', () => {
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool-calls'],
    ['function_call', 'tool-calls'],
    ['content_filter', 'content-filter'],
    ['cancelled', 'other'],
    ['toString', 'other'],
  ])('%s → %s, raw kept', (raw, unified) => {
    expect(decodeElasticFinishReason(raw)).toEqual({ unified, raw })
  })
})

describe('encodeElasticFinishReason', () => {
  it.each<[FinishReason, string]>([
    [{ unified: 'stop' }, 'stop'],
    [{ unified: 'length' }, 'length'],
    [{ unified: 'tool-calls' }, 'tool_calls'],
    [{ unified: 'content-filter' }, 'content_filter'],
    [{ unified: 'error' }, 'error'],
    [{ unified: 'other', raw: 'cancelled' }, 'cancelled'],
    [{ unified: 'tool-calls', raw: 'function_call' }, 'function_call'],
  ])('%j → %s (ES passes provider values through)', (reason, wire) => {
    expect(encodeElasticFinishReason(reason)).toBe(wire)
  })
})
