import { compileSchema } from '@chatwire/core'
import type { TSchema } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { describeOctoAISchemas } from '../docs/index'
import { readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { OctoAIChatChunk } from './octoai-chat-chunk'
import { OctoAIChatRequest } from './octoai-chat-request'
import { OctoAIChatResponse } from './octoai-chat-response'
import { OctoAIErrorBody, OctoAIHttpErrorBody, OctoAIValidationError } from './octoai-error-body'

const property = (schema: TSchema, name: string) =>
  (schema.properties as Record<string, TSchema>)[name] as TSchema

// The main entry's schemas carry no descriptions; the docs entry puts them back.
describeOctoAISchemas()

describe('OctoAI wire schemas', () => {
  it.each([
    ['OctoAIChatRequest', OctoAIChatRequest],
    ['OctoAIChatResponse', OctoAIChatResponse],
    ['OctoAIChatChunk', OctoAIChatChunk],
    ['OctoAIValidationError', OctoAIValidationError],
    ['OctoAIErrorBody', OctoAIErrorBody],
    ['OctoAIHttpErrorBody', OctoAIHttpErrorBody],
  ])('%s has its $id and a description', (id, schema) => {
    expect(schema.$id).toBe(id)
    expect(schema.description).toEqual(expect.any(String))
  })

  it.each([
    ['max_tokens', { default: 512, minimum: 1 }],
    ['temperature', { default: 1, minimum: 0, maximum: 2 }],
    ['top_p', { default: 1, exclusiveMinimum: 0, maximum: 1 }],
    ['n', { default: 1, minimum: 1 }],
    ['frequency_penalty', { default: 0, minimum: -2, maximum: 2 }],
    ['presence_penalty', { default: 0, minimum: -2, maximum: 2 }],
    ['repetition_penalty', { default: 1, exclusiveMinimum: 0 }],
    ['min_p', { default: 0, minimum: 0, maximum: 1 }],
    ['top_logprobs', { default: 0 }],
    ['logprobs', { default: false }],
    ['loglikelihood', { default: false }],
    ['ignore_eos', { default: false }],
    ['log_prompt', { default: false }],
    ['stream', { default: false }],
  ])('request field %s documents %j', (name, expected) => {
    expect(property(OctoAIChatRequest, name)).toMatchObject(expected)
  })

  it.each([
    ['octoai-json-mode.response.json', OctoAIChatResponse],
    ['octoai-text.response.json', OctoAIChatResponse],
    ['octoai-logprobs-cancelled.response.json', OctoAIChatResponse],
    ['octoai-every-field.request.json', OctoAIChatRequest],
  ])('its schema accepts %s', (fixture, schema) => {
    expect(compileSchema(schema).check(readOctoAIJsonFixture(fixture))).toBe(true)
  })

  it('accepts the documented first chunk, which has no object and content null', () => {
    const chunk = {
      id: 'cmpl-994f6307a891454cb0f57b7027f5f113',
      created: 1700527881,
      model: 'meta-llama-3.1-8b-instruct',
      choices: [{ index: 0, delta: { role: 'assistant', content: null }, finish_reason: null }],
    }
    expect(compileSchema(OctoAIChatChunk).check(chunk)).toBe(true)
    expect(compileSchema(OctoAIChatChunk).check({ ...chunk, object: 'chat.completion' })).toBe(
      false,
    )
  })
})
