import { describe, expect, it } from 'vitest'
import { parseCliArguments } from './parse-cli-arguments'

describe('parseCliArguments', () => {
  it.each([
    [['--dialect', 'elastic', '--port', '9200'], { dialect: 'elastic', port: 9200 }],
    [['--dialect=friendli'], { dialect: 'friendli' }],
    [
      ['--dialect', 'openai', '--host', '0.0.0.0', '--api-key', 'sk-1', '--port', '0'],
      { dialect: 'openai', host: '0.0.0.0', apiKey: 'sk-1', port: 0 },
    ],
  ])('%j', (argv, options) => {
    expect(parseCliArguments(argv)).toEqual(options)
  })

  it.each([
    [[], /Usage: pnpm emulator --dialect <openai\|elastic\|octoai\|friendli>/],
    [['--dialect', 'anthropic'], /Usage/],
    [['--dialect', 'openai', '--port', '70000'], /Bad --port/],
    [['--dialect', 'openai', '--port', 'http'], /Bad --port/],
    [['--dialect', 'openai', '--verbose'], /Unknown option '--verbose'/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArguments(argv)).toThrow(message)
  })

  it.each([
    [['--dialect', 'acme'], { dialect: 'acme' }],
    [['--dialect', 'openai'], /Usage: pnpm emulator --dialect <acme> /],
  ])('chooses among the names given: %j', (argv, outcome) => {
    if (outcome instanceof RegExp) expect(() => parseCliArguments(argv, ['acme'])).toThrow(outcome)
    else expect(parseCliArguments(argv, ['acme'])).toEqual(outcome)
  })
})
