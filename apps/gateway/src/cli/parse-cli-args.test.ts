import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './parse-cli-args'

const DEFAULTS = { help: false, version: false, workers: 1, logLevel: 'info' }

describe('parseCliArgs', () => {
  it.each([
    [[], {}, {}],
    [['--config', 'gw.yaml'], {}, { config: 'gw.yaml' }],
    [
      ['--config=gw.json', '--port', '9000', '--host', '0.0.0.0'],
      {},
      { config: 'gw.json', port: 9000, host: '0.0.0.0' },
    ],
    [[], { PORT: '8080' }, { port: 8080 }],
    [['--port', '9000'], { PORT: '8080' }, { port: 9000 }],
    [['-h'], {}, { help: true }],
    [['--version'], {}, { version: true }],
    [['-v'], {}, { version: true }],
    [['--workers', '3'], {}, { workers: 3 }],
    [['--workers=auto'], {}, { workers: availableParallelism() }],
    [['--log-level', 'debug'], {}, { logLevel: 'debug' }],
    [[], { LOG_LEVEL: 'silent' }, { logLevel: 'silent' }],
    [['--log-level', 'error'], { LOG_LEVEL: 'debug' }, { logLevel: 'error' }],
  ])('%j with %j', (argv, env, expected) => {
    expect(parseCliArgs(argv, env)).toEqual({ ...DEFAULTS, ...expected })
  })

  it.each([
    [['--port', 'abc'], {}, "--port must be a port number 0–65535, got 'abc'"],
    [[], { PORT: '70000' }, "PORT must be a port number 0–65535, got '70000'"],
    [['--verbose'], {}, "Unknown option '--verbose'"],
    [['serve'], {}, "Unexpected argument 'serve' (chatwire takes only options)"],
    [['--port'], {}, "Option '-p, --port <value>' argument missing"],
    [['--workers', '0'], {}, "--workers must be 'auto' or a number 1–256, got '0'"],
    [['--workers', 'many'], {}, "--workers must be 'auto' or a number 1–256, got 'many'"],
    [
      ['--log-level', 'loud'],
      {},
      "--log-level must be one of debug, info, warn, error, silent, got 'loud'",
    ],
    [
      [],
      { LOG_LEVEL: 'trace' },
      "LOG_LEVEL must be one of debug, info, warn, error, silent, got 'trace'",
    ],
  ])('rejects %j %j on one line', (argv, env, message) => {
    expect(() => parseCliArgs(argv, env)).toThrow(new Error(message))
  })
})
