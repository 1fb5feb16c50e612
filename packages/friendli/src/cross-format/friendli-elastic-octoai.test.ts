import {
  type ChatStreamPart,
  type Loss,
  translateError,
  translateRequest,
  type WireContext,
} from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { octoaiCodec } from '@chatwire/octoai'
import { decodeBytes, encodeParts } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { friendliCodec } from '../friendli-codec'
import { readFixture, readJsonFixture } from './read-fixture'

const byPath = (losses: Loss[]) => losses.map((loss) => `${loss.path} ${loss.kind}`).sort()
const chunks = (parts: ChatStreamPart[]) =>
  parts.filter((part): part is Extract<ChatStreamPart, { type: 'chunk' }> => part.type === 'chunk')
const text = (parts: ChatStreamPart[]) =>
  chunks(parts)
    .flatMap((chunk) => chunk.choices.map((choice) => choice.delta.content ?? ''))
    .join('')
const hasToolCalls = (parts: ChatStreamPart[]) =>
  chunks(parts).some((chunk) =>
    chunk.choices.some((choice) => choice.delta.toolCalls !== undefined),
  )

describe.each([
  { name: 'Elastic', codec: elasticCodec },
  { name: 'OctoAI', codec: octoaiCodec },
])('Friendli stream → $name stream', ({ codec }) => {
  const relay = (file: string) =>
    decodeBytes(codec, encodeParts(codec, decodeBytes(friendliCodec, readFixture(file))))

  it('keeps the text and the usage', () => {
    const parts = relay('friendli-text.sse')
    expect(text(parts)).toBe('This is a test.')
    expect(chunks(parts).find((chunk) => chunk.usage)?.usage).toEqual({
      promptTokens: 8,
      completionTokens: 4,
      totalTokens: 12,
    })
    expect(parts.at(-1)).toEqual({ type: 'done' })
  })

  it('drops tool_status events: built-in tool runs are never tool calls', () => {
    const parts = relay('friendli-tool-status.sse')
    expect(parts.some((part) => part.type === 'extension')).toBe(false)
    expect(hasToolCalls(parts)).toBe(false)
    expect(text(parts)).toBe('To convert 150 miles: about 241.4 km.')
  })

  it('ends with an error where the Friendli stream broke off', () => {
    expect(relay('friendli-truncated.sse').at(-1)?.type).toBe('error')
  })
})

describe('Elastic and OctoAI requests → Friendli', () => {
  it.each([
    {
      file: 'octoai-every-field',
      codec: octoaiCodec,
      losses: [
        'user hint',
        'extensions.compatible.peft semantic',
        'extensions.compatible.ignoreEos semantic',
        'extensions.compatible.logPrompt hint',
        'extensions.compatible.loglikelihood semantic',
      ],
    },
    { file: 'octoai-json-schema', codec: octoaiCodec, losses: ['responseFormat hint'] },
    { file: 'octoai-tool-call', codec: octoaiCodec, losses: [] },
    { file: 'elastic-every-field', codec: elasticCodec, losses: ['tools[0].strict hint'] },
    { file: 'elastic-example-2-tool-result', codec: elasticCodec, losses: [] },
  ])(
    '$file: reports $losses.length losses and Friendli accepts the body',
    ({ file, codec, losses }) => {
      const owner = codec === elasticCodec ? 'elastic' : 'octoai'
      const context =
        owner === 'elastic'
          ? readJsonFixture<WireContext>(`${file}.context.json`, owner)
          : undefined
      const translated = translateRequest(
        readJsonFixture(`${file}.request.json`, owner),
        codec,
        friendliCodec,
        context,
      )
      expect(byPath(translated.losses)).toEqual([...losses].sort())
      expect(() => friendliCodec.decodeRequest(translated.body, translated.context)).not.toThrow()
    },
  )
})

describe('validation errors between FastAPI dialects', () => {
  it('passes a Friendli 422 to OctoAI and an OctoAI 422 to Friendli unchanged', () => {
    for (const [file, owner, from, to] of [
      ['friendli-validation.error.json', 'friendli', friendliCodec, octoaiCodec],
      ['octoai-validation.error.json', 'octoai', octoaiCodec, friendliCodec],
    ] as const) {
      const { status, body } = readJsonFixture<{ status: number; body: string }>(file, owner)
      const encoded = translateError(status, body, from, to)
      expect(encoded.status).toBe(422)
      expect(JSON.parse(encoded.body)).toEqual(JSON.parse(body))
    }
  })

  it('gives Elastic clients the field of a Friendli 422', () => {
    const { status, body } = readJsonFixture<{ status: number; body: string }>(
      'friendli-validation.error.json',
    )
    const encoded = translateError(status, body, friendliCodec, elasticCodec)
    const error = elasticCodec.decodeError(encoded.status, encoded.body, encoded.headers)
    expect(error).toMatchObject({
      param: 'messages[0].content',
      message: 'Input should be a valid string',
    })
  })
})
