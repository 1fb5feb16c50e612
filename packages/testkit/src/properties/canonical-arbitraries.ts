import type { ChatChunk, ChatRequest, ChatResponse, ChatStreamPart } from '@chatwire/core'
import fc from 'fast-check'

// Canonical values every dialect can carry (text messages, common knobs), plus knobs some
// dialects lack, which their encoders must report as losses rather than drop.
const text = fc.string({ maxLength: 40 })
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/)
const tenths = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((value) => value / 10)

const message = fc.oneof(
  fc.record({ role: fc.constant('system' as const), content: text }),
  fc.record({ role: fc.constant('user' as const), content: text }),
  fc.record({ role: fc.constant('assistant' as const), content: text }),
)

export const arbitraryChatRequest: fc.Arbitrary<ChatRequest> = fc.record(
  {
    model: word,
    messages: fc.array(message, { minLength: 1, maxLength: 4 }),
    temperature: tenths(2),
    // Not 0: some dialects require top_p > 0 (see RELIABILITY.md, "Property tests").
    topP: fc.integer({ min: 1, max: 10 }).map((value) => value / 10),
    maxTokens: fc.integer({ min: 1, max: 4096 }),
    stop: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    topK: fc.integer({ min: 1, max: 100 }),
    frequencyPenalty: tenths(2),
  },
  { requiredKeys: ['model', 'messages'] },
)

const finishReason = fc.constantFrom(
  { unified: 'stop' as const, raw: 'stop' },
  { unified: 'length' as const, raw: 'length' },
)
const count = fc.integer({ min: 0, max: 100_000 })
const usage = fc.tuple(count, count).map(([prompt, completion]) => ({
  promptTokens: prompt,
  completionTokens: completion,
  totalTokens: prompt + completion,
}))

// Wire formats require a creation time; encoders fill one in when canonical has none.
const created = fc.integer({ min: 0, max: 2 ** 31 - 1 })

export const arbitraryChatResponse: fc.Arbitrary<ChatResponse> = fc.record({
  id: word,
  model: word,
  created,
  choices: fc
    .tuple(text, finishReason)
    .map(([content, reason]) => [
      { index: 0, message: { role: 'assistant' as const, content }, finishReason: reason },
    ]),
  usage,
})

/** A stream: a role chunk, text chunks, a finishing chunk, a usage chunk, then `done`. */
export const arbitraryChatStream: fc.Arbitrary<ChatStreamPart[]> = fc
  .record({
    id: word,
    model: word,
    created,
    texts: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }),
    finishReason,
    usage,
  })
  .map(({ id, model, created, texts, finishReason, usage }) => {
    const chunk = (choices: ChatChunk['choices']): ChatChunk => ({
      type: 'chunk',
      id,
      model,
      created,
      choices,
    })
    return [
      chunk([{ index: 0, delta: { role: 'assistant' } }]),
      ...texts.map((content) => chunk([{ index: 0, delta: { content } }])),
      chunk([{ index: 0, delta: {}, finishReason }]),
      { ...chunk([]), usage },
      { type: 'done' as const },
    ]
  })
