import { defaultDialects } from '@chatwire/dialects'
import { type Emulator, startEmulator } from '@chatwire/emulator'
import { type RunningGateway, silentLogger, startGateway } from '@chatwire/gateway'
import { ACME_GATEWAY_PATH, ACME_REFUSAL_TYPE, acmeDialect } from '@chatwire-test/dialect-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callAsDialect } from './call-as-dialect'

const KEY = 'acme-client-key'

// The gateway's own refusals reach acme's clients as acme's `refuse` words them.
describe("the gateway's refusals to an acme client", () => {
  let emulator: Emulator
  let gateway: RunningGateway
  beforeAll(async () => {
    emulator = await startEmulator({ dialect: acmeDialect })
    gateway = await startGateway({
      dialects: [...defaultDialects, acmeDialect],
      config: {
        upstreams: { acme: { dialect: 'acme', baseURL: `${emulator.url}/v1` } },
        routes: [{ match: 'acme-*', upstream: 'acme' }],
        auth: { keys: [{ name: 'team', key: KEY, models: ['acme-small'] }] },
      },
      host: '127.0.0.1',
      port: 0,
      logger: silentLogger,
    })
  })
  afterAll(async () => {
    await gateway?.close()
    await emulator?.close()
  })

  const call = (model: string) =>
    callAsDialect(
      gateway.url,
      acmeDialect,
      { model, messages: [{ role: 'user', content: '[[text:allowed]]' }] },
      { authorization: `Bearer ${KEY}` },
    )

  it('serves a model the key may use', async () => {
    const answer = await call('acme-small')
    expect(answer.status, answer.text).toBe(200)
    expect(answer.response?.choices[0]?.message.content).toBe('allowed')
  })

  it(`refuses another with 403, error type ${ACME_REFUSAL_TYPE}, at ${ACME_GATEWAY_PATH}`, async () => {
    const answer = await call('acme-large')
    expect(answer.status, answer.text).toBe(403)
    expect(answer.error?.kind).toBe('permission')
    expect(JSON.parse(answer.text)).toMatchObject({ error: { type: ACME_REFUSAL_TYPE } })
    expect(answer.headers.get('acme-version')).toBe('2026-01')
  })
})
