import type { ChatStreamPart, Codec } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { friendliCodec } from '@chatwire/friendli'
import { octoaiCodec } from '@chatwire/octoai'
import { openaiCodec } from '@chatwire/openai'
// Canonical logprobs say "none" as `null` (OpenAI's decoder) or by absence (OctoAI's): alike.
import { chunksOf, decodeBytes, encodeParts, textOf, withoutNulls } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { readFixture, readSseDataLines } from './read-fixture'

/**
 * The specific facts of relaying streams between two dialects, one row each, beside the
 * matrix's aggregate property. Moved from the codec packages' cross-format tests.
 */

// `ignoreBOM`: keep the first event's BOM, which a default TextDecoder strips.
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
const BOM = '\uFEFF'
const toolCallsOf = (parts: ChatStreamPart[]) =>
  chunksOf(parts).flatMap((chunk) =>
    chunk.choices.flatMap((choice) => choice.delta.toolCalls ?? []),
  )
const usagesOf = (parts: ChatStreamPart[]) =>
  chunksOf(parts).flatMap(({ usage }) => (usage ? [usage] : []))
/** The parts of `owner`'s fixture, as `from` decodes them. */
const partsOf = (from: Codec, owner: string, file: string) =>
  decodeBytes(from, readFixture(owner, file))
/** Through `to`'s wire and back: what a `to` client reads. */
const relay = (parts: ChatStreamPart[], to: Codec) => decodeBytes(to, encodeParts(to, parts))

/** What an Elastic chunk cannot carry (wire-formats.md §3.4): `created`, fingerprint, logprobs. */
function withoutElasticUnsaid(parts: ChatStreamPart[]): ChatStreamPart[] {
  return parts.map((part) => {
    if (part.type !== 'chunk') return part
    const { created: _created, systemFingerprint: _fingerprint, ...chunk } = part
    return { ...chunk, choices: chunk.choices.map(({ logprobs: _logprobs, ...choice }) => choice) }
  })
}

/** What OctoAI chunks cannot carry: a system fingerprint and usage detail counters. */
function withoutOctoAIUnsaid(parts: ChatStreamPart[]): ChatStreamPart[] {
  return parts.map((part) => {
    if (part.type !== 'chunk') return part
    const { systemFingerprint: _fingerprint, usage, ...chunk } = part
    if (!usage) return chunk
    const { promptTokens, completionTokens, totalTokens } = usage
    return { ...chunk, usage: { promptTokens, completionTokens, totalTokens } }
  })
}

const withoutCreated = (parts: ChatStreamPart[]) =>
  parts.map((part) => {
    if (part.type !== 'chunk') return part
    const { created: _created, ...chunk } = part
    return chunk
  })

const rows: [string, () => void][] = [
  // OpenAI → Elastic
  [
    'OpenAI → Elastic: writes the server framing: BOM per event, bare chunks, no created, finish_reason only when set',
    () => {
      const elastic = text(
        encodeParts(elasticCodec, partsOf(openaiCodec, 'openai', 'openai-text.sse')),
      )
      const events = [
        '{"id":"chatcmpl-123","choices":[{"delta":{"content":"","role":"assistant"},"index":0}],"model":"gpt-4o-mini","object":"chat.completion.chunk"}',
        '{"id":"chatcmpl-123","choices":[{"delta":{"content":"Hello"},"index":0}],"model":"gpt-4o-mini","object":"chat.completion.chunk"}',
        '{"id":"chatcmpl-123","choices":[{"delta":{},"finish_reason":"stop","index":0}],"model":"gpt-4o-mini","object":"chat.completion.chunk"}',
        '[DONE]',
      ]
      expect(elastic).toBe(events.map((data) => `${BOM}event: message\ndata: ${data}\n\n`).join(''))
    },
  ],
  [
    'OpenAI → Elastic: carries parallel tool calls and the usage chunk (with cached tokens)',
    () => {
      const parts = partsOf(openaiCodec, 'openai', 'openai-parallel-tool-calls.sse')
      const elastic = encodeParts(elasticCodec, parts)
      expect(decodeBytes(elasticCodec, elastic)).toEqual(withoutElasticUnsaid(parts))
      expect(text(elastic)).toContain(
        '{"id":"chatcmpl-par","choices":[],"model":"gpt-4o-mini","object":"chat.completion.chunk","usage":{"completion_tokens":34,"prompt_tokens":82,"total_tokens":116,"prompt_tokens_details":{"cached_tokens":64},"completion_tokens_details":{"reasoning_tokens":0}}}',
      )
      expect(text(elastic)).toContain(
        '"tool_calls":[{"index":1,"function":{"arguments":"kyo\\"}"},"type":null}]',
      )
    },
  ],
  // OpenAI ↔ Elastic: `<owner>-midstream-error.sse` ends in the other side's error event, no [DONE]
  ...(
    [
      [
        'OpenAI → Elastic: turns a mid-stream OpenAI error into one event: error with the provider type, no [DONE]',
        openaiCodec,
        elasticCodec,
        `${BOM}event: error\ndata: {"error":{"code":"stream_error","message":"The server had an error while processing your request. Sorry about that!","type":"server_error"}}\n\n`,
      ],
      [
        'Elastic → OpenAI: turns event: error into an OpenAI mid-stream error and no [DONE]',
        elasticCodec,
        openaiCodec,
        'data: {"error":{"message":"Received an error response for request from inference entity id [openai-completion]. Error message: [The server had an error while processing your request.]","type":"error","param":null,"code":"stream_error"}}\n\n',
      ],
    ] satisfies [string, Codec, Codec, string][]
  ).map(([name, from, to, ending]): [string, () => void] => [
    name,
    () => {
      const owner = from.dialect
      const written = text(encodeParts(to, partsOf(from, owner, `${owner}-midstream-error.sse`)))
      expect(written.endsWith(ending)).toBe(true)
      expect(written).not.toContain('[DONE]')
    },
  ]),
  // Elastic → OpenAI
  ...['elastic-text.sse', 'elastic-wrapped.sse', 'elastic-parallel-tool-calls.sse'].map(
    (file): [string, () => void] => [
      `Elastic → OpenAI: carries ${file} without loss (OpenAI adds only \`created\`)`,
      () => {
        const parts = partsOf(elasticCodec, 'elastic', file)
        expect(withoutCreated(relay(parts, openaiCodec))).toEqual(parts)
      },
    ],
  ),
  [
    "Elastic → OpenAI: keeps the seed transcript's decode error an error on the OpenAI side",
    () => {
      const parts = partsOf(elasticCodec, 'elastic', 'elastic-seed-malformed-error.sse')
      expect(relay(parts, openaiCodec).map((part) => part.type)).toEqual(['chunk', 'error'])
    },
  ],
  // Friendli → Elastic, OctoAI
  ...[elasticCodec, octoaiCodec].flatMap((codec): [string, () => void][] => [
    [
      `Friendli → ${codec.dialect}: keeps the text and the usage`,
      () => {
        const parts = relay(partsOf(friendliCodec, 'friendli', 'friendli-text.sse'), codec)
        expect(textOf(parts)).toBe('This is a test.')
        expect(chunksOf(parts).find((chunk) => chunk.usage)?.usage).toEqual({
          promptTokens: 8,
          completionTokens: 4,
          totalTokens: 12,
        })
        expect(parts.at(-1)).toEqual({ type: 'done' })
      },
    ],
    [
      `Friendli → ${codec.dialect}: drops tool_status events: built-in tool runs are never tool calls`,
      () => {
        const parts = relay(partsOf(friendliCodec, 'friendli', 'friendli-tool-status.sse'), codec)
        expect(parts.some((part) => part.type === 'extension')).toBe(false)
        expect(toolCallsOf(parts)).toEqual([])
        expect(textOf(parts)).toBe('To convert 150 miles: about 241.4 km.')
      },
    ],
    [
      `Friendli → ${codec.dialect}: ends with an error where the Friendli stream broke off`,
      () => {
        const parts = relay(partsOf(friendliCodec, 'friendli', 'friendli-truncated.sse'), codec)
        expect(parts.at(-1)?.type).toBe('error')
      },
    ],
  ]),
  // Friendli → OpenAI (§9.6)
  [
    'Friendli → OpenAI: drops tool_status events and never turns them into tool calls',
    () => {
      const bytes = encodeParts(
        openaiCodec,
        partsOf(friendliCodec, 'friendli', 'friendli-tool-status.sse'),
      )
      expect(readSseDataLines(bytes).some((line) => line.includes('math:calculator'))).toBe(false)
      expect(new TextDecoder().decode(bytes)).not.toContain('tool_status')
      const relayed = decodeBytes(openaiCodec, bytes)
      expect(toolCallsOf(relayed)).toEqual([])
      expect(textOf(relayed)).toBe('To convert 150 miles: about 241.4 km.')
      expect(relayed.at(-1)).toEqual({ type: 'done' })
    },
  ],
  [
    'Friendli → OpenAI: turns the string "null" finish reason into JSON null and keeps the usage chunk',
    () => {
      const lines = readSseDataLines(
        encodeParts(
          openaiCodec,
          partsOf(friendliCodec, 'friendli', 'friendli-null-finish-reason.sse'),
        ),
      )
      const finishReasons = lines.map((line) => {
        if (line === '[DONE]') return line
        const { choices } = JSON.parse(line)
        return choices.length === 0 ? 'usage' : choices[0].finish_reason
      })
      expect(finishReasons).toEqual([null, null, 'length', 'usage', '[DONE]'])
      expect(lines.join('\n')).not.toContain('"null"')
      expect(JSON.parse(lines[3] ?? '').usage).toMatchObject({
        prompt_tokens: 12,
        total_tokens: 14,
      })
    },
  ],
  [
    'Friendli → OpenAI: keeps parallel tool-call deltas, indices and ids',
    () => {
      const parts = partsOf(friendliCodec, 'friendli', 'friendli-parallel-tool-calls.sse')
      expect(toolCallsOf(relay(parts, openaiCodec))).toEqual(toolCallsOf(parts))
      expect(toolCallsOf(parts).map((call) => [call.index, call.id])).toEqual([
        [0, 'call_3QrfStXSU6fGdOGPcETocIAq'],
        [1, 'call_8XkP2mVn5Qr7Ls4TwY6zHj1c'],
        [0, undefined],
        [1, undefined],
        [0, undefined],
      ])
    },
  ],
  [
    'Friendli → OpenAI: re-expresses a mid-stream Friendli error as OpenAI’s `{"error":…}`',
    () => {
      const parts = partsOf(friendliCodec, 'friendli', 'friendli-midstream-error.sse')
      const lines = readSseDataLines(encodeParts(openaiCodec, parts))
      expect(JSON.parse(lines.at(-1) ?? '')).toEqual({
        error: {
          message: 'The engine stopped unexpectedly. Please retry.',
          type: 'internal_server_error',
          param: null,
          code: null,
        },
      })
    },
  ],
  // OpenAI → Friendli
  [
    'OpenAI → Friendli: keeps parallel tool calls and usage for a Friendli client',
    () => {
      const parts = partsOf(openaiCodec, 'openai', 'openai-parallel-tool-calls.sse')
      const relayed = relay(parts, friendliCodec)
      // Friendli types every tool-call delta `function` (reference §5.4): compare without it.
      const untyped = (calls: ReturnType<typeof toolCallsOf>) =>
        calls.map(({ type: _type, ...call }) => call)
      expect(untyped(toolCallsOf(relayed))).toEqual(untyped(toolCallsOf(parts)))
      expect(toolCallsOf(relayed).every((call) => call.type === 'function')).toBe(true)
      // Friendli reports cached prompt tokens only: completion details have no Friendli field.
      const usage = usagesOf(parts)
      expect(usage).toHaveLength(1)
      const { completionTokensDetails: _details, ...friendliUsage } = usage[0] ?? ({} as never)
      expect(usagesOf(relayed)).toEqual([friendliUsage])
      expect(relayed.at(-1)).toEqual({ type: 'done' })
    },
  ],
  [
    'OpenAI → Friendli: ends a truncated OpenAI stream with a Friendli in-stream error',
    () => {
      const parts = partsOf(openaiCodec, 'openai', 'openai-truncated.sse')
      const lines = readSseDataLines(encodeParts(friendliCodec, parts))
      expect(JSON.parse(lines.at(-1) ?? '')).toEqual({
        message: expect.stringContaining('without [DONE]'),
        error: {},
      })
    },
  ],
  // Elastic ↔ OctoAI
  [
    'Elastic → OctoAI: created filled in, usage on the finishing chunk, role on every delta',
    () => {
      const parts = partsOf(elasticCodec, 'elastic', 'elastic-text.sse')
      const lines = readSseDataLines(encodeParts(octoaiCodec, parts))
      expect(lines.at(-1)).toBe('[DONE]')
      const chunks = lines.slice(0, -1).map((line) => JSON.parse(line))
      expect(chunks.every((chunk) => Number.isInteger(chunk.created))).toBe(true)
      expect(new Set(chunks.map((chunk) => chunk.created)).size).toBe(1)
      expect(chunks.every((chunk) => chunk.choices[0]?.delta.role === 'assistant')).toBe(true)
      expect(chunks.at(-1)).toMatchObject({
        choices: [{ finish_reason: 'stop' }],
        usage: { completion_tokens: 28, prompt_tokens: 16, total_tokens: 44 },
      })
    },
  ],
  [
    'OctoAI → Elastic: the text and the cancelled finish survive',
    () => {
      const again = relay(
        partsOf(octoaiCodec, 'octoai', 'octoai-cancelled-usage.sse'),
        elasticCodec,
      )
      expect(textOf(again)).toBe('Once upon')
      expect(again.at(-2)).toMatchObject({ choices: [{ finishReason: { raw: 'cancelled' } }] })
      expect(again.at(-1)).toEqual({ type: 'done' })
    },
  ],
  [
    'OctoAI → Elastic: an OctoAI mid-stream error becomes an Elastic error event',
    () => {
      const parts = partsOf(octoaiCodec, 'octoai', 'octoai-midstream-error.sse')
      const written = new TextDecoder().decode(encodeParts(elasticCodec, parts))
      expect(written).toContain('event: error')
      expect(written).toContain('Generation was interrupted')
      expect(written).not.toContain('[DONE]')
    },
  ],
  // OctoAI → OpenAI (§9.4)
  [
    'OctoAI → OpenAI: OpenAI clients see object on every chunk, no null noise, and the same parts',
    () => {
      const parts = partsOf(octoaiCodec, 'octoai', 'octoai-text.sse')
      const encoded = encodeParts(openaiCodec, parts)
      const lines = readSseDataLines(encoded)
      expect(lines.at(-1)).toBe('[DONE]')
      const chunks = lines.slice(0, -1).map((line) => JSON.parse(line))
      expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true)
      expect(chunks.filter((chunk) => 'role' in chunk.choices[0].delta)).toHaveLength(1)
      expect(lines.join('\n')).not.toContain('function_call')
      expect(decodeBytes(openaiCodec, encoded)).toEqual(parts)
    },
  ],
  [
    'OctoAI → OpenAI: cancelled reaches OpenAI as a valid finish reason, usage as sent',
    () => {
      const parts = partsOf(octoaiCodec, 'octoai', 'octoai-cancelled-usage.sse')
      const lines = readSseDataLines(encodeParts(openaiCodec, parts))
      const chunks = lines.slice(0, -1).map((line) => JSON.parse(line))
      expect(chunks.at(-1).choices[0].finish_reason).toBe('stop')
      expect(chunks.find((chunk) => chunk.usage)?.usage).toEqual({
        prompt_tokens: 17,
        completion_tokens: 2,
        total_tokens: 19,
      })
    },
  ],
  ...[
    'octoai-tool-call.sse',
    'octoai-logprobs.sse',
    'octoai-midstream-error.sse',
    'octoai-truncated.sse',
  ].map((file): [string, () => void] => [
    `OctoAI → OpenAI: ${file}: OpenAI decodes back the same canonical parts`,
    () => {
      const parts = partsOf(octoaiCodec, 'octoai', file)
      const again = relay(parts, openaiCodec)
      const last = parts.at(-1)
      if (last?.type === 'error') {
        expect(again.slice(0, -1)).toEqual(parts.slice(0, -1))
        expect(again.at(-1)).toMatchObject({
          type: 'error',
          error: { message: last.error.message },
        })
      } else {
        expect(withoutNulls(again)).toEqual(withoutNulls(parts))
      }
    },
  ]),
  // OpenAI → OctoAI
  [
    'OpenAI → OctoAI: writes role and function_call null on every delta, as OctoAI does',
    () => {
      const lines = readSseDataLines(
        encodeParts(octoaiCodec, partsOf(openaiCodec, 'openai', 'openai-text.sse')),
      )
      expect(lines).toEqual([
        '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"","function_call":null},"finish_reason":null}]}',
        '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Hello","function_call":null},"finish_reason":null}]}',
        '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","function_call":null},"finish_reason":"stop"}]}',
        '[DONE]',
      ])
    },
  ],
  [
    'OpenAI → OctoAI: parallel tool calls keep their indices; the usage chunk merges into the last one',
    () => {
      const parts = partsOf(openaiCodec, 'openai', 'openai-parallel-tool-calls.sse')
      const encoded = encodeParts(octoaiCodec, parts)
      const last = JSON.parse(readSseDataLines(encoded).at(-2) ?? '')
      expect(last.choices[0].finish_reason).toBe('tool_calls')
      expect(last.usage).toEqual({ completion_tokens: 34, prompt_tokens: 82, total_tokens: 116 })
      const calls = toolCallsOf(decodeBytes(octoaiCodec, encoded))
      const argumentsOf = (index: number) =>
        calls
          .filter((call) => call.index === index)
          .map((call) => call.arguments)
          .join('')
      expect(argumentsOf(0)).toBe('{"city": "Paris"}')
      expect(argumentsOf(1)).toBe('{"city": "Tokyo"}')
    },
  ],
  [
    'OpenAI → OctoAI: an OpenAI mid-stream error ends the OctoAI stream after its text, as OctoAI did',
    () => {
      const parts = partsOf(openaiCodec, 'openai', 'openai-midstream-error.sse')
      const bytes = encodeParts(octoaiCodec, parts)
      const lines = readSseDataLines(bytes)
      expect(lines).not.toContain('[DONE]')
      expect(lines.some((line) => line.includes('"error"'))).toBe(false)
      const again = decodeBytes(octoaiCodec, bytes)
      expect(again.at(-1)?.type).toBe('error')
      expect(chunksOf(again).length).toBe(chunksOf(parts).length)
    },
  ],
  [
    'OpenAI → OctoAI: openai-logprobs-crlf.sse decodes back the same, minus what OctoAI cannot carry',
    () => {
      const parts = partsOf(openaiCodec, 'openai', 'openai-logprobs-crlf.sse')
      expect(relay(parts, octoaiCodec)).toEqual(withoutNulls(withoutOctoAIUnsaid(parts)))
    },
  ],
]

describe('cross-format stream facts', () => {
  it.each(rows)('%s', (_name, check) => check())
})
