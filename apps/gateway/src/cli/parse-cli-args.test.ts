import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './parse-cli-args'

describe('parseCliArgs', () => {
  it.each([
    [[], {}, { help: false }],
    [['--config', 'gw.yaml'], {}, { help: false, config: 'gw.yaml' }],
    [
      ['--config=gw.json', '--port', '9000', '--host', '0.0.0.0'],
      {},
      { help: false, config: 'gw.json', port: 9000, host: '0.0.0.0' },
    ],
    [[], { PORT: '8080' }, { help: false, port: 8080 }],
    [['--port', '9000'], { PORT: '8080' }, { help: false, port: 9000 }],
    [['-h'], {}, { help: true }],
  ])('%j with %j', (argv, env, expected) => {
    expect(parseCliArgs(argv, env)).toEqual(expected)
  })

  it.each([
    [['--port', 'abc'], {}, "--port must be a port number 0–65535, got 'abc'"],
    [[], { PORT: '70000' }, "PORT must be a port number 0–65535, got '70000'"],
    [['--verbose'], {}, "Unknown option '--verbose'"],
  ])('rejects %j %j', (argv, env, message) => {
    expect(() => parseCliArgs(argv, env)).toThrow(message)
  })
})
