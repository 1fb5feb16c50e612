import { defaultDialects } from '@chatwire/dialects'
import { type RunningGateway, silentLogger, startGateway } from '@chatwire/gateway'
import { acmeDialect } from '@chatwire-test/dialect-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callAsDialect } from './call-as-dialect'

// With no config, the gateway's embedded default starts an emulator for every dialect that has
// an `embedded` entry: acme's routes `acme-*` to an acme emulator the gateway never heard of.
describe('the embedded default with acme registered', () => {
  const dialects = [...defaultDialects, acmeDialect]
  let gateway: RunningGateway
  beforeAll(async () => {
    gateway = await startGateway({ dialects, host: '127.0.0.1', port: 0, logger: silentLogger })
  })
  afterAll(() => gateway?.close())

  it('routes acme-* to the embedded acme emulator', () => {
    expect(gateway.embedded).toBe(true)
    expect(gateway.config.upstreams.acme).toMatchObject({ dialect: 'acme' })
    expect(gateway.config.routes).toContainEqual(
      expect.objectContaining({ match: 'acme-*', upstream: 'acme' }),
    )
  })

  it.each(dialects.map((dialect) => dialect.name))(
    'answers a %s client asking for an acme-* model',
    async (name) => {
      const client = dialects.find((dialect) => dialect.name === name) ?? acmeDialect
      const answer = await callAsDialect(gateway.url, client, {
        model: 'acme-small',
        messages: [{ role: 'user', content: '[[text:embedded acme]]' }],
      })
      expect(answer.status, answer.text).toBe(200)
      expect(answer.response?.choices[0]?.message.content).toBe('embedded acme')
    },
  )
})
