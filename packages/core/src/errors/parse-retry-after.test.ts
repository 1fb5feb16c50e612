import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './parse-retry-after'

const NOW = Date.parse('2025-01-01T00:00:00Z')

describe('parseRetryAfter', () => {
  it.each([
    ['delta-seconds', { 'retry-after': '30' }, 30],
    ['delta-seconds with spaces', { 'retry-after': ' 7 ' }, 7],
    ['a fraction, as openai-node reads it', { 'retry-after': '1.5' }, 1.5],
    ['zero', { 'retry-after': '0' }, 0],
    ['a negative delay is 0', { 'retry-after': '-5' }, 0],
    ['an IMF-fixdate', { 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }, 30],
    ['an RFC 850 date', { 'retry-after': 'Wednesday, 01-Jan-25 00:01:00 GMT' }, 60],
    ['an asctime date, which is GMT', { 'retry-after': 'Wed Jan  1 00:00:09 2025' }, 9],
    ['a date in the past is 0', { 'retry-after': 'Tue, 31 Dec 2024 23:00:00 GMT' }, 0],
    ['retry-after-ms wins', { 'retry-after-ms': '250', 'retry-after': '9' }, 0.25],
    ['retry-after-ms alone', { 'retry-after-ms': '1500' }, 1.5],
    ['a negative retry-after-ms is 0', { 'retry-after-ms': '-1' }, 0],
    ['garbage retry-after-ms falls back', { 'retry-after-ms': 'soon', 'retry-after': '4' }, 4],
    ['any header case', { 'Retry-After': '12' }, 12],
    ['a huge delay is kept', { 'retry-after': '99999999999' }, 99999999999],
    ['exponent notation, as parseFloat reads it', { 'retry-after': '1e3' }, 1000],
    [
      'an absurd but finite delay is kept for the caller to clamp',
      { 'retry-after': '1e308' },
      1e308,
    ],
  ])('%s', (_name, headers, expected) => {
    expect(parseRetryAfter(headers, NOW)).toBe(expected)
  })

  it.each([
    ['no headers', undefined],
    ['no retry-after', { 'content-type': 'text/plain' }],
    ['text', { 'retry-after': 'soon' }],
    ['a date without its zone', { 'retry-after': 'Wed, 01 Jan 2025 00:00:30' }],
    ['a number Date.parse would take as a year', { 'retry-after': '2025-01-01' }],
    ['infinity', { 'retry-after': '9'.repeat(400) }],
    ['NaN', { 'retry-after': 'NaN' }],
    ['Infinity spelt out', { 'retry-after': 'Infinity' }],
    ['empty', { 'retry-after': '' }],
    ['a prototype key only', JSON.parse('{"__proto__": {"retry-after": "5"}}')],
  ])('is undefined for %s', (_name, headers) => {
    expect(parseRetryAfter(headers, NOW)).toBeUndefined()
  })
})
