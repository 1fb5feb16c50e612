import { readFileSync } from 'node:fs'
import { createChatStreamAggregator } from '@chatwire/core'
import { decodeBytes, encodeParts } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'

// Newer servers stream `delta.reasoning` and usage details (StreamingUnifiedChatCompletionResults,
// SOURCES.md "Stream chunks"): each lands in its canonical home, and goes back out byte for byte.
const bytes = new Uint8Array(
  readFileSync(new URL('../__fixtures__/elastic-reasoning-cached.sse', import.meta.url)),
)

describe('reasoning and cached tokens from a newer Elasticsearch', () => {
  const parts = decodeBytes(elasticCodec, bytes)

  it('decodes reasoning deltas and the cached / reasoning token details', () => {
    const aggregator = createChatStreamAggregator()
    for (const part of parts) aggregator.push(part)
    const result = aggregator.result()
    expect(result.choices[0]?.message).toMatchObject({ content: '42' })
    expect(result.choices[0]?.message.reasoning).toBe('The user asks for a number.')
    expect(result.usage).toEqual({
      promptTokens: 2048,
      completionTokens: 120,
      totalTokens: 2168,
      promptTokensDetails: { cachedTokens: 1920 },
      completionTokensDetails: { reasoningTokens: 96 },
    })
  })

  it('re-encodes every event exactly as the server wrote it (key order included)', () => {
    expect(new TextDecoder().decode(encodeParts(elasticCodec, parts))).toBe(
      new TextDecoder().decode(bytes),
    )
  })
})

describe('reasoning_details from a newer Elasticsearch', () => {
  const details = new Uint8Array(
    readFileSync(new URL('../__fixtures__/elastic-reasoning-details.sse', import.meta.url)),
  )
  const parts = decodeBytes(elasticCodec, details)

  it("surfaces each choice's details as an elastic extension part before its chunk", () => {
    const extensions = parts.filter((part) => part.type === 'extension')
    const detailsOfChoice0 = (detail: Record<string, unknown>) => ({
      type: 'extension',
      dialect: 'elastic',
      event: 'reasoning_details',
      data: { index: 0, reasoning_details: [{ format: 'anthropic-claude-v1', ...detail }] },
    })
    expect(extensions).toEqual([
      detailsOfChoice0({
        type: 'reasoning.text',
        index: 0,
        text: 'Compare the two.',
        signature: 'EqQBCkgIARABGAIiQL',
      }),
      detailsOfChoice0({ type: 'reasoning.encrypted', index: 1, data: 'ZW5jcnlwdGVk' }),
    ])
    expect(parts[1]).toMatchObject({
      type: 'chunk',
      choices: [{ delta: { reasoning: 'Compare the two.' } }],
    })
  })

  it('puts them back into the chunk they came with, byte for byte', () => {
    expect(new TextDecoder().decode(encodeParts(elasticCodec, parts))).toBe(
      new TextDecoder().decode(details),
    )
  })
})
