import { describe, expect, it } from 'vitest'
import { createSafeLogger } from './create-safe-logger'
import { createJsonLogger, isLogLevel, type LineLevel, LOG_LEVELS, type LogLevel } from './logger'

const lineLevels: LineLevel[] = ['debug', 'info', 'warn', 'error']

/** Which levels each threshold writes. */
const table: [LogLevel | undefined, LineLevel[]][] = [
  ['debug', ['debug', 'info', 'warn', 'error']],
  ['info', ['info', 'warn', 'error']],
  [undefined, ['info', 'warn', 'error']],
  ['warn', ['warn', 'error']],
  ['error', ['error']],
  ['silent', []],
]

describe('createJsonLogger level', () => {
  it.each(table)('level %s writes %j', (level, written) => {
    const lines: string[] = []
    const logger = createJsonLogger((line) => lines.push(line), { level })
    for (const at of lineLevels) logger[at]('probe', { at })
    expect(lines.map((line) => JSON.parse(line).level)).toEqual(written)
    expect(lineLevels.filter((at) => logger.enabled(at))).toEqual(written)
    for (const line of lines) expect(line.endsWith('}\n')).toBe(true)
  })

  it.each(table)('a redacting wrapper over level %s keeps the same levels', (level, written) => {
    const lines: string[] = []
    const logger = createSafeLogger(
      createJsonLogger((line) => lines.push(line), { level }),
      (text) => text.replaceAll('sk-secret', '[redacted]'),
    )
    for (const at of lineLevels) logger[at]('probe', { key: 'sk-secret' })
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      written.map((at) => expect.objectContaining({ level: at, key: '[redacted]' })),
    )
  })

  it('builds no fields below the level: a getter on a dropped line is never read', () => {
    let reads = 0
    const fields = {
      get costly() {
        reads++
        return 'x'
      },
    }
    const logger = createSafeLogger(
      createJsonLogger(() => {}, { level: 'warn' }),
      (text) => text,
    )
    logger.debug('dropped', fields)
    logger.info('dropped', fields)
    expect(reads).toBe(0)
    logger.warn('kept', fields)
    expect(reads).toBeGreaterThan(0)
  })

  it.each([
    ...LOG_LEVELS.map((level) => [level, true] as const),
    ['verbose', false],
    ['INFO', false],
    ['', false],
    [3, false],
  ] as const)('isLogLevel(%j) is %s', (value, expected) => {
    expect(isLogLevel(value)).toBe(expected)
  })
})

// Regression (streaming CPU regression, BENCHMARKS.md): the line is spliced from the fields'
// own JSON instead of a spread copy; every line must stay the spread's bytes.
describe('createJsonLogger line bytes', () => {
  const spread =
    (level: string, event: string, fields?: Record<string, unknown>) => (line: string) => {
      const { time } = JSON.parse(line)
      return `${JSON.stringify({ time, level, event, ...fields })}\n`
    }
  it.each<[string, Record<string, unknown> | undefined]>([
    ['no fields', undefined],
    ['empty fields', {}],
    ['only undefined fields', { ttftMs: undefined, error: undefined }],
    [
      'a request line',
      {
        requestId: 'req_1',
        inbound: 'openai',
        key: undefined,
        route: '*',
        status: 200,
        stream: true,
        durationMs: 12.3,
        promptTokens: 19,
        dropped: undefined,
        error: 'quote " and newline \n',
      },
    ],
    ['fields naming time, level and event', { event: 'mine', level: 'custom', time: 't', a: 1 }],
    ['nested values', { usage: { prompt: 1 }, list: [1, 'two'], none: null }],
  ])('%s: as JSON.stringify({time, level, event, ...fields})', (_, fields) => {
    const lines: string[] = []
    createJsonLogger((line) => lines.push(line)).warn('an "event"', fields)
    expect(lines).toHaveLength(1)
    const line = lines[0] ?? ''
    expect(line).toBe(spread('warn', 'an "event"', fields)(line))
  })

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['nothing to change', { a: 'short', n: 1 }, { a: 'short', n: 1 }],
    ['a secret', { a: 'sk-secret here', n: 1 }, { a: '[redacted] here', n: 1 }],
    [
      'a long string',
      { a: 'x'.repeat(1200) },
      { a: expect.stringMatching(/^x{1000}…\[200 more\]$/) },
    ],
  ])(
    'the redacting wrapper with %s writes the bounded fields and leaves the caller’s object alone',
    (_, fields, written) => {
      const before = structuredClone(fields)
      const lines: string[] = []
      createSafeLogger(
        createJsonLogger((line) => lines.push(line)),
        (text) => text.replaceAll('sk-secret', '[redacted]'),
      ).info('probe', fields)
      expect(JSON.parse(lines[0] ?? '')).toEqual({
        time: expect.any(String),
        level: 'info',
        event: 'probe',
        ...written,
      })
      expect(fields).toEqual(before)
    },
  )
})
