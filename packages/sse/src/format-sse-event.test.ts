import type { SseEvent, SseFraming } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { formatSseEvent } from './format-sse-event'
import { parseChunks } from './test-support/parse-chunks'

describe('formatSseEvent', () => {
  it.each<[string, SseEvent, SseFraming | undefined, string]>([
    ['data only', { data: '{"a":1}' }, undefined, 'data: {"a":1}\n\n'],
    [
      'event first',
      { event: 'message', data: '[DONE]' },
      undefined,
      'event: message\ndata: [DONE]\n\n',
    ],
    [
      'all fields in order',
      { retry: 10, id: '7', data: 'x', event: 'e' },
      undefined,
      'event: e\ndata: x\nid: 7\nretry: 10\n\n',
    ],
    ['empty data', { data: '' }, undefined, 'data: \n\n'],
    ['empty event left out', { event: '', data: 'x' }, undefined, 'data: x\n\n'],
    ['empty id kept', { data: 'x', id: '' }, undefined, 'data: x\nid: \n\n'],
    ['LF in data', { data: 'a\nb' }, undefined, 'data: a\ndata: b\n\n'],
    ['CRLF and CR in data', { data: 'a\r\nb\rc' }, undefined, 'data: a\ndata: b\ndata: c\n\n'],
    ['blank lines in data', { data: '\n\n' }, undefined, 'data: \ndata: \ndata: \n\n'],
    [
      'Elastic BOM per event',
      { event: 'message', data: '[DONE]' },
      { bomPerEvent: true },
      '\uFEFFevent: message\ndata: [DONE]\n\n',
    ],
    ['no BOM when framing says no', { data: 'x' }, { bomPerEvent: false }, 'data: x\n\n'],
  ])('%s', (_name, event, framing, wire) => {
    expect(formatSseEvent(event, framing)).toBe(wire)
  })

  it.each<[string, SseEvent]>([
    ['LF in event', { event: 'a\nb', data: 'x' }],
    ['CR in event', { event: 'a\rb', data: 'x' }],
    ['LF in id', { id: '1\n', data: 'x' }],
    ['CR in id', { id: '\r1', data: 'x' }],
    ['NUL in id', { id: 'a\0b', data: 'x' }],
    ['negative retry', { retry: -1, data: 'x' }],
    ['fractional retry', { retry: 1.5, data: 'x' }],
  ])('throws a TypeError for %s', (_name, event) => {
    expect(() => formatSseEvent(event)).toThrow(TypeError)
  })
})

describe('formatSseEvent then createSseParser', () => {
  it.each<[string, SseEvent, SseFraming | undefined, SseEvent]>([
    ['multi-line data', { data: 'one\ntwo\n\nfour' }, undefined, { data: 'one\ntwo\n\nfour' }],
    ['CRLF data reads back as LF', { data: 'a\r\nb\rc' }, undefined, { data: 'a\nb\nc' }],
    [
      'BOM framing',
      { event: 'message', data: '{"id":"x"}' },
      { bomPerEvent: true },
      { event: 'message', data: '{"id":"x"}' },
    ],
    [
      'every field',
      { event: 'tool_status', data: ' padded ', id: 'i-1', retry: 0 },
      undefined,
      { event: 'tool_status', data: ' padded ', id: 'i-1', retry: 0 },
    ],
    ['UTF-8 and colons', { data: '日本: 🙂' }, { bomPerEvent: true }, { data: '日本: 🙂' }],
  ])('%s', (_name, event, framing, back) => {
    const wire = formatSseEvent(event, framing).repeat(2)
    expect(parseChunks([new TextEncoder().encode(wire)]).events).toEqual([back, back])
  })
})
