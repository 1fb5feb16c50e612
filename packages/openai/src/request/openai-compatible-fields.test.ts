import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { extensionLossKind, FIELD_LOSS_KIND } from '@chatwire/core'
import { describeCodecConformance, loadFixtures } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { encodeOpenAIError } from '../error/encode-openai-error'
import { createOpenAICodec } from '../openai-codec'
import { openAICompatibleFields } from '../schema/openai-compatible-fields'
import { decodeOpenAIChatRequest } from './decode-openai-chat-request'
import { encodeOpenAIChatRequest } from './encode-openai-chat-request'
import { lossPathOf, OPENAI_COMPATIBLE_HOMES, readCompatibleHome } from './openai-compatible-homes'

const folder = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const body = JSON.parse(
  readFileSync(folder('../__fixtures__/compatible/openai-compatible-fields.request.json'), 'utf8'),
) as Record<string, unknown>
const base = { model: 'Qwen/Qwen3-8B', messages: [{ role: 'user', content: 'Hi' }] }
const ROWS = OPENAI_COMPATIBLE_HOMES.map(([wire, home]) => ({ wire, home, value: body[wire] }))

// The codec a route to vLLM, LiteLLM & co uses: compatible fields go through.
const forwarding = createOpenAICodec({ forwardCompatibleFields: true })
const main = loadFixtures(folder('../__fixtures__'))
const compatible = loadFixtures(folder('../__fixtures__/compatible'))
describeCodecConformance({
  codec: forwarding,
  fixtures: {
    ...main,
    requests: [...main.requests, ...compatible.requests],
    invalid: [...main.invalid, ...compatible.invalid],
  },
})

describe('OpenAI-compatible extra fields', () => {
  it('has a canonical home for every field the schema accepts, and the fixture sets each', () => {
    expect(ROWS.map(({ wire }) => wire).sort()).toEqual(Object.keys(openAICompatibleFields).sort())
    for (const { wire, value } of ROWS) expect(value, wire).not.toBeUndefined()
  })

  it.each(ROWS)('decodes $wire into $home', ({ wire, home, value }) => {
    const request = decodeOpenAIChatRequest({ ...base, [wire]: value })
    expect(readCompatibleHome(request, home)).toEqual(value)
  })

  it.each(ROWS)('treats $wire: null as not set (Python extra_body None)', ({ wire, home }) => {
    const request = decodeOpenAIChatRequest({ ...base, [wire]: null })
    expect(readCompatibleHome(request, home)).toBeUndefined()
  })

  it('forwards every field unchanged to an upstream that takes them, with no loss', () => {
    const encoded = encodeOpenAIChatRequest(decodeOpenAIChatRequest(body), {
      forwardCompatibleFields: true,
    })
    expect(encoded.losses).toEqual([])
    expect(encoded.body).toEqual(body)
  })

  // api.openai.com refuses them, so by default each is a loss of the kind core's table gives.
  it.each(ROWS)('reports $wire as a loss by default', ({ wire, home, value }) => {
    const encoded = encodeOpenAIChatRequest(decodeOpenAIChatRequest({ ...base, [wire]: value }))
    const [bag, key] = home.split('.') as [string, string | undefined]
    const table = key
      ? extensionLossKind(bag, key)
      : (FIELD_LOSS_KIND as Record<string, string>)[bag]
    expect(encoded.losses).toEqual([
      expect.objectContaining({ path: lossPathOf(home), kind: table }),
    ])
    expect(encoded.body).not.toHaveProperty(wire)
  })

  it.each(ROWS)('is refused like api.openai.com by a strict decoder: $wire', ({ wire, value }) => {
    const strict = createOpenAICodec({ refuseCompatibleFields: true })
    const call = () => strict.decodeRequest({ ...base, [wire]: value })
    expect(call).toThrow(`Unrecognized request argument supplied: ${wire}`)
  })

  it('still refuses a field nobody knows, in OpenAI’s words and envelope', () => {
    let thrown: unknown
    try {
      decodeOpenAIChatRequest({ ...base, top_kk: 5 })
    } catch (error) {
      thrown = error
    }
    const encoded = encodeOpenAIError((thrown as { toJSON(): never }).toJSON())
    expect(encoded.status).toBe(400)
    expect(JSON.parse(encoded.body)).toEqual({
      error: {
        message: 'Unrecognized request argument supplied: top_kk',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    })
  })
})
