// RFC 9110 §5.6.7 / §10.2.3: `Retry-After: <delta-seconds> | <HTTP-date>`, with the three date
// forms a recipient must accept. Case-insensitive, as some servers lower-case them.
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const TIME = '\\d{2}:\\d{2}:\\d{2}'
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`, 'i')
const RFC_850_DATE = new RegExp(`^${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`, 'i')
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} (?: \\d|\\d{2}) ${TIME} \\d{4}$`, 'i')
// delta-seconds is 1*DIGIT; a sign, a fraction and an exponent are tolerated, as SDK clients
// that read the header with parseFloat accept them (`1e308` is a number there, clamped by
// whoever acts on it).
const NUMBER = /^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i

/** A header by name, own keys only, whatever the case the caller stored it in. */
function readHeader(headers: Record<string, string>, name: string): string | undefined {
  if (Object.hasOwn(headers, name)) return headers[name]
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key]
  return undefined
}

/** A number of `unit`-long steps as seconds: negative → 0, not finite → `undefined`. */
function parseDelay(value: string | undefined, unitSeconds: number): number | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (!NUMBER.test(text)) return undefined
  const seconds = Number(text) * unitSeconds
  return Number.isFinite(seconds) ? Math.max(0, seconds) : undefined
}

function parseHttpDate(value: string | undefined, now: number): number | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  // asctime has no zone: it is GMT by definition, not the machine's local time.
  const date = ASCTIME_DATE.test(text)
    ? Date.parse(`${text} GMT`)
    : IMF_FIXDATE.test(text) || RFC_850_DATE.test(text)
      ? Date.parse(text)
      : Number.NaN
  return Number.isFinite(date) ? Math.max(0, Math.ceil((date - now) / 1000)) : undefined
}

/**
 * Seconds to wait before retrying, from an upstream's response headers (lower-case names
 * expected, any case accepted): `retry-after-ms` first, as SDK clients read it in their retry
 * loops, then `Retry-After` as delta-seconds or an HTTP-date
 * relative to `now`. A date in the past or a negative delay is 0; garbage is `undefined`.
 * Large values are kept: whoever acts on them (the gateway) clamps.
 */
export function parseRetryAfter(
  headers: Record<string, string> | undefined,
  now: number = Date.now(),
): number | undefined {
  if (headers === undefined || headers === null) return undefined
  const milliseconds = parseDelay(readHeader(headers, 'retry-after-ms'), 1 / 1000)
  if (milliseconds !== undefined) return milliseconds
  const value = readHeader(headers, 'retry-after')
  return parseDelay(value, 1) ?? parseHttpDate(value, now)
}
