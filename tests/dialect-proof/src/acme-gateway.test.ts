import type { Dialect } from '@chatwire/core'
import {
  ACME_GATEWAY_PATH,
  ACME_KEY_HEADER,
  ACME_VENDOR_PATH,
  acmeDialect,
} from '@chatwire-test/dialect-fixture'
import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import { callAsDialect } from './call-as-dialect'
import { ACME_KEY, describeAcmeLanes, dialects } from './describe-acme-lanes'

const running = describeAcmeLanes()

const byName = (name: string): Dialect => {
  const dialect = dialects.find((candidate) => candidate.name === name)
  if (!dialect) throw new Error(`no dialect ${name}`)
  return dialect
}

describe("acme's own binding, honoured by a gateway that does not know it", () => {
  it('calls the acme upstream at {baseURL}/chat/completions with X-Acme-Key and no bearer', async () => {
    const answer = await callAsDialect(running().gateway.url, byName('openai'), {
      model: running().modelFor('acme'),
      messages: [{ role: 'user', content: 'binding-check [[text:ok]]' }],
    })
    expect(answer.status, answer.text).toBe(200)
    const recorded = running().emulators.acme?.requests.find((request) =>
      JSON.stringify(request.body).includes('binding-check'),
    )
    expect(recorded?.path).toBe(ACME_VENDOR_PATH)
    expect(recorded?.headers[ACME_KEY_HEADER]).toBe(ACME_KEY)
    expect(recorded?.headers).not.toHaveProperty('authorization')
  })

  it("answers acme's clients with acme's headers, and its unknown model in its envelope", async () => {
    const answer = await callAsDialect(running().gateway.url, acmeDialect, {
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
      const answer = await callAsDialect(running().gateway.url, acmeDialect, {
        model: running().modelFor(upstream),
        messages: [{ role: 'user', content: `${marker} [[text:ok]]` }],
        extensions: { acme: { acmePriority: 'high' } },
      })
      expect(answer.status, answer.text).toBe(200)
      const sent = running().emulators[upstream]?.requests.find((request) =>
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
      baseURL: `${running().gateway.url}${ACME_GATEWAY_PATH.replace('/chat/completions', '')}`,
      apiKey: 'unused',
      maxRetries: 0,
      timeout: 20_000,
    })
    const stream = await client.chat.completions.create({
      model: running().modelFor('elastic'),
      messages: [{ role: 'user', content: '[[text:via the sdk]] [[chunks:3]]' }],
      stream: true,
    })
    let text = ''
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
    expect(text).toBe('via the sdk')
  })
})
