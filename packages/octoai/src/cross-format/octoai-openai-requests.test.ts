import { type Loss, translateRequest } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from '../octoai-codec'
import { readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { readSiblingJsonFixture } from '../test-support/read-sibling-fixture'

const byPath = (losses: Loss[]) =>
  losses.map((loss) => `${loss.path} ${loss.kind}`).sort((a, b) => a.localeCompare(b))

describe('OpenAI request → canonical → OctoAI request', () => {
  const translated = () =>
    translateRequest(
      readSiblingJsonFixture('openai', 'openai-every-field.request.json'),
      openaiCodec,
      octoaiCodec,
    )

  it('reports what §9.3 lists, and nothing else', () => {
    expect(byPath(translated().losses)).toEqual(
      [
        // §9.3: seed, parallel_tool_calls, strict, store, metadata… dropped and reported
        'seed semantic',
        'parallelToolCalls hint',
        'tools[0].strict hint',
        'metadata hint',
        'reasoningEffort hint',
        'streamOptions.includeObfuscation hint',
        'extensions.openai.store hint',
        'extensions.openai.serviceTier hint',
        'extensions.openai.verbosity hint',
        'extensions.openai.modalities semantic',
        'extensions.openai.prediction hint',
        'extensions.openai.webSearchOptions semantic',
        'extensions.openai.promptCacheKey hint',
        'extensions.openai.promptCacheRetention hint',
        'extensions.openai.safetyIdentifier hint',
        // OctoAI messages: no names, no audio/file parts, no audio references, no custom tools
        'messages[0].name hint',
        'messages[2].name hint',
        'messages[2].content[2] semantic',
        'messages[2].content[3] semantic',
        'messages[5].audioId hint',
        'tools[1] semantic',
      ].sort((a, b) => a.localeCompare(b)),
    )
  })

  it('renames and reshapes what OctoAI can say', () => {
    const { body } = translated()
    expect(body).toMatchObject({
      model: 'gpt-4o',
      max_tokens: 512,
      stop: ['\n\n', 'END'],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'weather', description: 'A weather answer', strict: true },
      },
      tool_choice: { type: 'function', function: { name: 'get_current_weather' } },
      stream: true,
      stream_options: { include_usage: true },
    })
    const messages = (body as { messages: unknown[] }).messages
    expect(messages[0]).toEqual({
      role: 'system',
      content: [{ type: 'text', text: 'Answer in JSON.' }],
    })
    expect(messages[3]).toMatchObject({ role: 'assistant', content: '' })
    expect(messages[4]).toEqual({
      role: 'tool',
      tool_call_id: 'call_abc123',
      content: 'The weather is cold',
    })
    expect(body).not.toHaveProperty('seed')
    expect(body).not.toHaveProperty('parallel_tool_calls')
    expect(octoaiCodec.decodeRequest(body)).toBeTruthy()
  })

  it("turns tool_choice 'none' into a request without tools", () => {
    const { body, losses } = translateRequest(
      {
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'Hi' }],
        tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
        tool_choice: 'none',
      },
      openaiCodec,
      octoaiCodec,
    )
    expect(body).toEqual({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
    expect(byPath(losses)).toEqual(['toolChoice hint'])
  })
})

describe('OctoAI request → canonical → OpenAI request', () => {
  it('reports the OctoAI-only knobs and keeps the shared ones', () => {
    const { body, losses } = translateRequest(
      readOctoAIJsonFixture('octoai-every-field.request.json'),
      octoaiCodec,
      openaiCodec,
    )
    expect(byPath(losses)).toEqual(
      [
        'minP hint',
        'repetitionPenalty hint',
        'extensions.compatible.peft semantic',
        'extensions.compatible.ignoreEos semantic',
        'extensions.compatible.logPrompt hint',
        'extensions.compatible.loglikelihood semantic',
      ].sort((a, b) => a.localeCompare(b)),
    )
    expect(body).toMatchObject({
      max_completion_tokens: 1024,
      top_p: 0.95,
      logit_bias: { '50256': -100, '1234': 2.5 },
      tool_choice: { type: 'function', function: { name: 'get_flight_status' } },
    })
  })

  it("keeps the tool_call_id OctoAI's guide sends", () => {
    const { body, losses } = translateRequest(
      readOctoAIJsonFixture('octoai-tool-call.request.json'),
      octoaiCodec,
      openaiCodec,
    )
    expect(losses).toEqual([])
    const messages = (body as { messages: Record<string, unknown>[] }).messages
    expect(messages[3]).toEqual({
      role: 'tool',
      tool_call_id: 'chatcmpl-tool-0b9c2a2cbd1a4c6e8a3c0d6f1e2b7a45',
      content: '{"flight_number": "AA100", "status": "On Time", "date": "2024-06-17"}',
    })
    expect(openaiCodec.decodeRequest(body)).toBeTruthy()
  })

  it('sends legacy JSON mode with a schema as OpenAI json_schema', () => {
    const { body } = translateRequest(
      readOctoAIJsonFixture('octoai-json-mode.request.json'),
      octoaiCodec,
      openaiCodec,
    )
    expect(body).toMatchObject({
      response_format: {
        type: 'json_schema',
        json_schema: { schema: { required: ['color', 'maker'] } },
      },
    })
  })
})
