// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings test the literal ${ENV} syntax
import { describe, expect, it } from 'vitest'
import { parseConfigText } from './parse-config-text'
import { validateConfig } from './validate-config'

const ISSUE_YAML = `
server: { host: 127.0.0.1, port: 8787 }
auth: { keys: ["\${GATEWAY_KEY}"] }
upstreams:
  openai-main: { dialect: openai,   baseURL: "https://api.openai.com/v1", apiKey: "\${OPENAI_API_KEY}" }
  es:          { dialect: elastic,  baseURL: "https://es.example:9200", apiKey: "\${ES_API_KEY}", inferenceId: my-chat }
  friendli:    { dialect: friendli, baseURL: "https://api.friendli.ai/serverless/v1", apiKey: "\${FRIENDLI_TOKEN}", team: "\${FRIENDLI_TEAM}" }
  octo:        { dialect: octoai,   baseURL: "https://text.octoai.run/v1", apiKey: "\${OCTOAI_TOKEN}" }
routes:
  - { match: "gpt-*", upstream: openai-main, model: gpt-4o-mini, fallbacks: [friendli] }
  - { match: "*", upstream: friendli }
`
const ENV = {
  GATEWAY_KEY: 'gw-1',
  OPENAI_API_KEY: 'sk-1',
  ES_API_KEY: 'es-1',
  FRIENDLI_TOKEN: 'flp_1',
  FRIENDLI_TEAM: 'team-1',
  OCTOAI_TOKEN: 'octo-1',
}

const minimal = () => ({
  upstreams: { a: { dialect: 'openai', baseURL: 'http://127.0.0.1:1/v1' } },
  routes: [{ match: '*', upstream: 'a' }],
})

describe('validateConfig', () => {
  it('accepts the YAML from the issue and substitutes every ${ENV}', () => {
    const config = validateConfig(parseConfigText(ISSUE_YAML, 'gateway.yaml'), ENV)
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8787 })
    expect(config.auth?.keys).toEqual(['gw-1'])
    expect(config.upstreams.friendli).toMatchObject({ apiKey: 'flp_1', team: 'team-1' })
    expect(config.upstreams.es?.inferenceId).toBe('my-chat')
    expect(config.routes[0]).toEqual({
      match: 'gpt-*',
      upstream: 'openai-main',
      model: 'gpt-4o-mini',
      fallbacks: ['friendli'],
    })
  })

  it('accepts the same config as JSON', () => {
    const json = JSON.stringify(minimal())
    expect(validateConfig(parseConfigText(json, 'gateway.json'), {})).toEqual(minimal())
  })

  it('uses ${NAME:-fallback} when the variable is unset', () => {
    const parsed = minimal()
    Object.assign(parsed.upstreams.a, { apiKey: '${KEY:-dev-key}' })
    expect(validateConfig(parsed, {}).upstreams.a?.apiKey).toBe('dev-key')
  })

  it.each([
    [
      'an unset variable',
      { apiKey: '${MISSING_KEY}' },
      "'upstreams.a.apiKey': environment variable MISSING_KEY is not set",
    ],
    ['an unknown dialect', { dialect: 'anthropic' }, "'upstreams.a.dialect'"],
    ['a base URL without scheme', { baseURL: 'api.openai.com' }, "'upstreams.a.baseURL'"],
    [
      'a base URL that does not parse',
      { baseURL: 'http://' },
      "'upstreams.a.baseURL': 'http://' is not a URL",
    ],
    ['an unknown upstream key', { timeout: 5 }, "'upstreams.a.timeout'"],
    ['a zero timeout', { timeoutMs: 0 }, "'upstreams.a.timeoutMs'"],
  ])('rejects %s in an upstream, naming the path', (_, patch, message) => {
    const parsed = minimal()
    Object.assign(parsed.upstreams.a, patch)
    expect(() => validateConfig(parsed, {})).toThrow(message)
  })

  it.each([
    [
      'a route to an unknown upstream',
      { routes: [{ match: '*', upstream: 'b' }] },
      "'routes[0].upstream': no upstream named 'b' (known: a)",
    ],
    [
      'an unknown fallback',
      { routes: [{ match: '*', upstream: 'a', fallbacks: ['a', 'zz'] }] },
      "'routes[0].fallbacks[1]': no upstream named 'zz'",
    ],
    ['no routes', { routes: [] }, "'routes'"],
    ['a port out of range', { server: { port: 70000 } }, "'server.port'"],
    [
      'a bad loss policy',
      { routes: [{ match: '*', upstream: 'a', losses: 'ignore' }] },
      "'routes[0].losses'",
    ],
    ['an unknown top-level key', { listen: 1 }, "'listen'"],
  ])('rejects %s, naming the path', (_, patch, message) => {
    expect(() => validateConfig({ ...minimal(), ...patch }, {})).toThrow(message)
  })

  it('lists every problem in one error, each with its path, and the allowed values of an enum', () => {
    const parsed = {
      server: { port: 70000, drainTimeoutMs: -1 },
      upstreams: {
        a: { dialect: 'anthropic', baseURL: 'http://127.0.0.1:1/v1', timeout: 5 },
        b: { dialect: 'openai', baseURL: 'http://127.0.0.1:2/v1', apiKey: '${KEY_ONE}' },
      },
      routes: [{ match: '*', upstream: 'a', losses: 'ignore' }],
    }
    expect(() => validateConfig(parsed, {})).toThrow(
      [
        '6 problems:',
        "  'upstreams.b.apiKey': environment variable KEY_ONE is not set",
        "  'server.port': Expected integer to be less or equal to 65535",
        "  'server.drainTimeoutMs': Expected integer to be greater or equal to 0",
        "  'upstreams.a.timeout': is not a known setting",
        "  'upstreams.a.dialect': must be one of 'openai', 'elastic', 'octoai', 'friendli', got 'anthropic'",
        "  'routes[0].losses': must be one of 'reject', 'allow-semantic', got 'ignore'",
      ].join('\n'),
    )
  })

  it('lists every dangling reference once the schema holds', () => {
    const parsed = {
      upstreams: { a: { dialect: 'openai', baseURL: 'http://' } },
      routes: [
        { match: 'x', upstream: 'b' },
        { match: '*', upstream: 'a', fallbacks: ['c'] },
      ],
    }
    expect(() => validateConfig(parsed, {})).toThrow(
      [
        '3 problems:',
        "  'upstreams.a.baseURL': 'http://' is not a URL",
        "  'routes[0].upstream': no upstream named 'b' (known: a)",
        "  'routes[1].fallbacks[0]': no upstream named 'c' (known: a)",
      ].join('\n'),
    )
  })

  it('names the file when the text does not parse', () => {
    expect(() => parseConfigText('routes: [', 'bad.yaml')).toThrow(/^bad\.yaml is not valid YAML/)
    expect(() => parseConfigText('{"routes":', 'bad.json')).toThrow(/^bad\.json is not valid JSON/)
  })
})
