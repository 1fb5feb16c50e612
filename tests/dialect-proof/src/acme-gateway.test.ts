import type { Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import {
  ACME_GATEWAY_PATH,
  ACME_KEY_HEADER,
  ACME_VENDOR_PATH,
  acmeCodec,
  acmeDialect,
} from '@chatwire-test/dialect-fixture'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callAsDialect } from './call-as-dialect'
import {
  describeDialectMatrix,
  INBOUND_CLIENTS,
  type InboundClient,
  type Matrix,
  startMatrix,
} from './gateway-test-support'

/** The key the acme emulator insists on, in `X-Acme-Key`: the gateway must use acme's binding. */
const ACME_KEY = 'acme-upstream-key'

const dialects = [...defaultDialects, acmeDialect]

/** A raw acme client: OpenAI's body, acme's path, read with acme's codec. */
const acmeClient: InboundClient = {
  ...INBOUND_CLIENTS.openai,
  dialect: 'acme',
  codec: acmeCodec,
  path: () => ACME_GATEWAY_PATH,
}
const defaultClients = defaultDialects.map(
  ({ name }) => INBOUND_CLIENTS[name as keyof typeof INBOUND_CLIENTS],
)

let matrix: Matrix
beforeAll(async () => {
  matrix = await startMatrix({ dialects, apiKeys: { [acmeDialect.name]: ACME_KEY } })
})
afterAll(() => matrix?.close())

const target = () => ({
  url: matrix.gateway.url,
  emulators: matrix.emulators,
  modelFor: matrix.modelFor,
})

// The gateway's lanes (text, stream with usage, parallel tool calls, errors before and during a
// stream, client disconnects): acme → itself and each default dialect, each default → acme.
describeDialectMatrix(target, {
  clients: [acmeClient],
  upstreams: dialects.map(({ name }) => name),
})
describeDialectMatrix(target, {
  clients: defaultClients,
  upstreams: [acmeDialect.name],
  // Its marker names only the upstream: on this gateway the acme client's run above already
  // left one for acme, which this run would find instead of its own.
  skip: { 'abort-before-answer': 'run for the acme upstream by the acme client above' },
})

const byName = (name: string): Dialect => {
  const dialect = dialects.find((candidate) => candidate.name === name)
  if (!dialect) throw new Error(`no dialect ${name}`)
  return dialect
}

describe("acme's own binding, honoured by a gateway that does not know it", () => {
  it('calls the acme upstream at {baseURL}/chat/completions with X-Acme-Key and no bearer', async () => {
    const answer = await callAsDialect(matrix.gateway.url, byName('openai'), {
      model: matrix.modelFor('acme'),
      messages: [{ role: 'user', content: 'binding-check [[text:ok]]' }],
    })
    expect(answer.status, answer.text).toBe(200)
    const recorded = matrix.emulators.acme?.requests.find((request) =>
      JSON.stringify(request.body).includes('binding-check'),
    )
    expect(recorded?.path).toBe(ACME_VENDOR_PATH)
    expect(recorded?.headers[ACME_KEY_HEADER]).toBe(ACME_KEY)
    expect(recorded?.headers).not.toHaveProperty('authorization')
  })

  it("answers acme's clients with acme's headers, and its unknown model in its envelope", async () => {
    const answer = await callAsDialect(matrix.gateway.url, acmeDialect, {
      model: 'no-such-model',
      messages: [{ role: 'user', content: 'Hi' }],
    })
    expect(answer.status).toBe(404)
    expect(answer.headers.get('acme-version')).toBe('2026-01')
    expect(JSON.parse(answer.text)).toMatchObject({ error: { param: 'model' } })
  })

  it.each(['acme', 'openai'])(
    'keeps acme_priority toward %s, or reports it dropped as the acme client wrote it',
    async (upstream) => {
      const marker = `priority-${upstream}`
      const answer = await callAsDialect(matrix.gateway.url, acmeDialect, {
        model: matrix.modelFor(upstream),
        messages: [{ role: 'user', content: `${marker} [[text:ok]]` }],
        extensions: { acme: { acmePriority: 'high' } },
      })
      expect(answer.status, answer.text).toBe(200)
      const sent = matrix.emulators[upstream]?.requests.find((request) =>
        JSON.stringify(request.body).includes(marker),
      )?.body as Record<string, unknown>
      if (upstream === 'acme') {
        expect(sent.acme_priority).toBe('high')
        return
      }
      expect(sent).not.toHaveProperty('acme_priority')
      // The gateway snake-cases a lost bag key: a key that is not the camelCase of its wire
      // name (`priority`) was reported under a name the client never wrote.
      expect(answer.headers.get('chatwire-dropped')?.split(/,\s*/)).toContain('acme_priority')
    },
  )

  it("serves the openai SDK pointed at acme's path by its base URL", async () => {
    const client = new OpenAI({
      baseURL: `${matrix.gateway.url}${ACME_GATEWAY_PATH.replace('/chat/completions', '')}`,
      apiKey: 'unused',
      maxRetries: 0,
      timeout: 20_000,
    })
    const stream = await client.chat.completions.create({
      model: matrix.modelFor('elastic'),
      messages: [{ role: 'user', content: '[[text:via the sdk]] [[chunks:3]]' }],
      stream: true,
    })
    let text = ''
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
    expect(text).toBe('via the sdk')
  })
})
