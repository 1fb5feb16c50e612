import { fileURLToPath } from 'node:url'
import { type ChatRequest, ChatwireError } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { describeCodecConformance } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { acmeCodec } from './acme-codec'

describeCodecConformance({
  codec: acmeCodec,
  fixtures: fileURLToPath(new URL('./__fixtures__', import.meta.url)),
})

const body = (extra: Record<string, unknown>) => ({
  model: 'acme-small',
  messages: [{ role: 'user', content: 'Hi' }],
  ...extra,
})

describe('acme_priority', () => {
  it.each(['low', 'normal', 'high'])(
    'decodes %s into the acme bag and encodes it back',
    (value) => {
      const request = acmeCodec.decodeRequest(body({ acme_priority: value }))
      expect(request.extensions).toEqual({ acme: { acmePriority: value } })
      const encoded = acmeCodec.encodeRequest(request)
      expect(encoded.body.acme_priority).toBe(value)
      expect(encoded.losses).toEqual([])
    },
  )

  it.each([['urgent'], [1], [null]])(
    'rejects %j naming the field, in the OpenAI envelope',
    (value) => {
      let thrown: unknown
      try {
        acmeCodec.decodeRequest(body({ acme_priority: value }))
      } catch (error) {
        thrown = error
      }
      expect(ChatwireError.isInstance(thrown)).toBe(true)
      const encoded = acmeCodec.encodeError((thrown as ChatwireError).toJSON())
      expect(encoded.status).toBe(400)
      expect(JSON.parse(encoded.body).error.param).toBe('acme_priority')
    },
  )

  it('is a hint loss toward a dialect without it, and never reaches its body', () => {
    const request = acmeCodec.decodeRequest(body({ acme_priority: 'high' }))
    const encoded = openaiCodec.encodeRequest(request)
    expect(encoded.body).not.toHaveProperty('acme_priority')
    expect(encoded.losses).toEqual([
      expect.objectContaining({ path: 'extensions.acme.acmePriority', kind: 'hint' }),
    ])
  })

  it('keeps the other bags the request carries', () => {
    const request: ChatRequest = {
      ...acmeCodec.decodeRequest(body({ acme_priority: 'low', store: true })),
    }
    expect(request.extensions).toEqual({ openai: { store: true }, acme: { acmePriority: 'low' } })
    const encoded = acmeCodec.encodeRequest(request)
    expect(encoded.body).toMatchObject({ store: true, acme_priority: 'low' })
  })
})
