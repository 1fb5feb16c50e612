import type { ErrorKind } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { createJsonLogger, type LogLevel } from '../log/logger'
import { createGatewayMetrics } from '../metrics/create-gateway-metrics'
import type { RequestEnd } from '../metrics/create-request-metrics'
import { endOfError, finishRequest } from './finish-request'
import { createRequestRecord } from './request-record'

function finish(status: number, end: RequestEnd, level: LogLevel = 'debug') {
  const lines: Record<string, unknown>[] = []
  const logger = createJsonLogger((line) => lines.push(JSON.parse(line)), { level })
  const metrics = createGatewayMetrics()
  const record = createRequestRecord('req-1', 'openai')
  metrics.requestStarted()
  finishRequest(record, status, end, logger, metrics, end === 'ok' ? undefined : 'why')
  return { lines, text: metrics.render() }
}

describe('finishRequest', () => {
  it.each([
    [200, 'ok', 'info'],
    [499, 'client_closed', 'info'],
    [502, 'upstream_error', 'warn'],
    [504, 'timed_out', 'warn'],
    [400, 'local_error', 'warn'],
    [503, 'local_error', 'error'],
    [500, 'local_error', 'error'],
  ] as const)('status %i, %s: one line at %s', (status, end, level) => {
    const { lines } = finish(status, end)
    expect(lines).toEqual([
      expect.objectContaining({ event: 'request', level, status, outcome: end }),
    ])
  })

  it('writes no unknown field: nothing about an upstream, times or tokens it never had', () => {
    const [line] = finish(400, 'local_error').lines
    expect(Object.keys(line ?? {}).sort()).toEqual(
      [
        'attempts',
        'durationMs',
        'error',
        'event',
        'inbound',
        'level',
        'outcome',
        'requestId',
        'status',
        'time',
      ].sort(),
    )
  })

  it('still counts the request in /metrics when its level is off', () => {
    const { lines, text } = finish(200, 'ok', 'silent')
    expect(lines).toEqual([])
    expect(text).toContain(
      'chatwire_request_duration_seconds_count{inbound="openai",upstream="none",outcome="ok"} 1\n',
    )
    expect(text).toContain('chatwire_in_flight_requests 0\n')
    expect(text).not.toContain('chatwire_tokens_total{')
    expect(text).not.toContain('chatwire_time_to_first_token_seconds_count')
  })
})

describe('endOfError', () => {
  it.each([
    ['internal', true, false, 'local_error'],
    ['timeout', true, true, 'local_error'],
    ['timeout', false, true, 'timed_out'],
    ['upstream', false, true, 'upstream_error'],
    ['rate_limit', false, true, 'upstream_error'],
    ['invalid_request', false, false, 'local_error'],
    ['not_found', false, false, 'local_error'],
    [undefined, false, true, 'upstream_error'],
  ] as [ErrorKind | undefined, boolean, boolean, RequestEnd][])(
    'kind %s, local %s, upstream tried %s → %s',
    (kind, local, tried, end) => {
      expect(endOfError(kind, local, tried)).toBe(end)
    },
  )
})
