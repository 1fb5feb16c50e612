// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the literal ${ENV} syntax under test
import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnChatwire } from '../test-support/spawn-chatwire'

const CONFIG =
  'upstreams:\n  a: { dialect: openai, baseURL: "http://127.0.0.1:1/v1", apiKey: "${CHATWIRE_TEST_KEY}" }\nroutes:\n  - { match: "*", upstream: a }\n'

let busy: Server
let busyPort: number
let config: string

beforeAll(async () => {
  busy = createServer().listen(0, '127.0.0.1')
  await once(busy, 'listening')
  busyPort = (busy.address() as { port: number }).port
  const dir = mkdtempSync(join(tmpdir(), 'chatwire-start-up-'))
  config = join(dir, 'gateway.yaml')
  writeFileSync(config, CONFIG)
})

afterAll(() => {
  busy?.close()
})

const KEY = { CHATWIRE_TEST_KEY: 'k' }

// Each row is a real `chatwire` process: what an operator sees is the first line of stderr, no
// stack trace, and the exit code. Every row starts a process: they run at once. The other
// start-up errors are rows of cli/run-cli.test.ts (the same code, without a process each).
describe.concurrent('start-up errors: one line naming the problem, no stack', () => {
  it.each([
    [
      'a port in use',
      () => ['--config', config, '--port', String(busyPort)],
      KEY,
      1,
      () =>
        `Cannot listen on 127.0.0.1:${busyPort}: the port is already in use (EADDRINUSE); stop the other process or pick another with --port.`,
    ],
    [
      'a port in use, with two workers failing alike (printed once, by the primary)',
      () => ['--config', config, '--port', String(busyPort), '--workers', '2'],
      KEY,
      1,
      () =>
        `Cannot listen on 127.0.0.1:${busyPort}: the port is already in use (EADDRINUSE); stop the other process or pick another with --port.`,
    ],
    ['an unknown flag', () => ['--bogus'], KEY, 2, () => "Unknown option '--bogus'"],
  ])('%s', { timeout: 90_000 }, async (_, args, env, code, line) => {
    const chatwire = spawnChatwire(args(), { ...env, PORT: '0' })
    expect(await chatwire.exited()).toBe(code)
    const stderr = chatwire.stderr()
    expect(stderr.split('\n')[0]).toBe(line())
    expect(stderr).not.toMatch(/^\s+at /m)
    if (code === 1) expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    else expect(stderr).toContain('Usage: chatwire ')
  })
})
