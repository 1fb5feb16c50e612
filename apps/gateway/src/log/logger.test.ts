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
