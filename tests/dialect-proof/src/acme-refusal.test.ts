import { defaultDialects } from '@chatwire/dialects'
import { ACME_GATEWAY_PATH, ACME_REFUSAL_TYPE, acmeDialect } from '@chatwire-test/dialect-fixture'
import { describe, expect, it } from 'vitest'
import { callAsDialect } from './call-as-dialect'
import { useEmulatedGateway } from './gateway-test-support'

const KEY = 'acme-client-key'

// The gateway's own refusals reach acme's clients as acme's `refuse` words them.
describe("the gateway's refusals to an acme client", () => {
  const acme = useEmulatedGateway({
    emulator: { dialect: acmeDialect },
    dialects: [...defaultDialects, acmeDialect],
    config: (emulatorUrl) => ({
      upstreams: { acme: { dialect: 'acme', baseURL: `${emulatorUrl}/v1` } },
      routes: [{ match: 'acme-*', upstream: 'acme' }],
      auth: { keys: [{ name: 'team', key: KEY, models: ['acme-small'] }] },
    }),
  })

  const call = (model: string) =>
    callAsDialect(
      acme().gateway.url,
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
