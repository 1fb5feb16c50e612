import { readFileSync } from 'node:fs'
import { type Loss, translateRequest } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'

const openaiFixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../openai/src/__fixtures__/${name}`, import.meta.url), 'utf8'),
  )
const elasticFixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8'))

const byPath = (losses: Loss[]) =>
  losses
    .map((loss) => [loss.path, loss.kind])
    .sort(([a], [b]) => String(a).localeCompare(String(b)))

describe('OpenAI request → canonical → Elastic request', () => {
  it('keeps the whitelist and reports everything else as §9.1 lists it', () => {
    const { body, context, losses } = translateRequest(
      openaiFixture('openai-every-field.request.json'),
      openaiCodec,
      elasticCodec,
    )
    expect(byPath(losses)).toEqual(
      byPath([
        // §9.1 "dropping changes results"
        ...[
          'n',
          'seed',
          'logitBias',
          'logprobs',
          'topLogprobs',
          'responseFormat',
          'frequencyPenalty',
          'presencePenalty',
        ].map((path) => ({ path, kind: 'semantic', message: '' }) as const),
        ...['reasoningEffort'].map((path) => ({ path, kind: 'hint', message: '' }) as const),
        // §9.1 "silently dropping is acceptable" — still reported, as hints
        ...['user', 'metadata', 'streamOptions', 'parallelToolCalls'].map(
          (path) => ({ path, kind: 'hint', message: '' }) as const,
        ),
        // OpenAI-only extras
        ...[
          'store',
          'serviceTier',
          'verbosity',
          'prediction',
          'promptCacheKey',
          'promptCacheRetention',
          'safetyIdentifier',
        ].map((key) => ({ path: `extensions.openai.${key}`, kind: 'hint', message: '' }) as const),
        ...['modalities', 'webSearchOptions'].map(
          (key) => ({ path: `extensions.openai.${key}`, kind: 'semantic', message: '' }) as const,
        ),
        // §9.1 messages: name/audio dropped, non-text parts and custom tools rejected for 8.18
        { path: 'messages[0].name', kind: 'hint', message: '' },
        { path: 'messages[2].name', kind: 'hint', message: '' },
        { path: 'messages[5].audioId', kind: 'hint', message: '' },
        { path: 'messages[2].content[1]', kind: 'semantic', message: '' },
        { path: 'messages[2].content[2]', kind: 'semantic', message: '' },
        { path: 'messages[2].content[3]', kind: 'semantic', message: '' },
        { path: 'tools[1]', kind: 'semantic', message: '' },
      ]),
    )
    expect(context).toEqual({ params: { inference_id: 'gpt-4o' } })
    expect(body).toEqual({
      messages: [
        { content: [{ text: 'Answer in JSON.', type: 'text' }], role: 'developer' },
        { content: 'You are terse.', role: 'system' },
        {
          content: [{ text: 'What is in this image and this audio?', type: 'text' }],
          role: 'user',
        },
        {
          role: 'assistant',
          tool_calls: [
            {
              id: 'call_abc123',
              function: { arguments: '{"location":"Boston, MA"}', name: 'get_current_weather' },
              type: 'function',
            },
          ],
        },
        { content: 'The weather is cold', role: 'tool', tool_call_id: 'call_abc123' },
        { content: [{ text: 'It is cold.', type: 'text' }], role: 'assistant' },
        { content: 'Thanks', role: 'user' },
      ],
      max_completion_tokens: 512,
      stop: ['\n\n', 'END'],
      temperature: 0.2,
      tool_choice: { type: 'function', function: { name: 'get_current_weather' } },
      tools: [
        {
          type: 'function',
          function: {
            description: 'Get the weather',
            name: 'get_current_weather',
            parameters: {
              type: 'object',
              properties: { location: { type: 'string' } },
              required: ['location'],
            },
            strict: false,
          },
        },
      ],
      top_p: 0.9,
    })
    expect(() => elasticCodec.decodeRequest(body, context)).not.toThrow()
  })

  it('renames legacy max_tokens and lists a bare stop string', () => {
    const { body, losses } = translateRequest(
      { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 64, stop: 'END' },
      openaiCodec,
      elasticCodec,
    )
    expect(losses).toEqual([])
    expect(body).toEqual({
      messages: [{ content: 'Hi', role: 'user' }],
      max_completion_tokens: 64,
      stop: ['END'],
    })
  })

  it.each([
    ['n: 2', { n: 2 }, 'n', 'semantic'],
    ['seed', { seed: 7 }, 'seed', 'semantic'],
    ['response_format', { response_format: { type: 'json_object' } }, 'responseFormat', 'semantic'],
    ['logprobs', { logprobs: true }, 'logprobs', 'semantic'],
    ['user', { user: 'user-1234' }, 'user', 'hint'],
    [
      'an image part',
      {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            ],
          },
        ],
      },
      'messages[0].content[0]',
      'semantic',
    ],
  ])(
    'an OpenAI body with %s yields a %s loss and an Elastic body ES accepts',
    (_name, extra, path, kind) => {
      const { body, context, losses } = translateRequest(
        { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }], ...extra },
        openaiCodec,
        elasticCodec,
      )
      expect(losses).toContainEqual(expect.objectContaining({ path, kind }))
      expect(() => elasticCodec.decodeRequest(body, context)).not.toThrow()
    },
  )
})

describe('Elastic request → canonical → OpenAI request → back', () => {
  it('loses nothing; only the inference id is re-derived from the model', () => {
    const original = elasticFixture('elastic-every-field.request.json')
    const toOpenAI = translateRequest(
      original,
      elasticCodec,
      openaiCodec,
      elasticFixture('elastic-every-field.context.json'),
    )
    expect(toOpenAI.losses).toEqual([])
    expect(toOpenAI.body).toMatchObject({
      model: 'gpt-4o-mini',
      max_completion_tokens: 256,
      stream: true,
      stream_options: { include_usage: true },
    })
    const back = translateRequest(toOpenAI.body, openaiCodec, elasticCodec)
    expect(back.losses).toEqual([])
    expect(back.context).toEqual({ params: { inference_id: 'gpt-4o-mini' } })
    const { model: _model, ...withoutModel } = original
    expect(back.body).toEqual(withoutModel)
  })
})
