import { describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { validateConfig } from '../config/validate-config'
import { silentLogger } from '../log/logger'
import { startGateway } from '../server/start-gateway'
import {
  call,
  expectErrorAnswer,
  expectHealthy,
  expectLogsBounded,
  expectStreamError,
  faultConfig,
  INBOUND,
  INBOUND_CLIENTS,
  modelFor,
  ROTATION,
  startFaultGateway,
} from '../test-support/fault-harness'
import {
  answerError,
  type FaultHandler,
  type FaultRequest,
  sseText,
  streamHeaders,
  textParts,
} from '../test-support/start-fault-upstream'
import { useFaultSuite } from '../test-support/use-fault-suite'

// Row 7 of the fault matrix: the gateway's own upstream credentials never reach a client or a
// log line, an upstream refusing them is the gateway's failure (502), not the client's (401),
// and a credential that would split a header is refused at start-up.

const API_KEY = 'sk-upstream-S3CRET-key-0123456789'
const HEADER_VALUE = 'hdr-S3CRET-value-987654'
const PASSWORD = 's3cretpass'
const BASIC = Buffer.from(`user:${PASSWORD}`).toString('base64')
const SECRETS = [API_KEY, HEADER_VALUE, PASSWORD, BASIC]

const suite = useFaultSuite({
  gw: (upstream) => {
    const config = faultConfig(upstream, {
      upstream: { apiKey: API_KEY, headers: { 'x-vendor-token': HEADER_VALUE } },
    })
    const withPassword = new URL(upstream.baseURL('openai'))
    withPassword.username = 'user'
    withPassword.password = PASSWORD
    config.upstreams.creds = { dialect: 'openai', baseURL: withPassword.href }
    config.routes.push({ match: 'via-creds', upstream: 'creds' })
    return config
  },
})

/** What a careless vendor answers: everything it was sent that looks like a credential. */
function echoed(request: FaultRequest): string {
  const auth = String(request.headers.authorization ?? '')
  const basic = /^Basic (.+)$/.exec(auth)?.[1]
  const password = basic ? Buffer.from(basic, 'base64').toString().split(':')[1] : ''
  return (
    `Incorrect API key provided: ${auth}. ` +
    `x-vendor-token was ${request.headers['x-vendor-token'] ?? ''}; password ${password}`
  )
}

const echoError: FaultHandler = (request, res) =>
  answerError({ kind: 'invalid_request', message: echoed(request) })(request, res)

const echoMidStream: FaultHandler = (request, res) => {
  res.writeHead(200, streamHeaders(request.dialect))
  res.end(
    sseText(request.dialect, [
      ...textParts('partial').slice(0, 2),
      { type: 'error', error: { kind: 'internal', status: 500, message: echoed(request) } },
    ]),
  )
}

function expectNoSecret(text: string, headers: Headers): void {
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret)
    for (const [, value] of headers) expect(value).not.toContain(secret)
  }
}

describe('an upstream error that echoes the gateway’s credentials', () => {
  it.each(ROTATION)(
    '%s client ← %s upstream (apiKey, header): redacted for the client, absent from logs',
    async (inbound, from) => {
      suite.upstream.reply(echoError)
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.gw.url, client, { model: modelFor(from) })
      const seen = suite.upstream.requests[0]
      expect(JSON.stringify(seen?.headers)).toContain(API_KEY)
      expect(seen?.headers['x-vendor-token']).toBe(HEADER_VALUE)
      const error = expectErrorAnswer(client, answer, ['invalid_request', 'unprocessable'])
      expect(error.message).toContain('Incorrect API key provided')
      expectNoSecret(answer.text, answer.headers)
      expect(suite.gw.logs.length).toBeGreaterThan(0)
      expectLogsBounded(suite.gw.logs, 8192, SECRETS)
    },
  )

  it.each(INBOUND)(
    '%s client ← upstream with a baseURL password: the password (and its Basic form) redacted',
    async (inbound) => {
      suite.upstream.reply(echoError)
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.gw.url, client, { model: 'via-creds' })
      expect(suite.upstream.requests[0]?.headers.authorization).toBe(`Basic ${BASIC}`)
      expectErrorAnswer(client, answer, ['invalid_request', 'unprocessable'])
      expectNoSecret(answer.text, answer.headers)
      expectLogsBounded(suite.gw.logs, 8192, SECRETS)
    },
  )

  it.each(ROTATION)(
    '%s client ← %s upstream, echoed in a mid-stream error event: redacted',
    async (inbound, from) => {
      suite.upstream.reply(echoMidStream)
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.gw.url, client, { model: modelFor(from), stream: true })
      expectStreamError(answer)
      expectNoSecret(answer.text, answer.headers)
      expectLogsBounded(suite.gw.logs, 8192, SECRETS)
    },
  )

  it('an unreachable upstream with a baseURL password: the 502 names no password', async () => {
    const closed: GatewayConfig = {
      upstreams: { a: { dialect: 'openai', baseURL: `http://user:${PASSWORD}@127.0.0.1:9/v1` } },
      routes: [{ match: '*', upstream: 'a' }],
    }
    const lonely = await startFaultGateway(closed)
    try {
      const client = INBOUND_CLIENTS.openai
      const answer = await call(lonely.url, client, { model: 'x' })
      expectErrorAnswer(client, answer, 'upstream')
      expectNoSecret(answer.text, answer.headers)
      expectLogsBounded(lonely.logs, 8192, SECRETS)
    } finally {
      await lonely.close()
    }
  })
})

describe('an upstream refusing the gateway’s own credentials', () => {
  it.each(
    ROTATION.flatMap(([inbound, from]) =>
      ([401, 403] as const).map((status) => [inbound, from, status] as const),
    ),
  )(
    '%s client ← %s upstream %s: 502 (upstream), never 401, logged as refused credentials',
    async (inbound, from, status) => {
      suite.upstream.reply(
        answerError({
          kind: status === 401 ? 'authentication' : 'permission',
          message: 'Incorrect API key provided',
        }),
      )
      const client = INBOUND_CLIENTS[inbound]
      const answer = await call(suite.gw.url, client, { model: modelFor(from) })
      expect(answer.status).not.toBe(401)
      expectErrorAnswer(client, answer, 'upstream')
      const refusal = suite.gw.logs.find((line) => /credential/i.test(line) && line.includes(from))
      expect(refusal, suite.gw.logs.join('\n')).toBeDefined()
      expectLogsBounded(suite.gw.logs, 8192, SECRETS)
      await expectHealthy(suite.gw.url)
    },
  )
})

describe('a credential with CR/LF is refused at start-up, naming the field', () => {
  const base = (upstream: Record<string, unknown>) => ({
    upstreams: { a: { dialect: 'openai', baseURL: 'http://127.0.0.1:9/v1', ...upstream } },
    routes: [{ match: '*', upstream: 'a' }],
  })
  const rows = [
    ['upstreams.a.apiKey', { apiKey: 'sk-ok\r\nx-injected: 1' }, /upstreams\.a\.apiKey/],
    ['upstreams.a.apiKey (bare LF)', { apiKey: 'sk-ok\nx' }, /upstreams\.a\.apiKey/],
    [
      'upstreams.a.headers.x-vendor-token',
      { headers: { 'x-vendor-token': 'v\r\nx-injected: 1' } },
      /upstreams\.a\.headers.*x-vendor-token/,
    ],
    [
      'upstreams.a.team',
      { dialect: 'friendli', team: 'team\r\nx', baseURL: 'http://127.0.0.1:9/serverless/v1' },
      /upstreams\.a\.team/,
    ],
  ] as const

  it.each(rows)('validateConfig refuses %s', (_name, upstream, field) => {
    expect(() => validateConfig(base(upstream), {})).toThrow(field)
  })

  it.each(rows)('startGateway refuses %s', async (_name, upstream, field) => {
    const started = startGateway({
      config: base(upstream) as GatewayConfig,
      host: '127.0.0.1',
      port: 0,
      logger: silentLogger,
    })
    const outcome = await started.then(
      async (gateway) => {
        await gateway.close()
        return 'started'
      },
      (error: unknown) => String(error),
    )
    expect(outcome).toMatch(field)
  })
})
