import { describe, expect, it } from 'vitest'
import {
  decodeFriendliFinishReason,
  encodeFriendliFinishReason,
  isFriendliUnfinished,
} from './map-friendli-finish-reason'

describe('decodeFriendliFinishReason', () => {
  it.each([
    { raw: 'stop', expected: { unified: 'stop', raw: 'stop' } },
    { raw: 'length', expected: { unified: 'length', raw: 'length' } },
    { raw: 'tool_calls', expected: { unified: 'tool-calls', raw: 'tool_calls' } },
    { raw: 'cancelled', expected: { unified: 'other', raw: 'cancelled' } },
    { raw: 'toString', expected: { unified: 'other', raw: 'toString' } },
  ])('$raw → $expected.unified', ({ raw, expected }) => {
    expect(decodeFriendliFinishReason(raw)).toEqual(expected)
  })
})

describe('isFriendliUnfinished', () => {
  it.each([
    { raw: 'null', unfinished: true },
    { raw: null, unfinished: true },
    { raw: undefined, unfinished: true },
    { raw: 'stop', unfinished: false },
    { raw: '', unfinished: false },
  ])('$raw → $unfinished', ({ raw, unfinished }) => {
    expect(isFriendliUnfinished(raw)).toBe(unfinished)
  })
})

describe('encodeFriendliFinishReason', () => {
  it.each([
    { reason: { unified: 'stop', raw: 'stop' }, expected: 'stop' },
    { reason: { unified: 'length' }, expected: 'length' },
    { reason: { unified: 'tool-calls', raw: 'function_call' }, expected: 'tool_calls' },
    { reason: { unified: 'tool-calls' }, expected: 'tool_calls' },
    { reason: { unified: 'content-filter', raw: 'content_filter' }, expected: 'stop' },
    { reason: { unified: 'other', raw: 'cancelled' }, expected: 'stop' },
    { reason: { unified: 'error' }, expected: 'stop' },
    { reason: undefined, expected: null },
  ] as const)('$reason.unified/$reason.raw → $expected', ({ reason, expected }) => {
    expect(encodeFriendliFinishReason(reason)).toBe(expected)
  })
})
