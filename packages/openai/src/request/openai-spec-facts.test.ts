import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeOpenAIChatResponse } from '../response/decode-openai-chat-response'
import { encodeOpenAIChatResponse } from '../response/encode-openai-chat-response'
import { decodeOpenAIChatRequest } from './decode-openai-chat-request'
import { encodeOpenAIChatRequest } from './encode-openai-chat-request'
import { OPENAI_ENUM_FIELDS } from './openai-enum-fields'

// Facts from openai/openai-openapi openapi.yaml; see SOURCES.md.
const read = (name: string) =>
  readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')
const base = { model: 'gpt-5-mini', messages: [{ role: 'user', content: 'Hi' }] }
const ENUM_VALUES = Object.entries(OPENAI_ENUM_FIELDS).flatMap(([field, values]) =>
  values.map((value) => ({ field, value })),
)

describe('the OpenAI request enums (ReasoningEffort, ServiceTier, Verbosity, …)', () => {
  it.each(ENUM_VALUES)('accepts $field: $value', ({ field, value }) => {
    expect(() => decodeOpenAIChatRequest({ ...base, [field]: value })).not.toThrow()
  })

  it.each(Object.keys(OPENAI_ENUM_FIELDS))('accepts %s: null as not set', (field) => {
    expect(() => decodeOpenAIChatRequest({ ...base, [field]: null })).not.toThrow()
  })

  it('refuses a value outside the enum in the API’s words', () => {
    const call = () => decodeOpenAIChatRequest({ ...base, verbosity: 'loud' })
    expect(call).toThrow(
      expect.objectContaining({
        message: "Invalid value: 'loud'. Supported values are: 'low', 'medium', and 'high'.",
        param: 'verbosity',
        code: 'invalid_value',
      }),
    )
  })

  it('reports an effort OpenAI lacks (Friendli `ultracode`) as a loss, not a 400 upstream', () => {
    const encoded = encodeOpenAIChatRequest({
      model: 'gpt-5-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      reasoningEffort: 'ultracode',
    })
    expect(encoded.body).not.toHaveProperty('reasoning_effort')
    expect(encoded.losses).toEqual([expect.objectContaining({ path: 'reasoningEffort' })])
  })
})

describe('the OpenAI response, key for key', () => {
  it('re-encodes the spec’s CreateChatCompletionResponse example in its key order', () => {
    const text = read('openai-spec-example.response.json')
    const { body } = encodeOpenAIChatResponse(decodeOpenAIChatResponse(JSON.parse(text)))
    expect(JSON.stringify(body)).toBe(JSON.stringify(JSON.parse(text)))
  })
})
