import { compileSchema, type Loss, translateRequest, type WireContext } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { friendliCodec } from '../friendli-codec'
import { FriendliChatRequest } from '../schema/friendli-chat-request'
import { readJsonFixture } from './read-fixture'

const friendliChatRequest = compileSchema(FriendliChatRequest)
const byPath = (losses: Loss[]) => losses.map((loss) => `${loss.path} ${loss.kind}`).sort()

describe('OpenAI request → Friendli request (§9.5)', () => {
  it('encodes developer, text-part system content and `stop: "x"` to a body Friendli accepts', () => {
    const { body, losses, context } = translateRequest(
      {
        model: 'zai-org/GLM-5.2',
        messages: [
          { role: 'developer', content: 'Answer in one line.' },
          { role: 'system', content: [{ type: 'text', text: 'You are terse.' }] },
          { role: 'user', content: 'Hello!' },
        ],
        stop: 'x',
        max_completion_tokens: 100,
      },
      openaiCodec,
      friendliCodec,
    )
    expect(body).toEqual({
      model: 'zai-org/GLM-5.2',
      messages: [
        { role: 'system', content: 'Answer in one line.' },
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Hello!' },
      ],
      stop: ['x'],
      max_tokens: 100,
    })
    expect(friendliChatRequest.check(body)).toBe(true)
    expect(() => friendliCodec.decodeRequest(body, context)).not.toThrow()
    expect(losses).toEqual([])
  })

  it('reports exactly what Friendli cannot say of the OpenAI every-field request', () => {
    const { body, context, losses } = translateRequest(
      readJsonFixture('openai-every-field.request.json', 'openai'),
      openaiCodec,
      friendliCodec,
    )
    expect(byPath(losses)).toEqual(
      [
        'messages[2].content[1].detail hint', // image detail
        'messages[2].content[2] semantic', // inline input_audio
        'messages[2].content[3] semantic', // file part
        'messages[5].audioId hint',
        'tools[0].strict hint',
        'tools[1] semantic', // custom tool
        'responseFormat hint', // json_schema strict
        'streamOptions.includeObfuscation hint',
        'user hint',
        'metadata hint',
        'extensions.openai.store hint',
        'extensions.openai.serviceTier hint',
        'extensions.openai.verbosity hint',
        'extensions.openai.modalities semantic',
        'extensions.openai.prediction hint',
        'extensions.openai.webSearchOptions semantic',
        'extensions.openai.promptCacheKey hint',
        'extensions.openai.promptCacheRetention hint',
        'extensions.openai.safetyIdentifier hint',
      ].sort(),
    )
    expect(body).toMatchObject({
      max_tokens: 512,
      seed: 42,
      response_format: {
        type: 'json_schema',
        json_schema: { schema: { type: 'object', properties: { temp: { type: 'number' } } } },
      },
    })
    // The strict server check accepts what the encoder wrote.
    expect(() => friendliCodec.decodeRequest(body, context)).not.toThrow()
  })
})

describe('Friendli request → OpenAI request', () => {
  it('reports every Friendli-only knob, the seed list and the regex format', () => {
    const { body, losses } = translateRequest(
      readJsonFixture('friendli-every-field.request.json'),
      friendliCodec,
      openaiCodec,
      readJsonFixture<WireContext>('friendli-every-field.context.json'),
    )
    expect(byPath(losses)).toEqual(
      [
        'topK hint',
        'minP hint',
        'repetitionPenalty hint',
        'extensions.compatible.minTokens hint',
        'extensions.compatible.xtcThreshold hint',
        'extensions.compatible.xtcProbability hint',
        'extensions.compatible.eosToken hint',
        'extensions.compatible.chatTemplateKwargs semantic',
        'extensions.compatible.parseReasoning hint',
        'extensions.compatible.includeReasoning hint',
        'extensions.compatible.reasoningBudget hint',
        'extensions.friendli.seeds semantic',
        'messages[1].content[2] semantic', // audio_url
        'messages[1].content[3] semantic', // video_url
        'messages[2].reasoning hint',
        'messages[3].name hint',
        'responseFormat semantic', // regex
      ].sort(),
    )
    expect(body).toMatchObject({ max_completion_tokens: 512, stop: ['\n\n', 'END'] })
  })

  it('reports built-in tools as semantic losses, never as functions', () => {
    const { body, losses } = translateRequest(
      readJsonFixture('friendli-tool-assisted.request.json'),
      friendliCodec,
      openaiCodec,
      readJsonFixture<WireContext>('friendli-tool-assisted.context.json'),
    )
    expect(byPath(losses)).toEqual(['tools[0] semantic', 'tools[1] semantic'])
    expect((body as { tools?: unknown[] }).tools ?? []).toEqual([])
  })
})
