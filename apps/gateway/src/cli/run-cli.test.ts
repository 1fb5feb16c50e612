import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { silentLogger } from '../log/logger'
import { runCli } from './run-cli'

function writeConfig(text: string, name = 'gateway.yaml'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'chatwire-gateway-')), name)
  writeFileSync(file, text)
  return file
}

function io() {
  const lines = { out: [] as string[], err: [] as string[] }
  return {
    lines,
    io: {
      out: (line: string) => lines.out.push(line),
      err: (line: string) => lines.err.push(line),
      logger: silentLogger,
    },
  }
}

const YAML =
  'upstreams:\n  a: { dialect: openai, baseURL: "http://127.0.0.1:1/v1" }\nroutes:\n  - { match: "*", upstream: a }\n'

describe('runCli', () => {
  it('stops with 1 and a message naming the config path', async () => {
    const file = writeConfig(YAML.replace('upstream: a', 'upstream: b'))
    const { io: cli, lines } = io()
    expect(await runCli(['--config', file], {}, cli)).toBe(1)
    expect(lines.err).toEqual([
      `Invalid config ${file}: 'routes[0].upstream': no upstream named 'b' (known: a)`,
    ])
  })

  it('names an unset environment variable', async () => {
    const json =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal ${ENV} syntax under test
      '{"upstreams":{"a":{"dialect":"openai","baseURL":"http://x/v1","apiKey":"${OPENAI_KEY_FOR_TEST}"}},"routes":[{"match":"*","upstream":"a"}]}'
    const file = writeConfig(json, 'gateway.json')
    const { io: cli, lines } = io()
    expect(await runCli(['--config', file], {}, cli)).toBe(1)
    expect(lines.err[0]).toContain(
      "'upstreams.a.apiKey': environment variable OPENAI_KEY_FOR_TEST is not set",
    )
  })

  it('reads a relative path from the directory pnpm was called in (INIT_CWD)', async () => {
    const file = writeConfig(YAML.replace('upstream: a', 'upstream: c'))
    const { io: cli, lines } = io()
    expect(await runCli(['--config', 'gateway.yaml'], { INIT_CWD: dirname(file) }, cli)).toBe(1)
    expect(lines.err[0]).toContain("no upstream named 'c'")
  })

  it('names a missing file', async () => {
    const { io: cli, lines } = io()
    expect(await runCli(['--config', '/nonexistent/gateway.yaml'], {}, cli)).toBe(1)
    expect(lines.err).toEqual([
      'Cannot read config /nonexistent/gateway.yaml: no such file (ENOENT)',
    ])
  })

  it('names a directory given as the config, and text that does not parse, on one line', async () => {
    const { io: cli, lines } = io()
    const dir = dirname(writeConfig(YAML))
    expect(await runCli(['--config', dir], {}, cli)).toBe(1)
    const broken = writeConfig('routes: [\n  - {', 'broken.yaml')
    expect(await runCli(['--config', broken], {}, cli)).toBe(1)
    expect(lines.err[0]).toBe(`Cannot read config ${dir}: it is a directory (EISDIR)`)
    expect(lines.err[1]).toMatch(/^Invalid config: \S+broken\.yaml is not valid YAML: [^\n]+$/)
  })

  it.each([
    [
      'an address not on this machine',
      ['--host', '192.0.2.1', '--port', '0'],
      'Cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine (EADDRNOTAVAIL); use --host 127.0.0.1, 0.0.0.0 or one of its addresses.',
    ],
  ])('stops with 1 and one line on %s', { timeout: 20_000 }, async (_, flags, line) => {
    const { io: cli, lines } = io()
    expect(await runCli(['--config', writeConfig(YAML), ...flags], {}, cli)).toBe(1)
    expect(lines.err).toEqual([line])
  })

  it('prints the version of @chatwire/gateway', async () => {
    const { io: cli, lines } = io()
    expect(await runCli(['--version'], {}, cli)).toBe(0)
    expect(lines.out).toEqual([packageJson.version])
  })

  it('answers an unknown flag with 2 and the usage, --help with 0', async () => {
    const { io: cli, lines } = io()
    expect(await runCli(['--prot', '1'], {}, cli)).toBe(2)
    expect(lines.err[0]).toMatch(/^Unknown option '--prot'\n\nUsage: chatwire /)
    expect(await runCli(['--help'], {}, cli)).toBe(0)
    const usage = lines.out[0] ?? ''
    expect(usage).toMatch(/^Usage: chatwire /)
    for (const named of [
      '--config',
      '--port',
      '--host',
      '--workers N|auto',
      '--log-level',
      '--version',
      '--help',
      'PORT',
      'LOG_LEVEL',
      '/healthz',
      '/readyz',
    ])
      expect(usage).toContain(named)
  })

  it('serves a config, with --host/--port over the file and PORT, at --log-level', {
    timeout: 20_000,
  }, async () => {
    const file = writeConfig(`server: { host: 0.0.0.0, port: 1 }\n${YAML}`)
    const { io: cli, lines } = io()
    const levels: string[] = []
    const gateway = await runCli(
      ['--config', file, '--host', '127.0.0.1', '--port', '0', '--log-level', 'warn'],
      { PORT: '2', LOG_LEVEL: 'debug' },
      {
        ...cli,
        logger: (level) => {
          levels.push(level)
          return silentLogger
        },
      },
    )
    if (typeof gateway === 'number') throw new Error(`exit ${gateway}: ${lines.err.join('\n')}`)
    try {
      expect(levels).toEqual(['warn'])
      expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(lines.out).toEqual([`chatwire gateway listening on ${gateway.url}`])
      expect(await (await fetch(`${gateway.url}/healthz`)).json()).toEqual({ status: 'ok' })
    } finally {
      await gateway.close()
    }
  })
})
