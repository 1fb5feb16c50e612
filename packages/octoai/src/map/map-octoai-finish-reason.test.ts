import type { FinishReason } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeOctoAIFinishReason, encodeOctoAIFinishReason } from './map-octoai-finish-reason'

describe('decodeOctoAIFinishReason', () => {
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool-calls'],
    ['content_filter', 'content-filter'],
    ['function_call', 'tool-calls'],
    ['cancelled', 'other'],
    ['eos_token', 'other'],
  ])('%s → %s, keeping the raw value', (wire, unified) => {
    expect(decodeOctoAIFinishReason(wire)).toEqual({ unified, raw: wire })
  })
})

describe('encodeOctoAIFinishReason', () => {
  it.each<[FinishReason, string]>([
    [{ unified: 'stop' }, 'stop'],
    [{ unified: 'length' }, 'length'],
    [{ unified: 'tool-calls' }, 'tool_calls'],
    [{ unified: 'content-filter' }, 'content_filter'],
    [{ unified: 'error' }, 'stop'],
    [{ unified: 'other' }, 'stop'],
    [{ unified: 'other', raw: 'cancelled' }, 'cancelled'],
    [{ unified: 'tool-calls', raw: 'function_call' }, 'function_call'],
    [{ unified: 'stop', raw: 'end_turn' }, 'stop'],
    [{ unified: 'length', raw: 'max_tokens' }, 'length'],
  ])('%j → %s', (reason, wire) => {
    expect(encodeOctoAIFinishReason(reason)).toBe(wire)
  })

  it.each(['stop', 'length', 'tool_calls', 'content_filter', 'function_call', 'cancelled'])(
    'round-trips %s',
    (wire) => {
      expect(encodeOctoAIFinishReason(decodeOctoAIFinishReason(wire))).toBe(wire)
    },
  )
})
