import {
  type Codec,
  compileSchema,
  type Loss,
  type TranslatedRequest,
  translateRequest,
  type WireContext,
} from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { FriendliChatRequest, friendliCodec } from '@chatwire/friendli'
import { octoaiCodec } from '@chatwire/octoai'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { readJsonFixture } from './read-fixture'

/**
 * The specific facts of translating requests between two dialects (reference/wire-formats.md
 * §9), one row each, beside the matrix's general property. Moved from the codec packages'
 * cross-format tests, with their names.
 */
interface RequestRow {
  name: string
  from: Codec
  to: Codec
  input: unknown
  context?: WireContext
  /** Exactly these losses, as `path kind`. */
  losses?: string[]
  /** At least these losses. */
  someLosses?: string[]
  /** The encoded body equals this. */
  equals?: unknown
  /** The encoded body matches this. */
  matches?: object
  /** The encoded request context equals this. */
  encodedContext?: WireContext
  /** The target's own server check accepts the body. */
  accepted?: boolean
  check?: (translated: TranslatedRequest) => void
}

const byPath = (losses: Loss[]) => losses.map((loss) => `${loss.path} ${loss.kind}`).sort()
const messagesOf = (body: unknown) => (body as { messages: Record<string, unknown>[] }).messages
const friendliChatRequest = compileSchema(FriendliChatRequest)

/** The OpenAI-only fields of `openai-every-field`: no other dialect can say them. */
const OPENAI_EXTRA_LOSSES = [
  'extensions.openai.store hint',
  'extensions.openai.serviceTier hint',
  'extensions.openai.verbosity hint',
  'extensions.openai.modalities semantic',
  'extensions.openai.prediction hint',
  'extensions.openai.webSearchOptions semantic',
  'extensions.openai.promptCacheKey hint',
  'extensions.openai.promptCacheRetention hint',
  'extensions.openai.safetyIdentifier hint',
]

const elasticEveryField = () => ({
  input: readJsonFixture('elastic', 'elastic-every-field.request.json'),
  context: readJsonFixture<WireContext>('elastic', 'elastic-every-field.context.json'),
})

const rows: RequestRow[] = [
  // OpenAI → Elastic
  {
    name: 'OpenAI → Elastic: keeps the whitelist and reports everything else as §9.1 lists it',
    from: openaiCodec,
    to: elasticCodec,
    input: readJsonFixture('openai', 'openai-every-field.request.json'),
    losses: [
      // §9.1 "dropping changes results"
      'n semantic',
      'seed semantic',
      'logitBias semantic',
      'logprobs semantic',
      'topLogprobs semantic',
      'responseFormat semantic',
      'frequencyPenalty semantic',
      'presencePenalty semantic',
      'reasoningEffort hint',
      // §9.1 "silently dropping is acceptable": still reported, as hints
      'user hint',
      'metadata hint',
      'streamOptions hint',
      'parallelToolCalls hint',
      // OpenAI-only extras
      ...OPENAI_EXTRA_LOSSES,
      // §9.1 messages: name/audio dropped, non-text parts and custom tools rejected for 8.18
      'messages[0].name hint',
      'messages[2].name hint',
      'messages[5].audioId hint',
      'messages[2].content[1] semantic',
      'messages[2].content[2] semantic',
      'messages[2].content[3] semantic',
      'tools[1] semantic',
    ],
    encodedContext: { params: { inference_id: 'gpt-4o' } },
    equals: {
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
    },
    accepted: true,
  },
  {
    name: 'OpenAI → Elastic: renames legacy max_tokens and lists a bare stop string',
    from: openaiCodec,
    to: elasticCodec,
    input: {
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
      max_tokens: 64,
      stop: 'END',
    },
    losses: [],
    equals: {
      messages: [{ content: 'Hi', role: 'user' }],
      max_completion_tokens: 64,
      stop: ['END'],
    },
  },
  ...(
    [
      ['n: 2', { n: 2 }, 'n semantic'],
      ['seed', { seed: 7 }, 'seed semantic'],
      ['response_format', { response_format: { type: 'json_object' } }, 'responseFormat semantic'],
      ['logprobs', { logprobs: true }, 'logprobs semantic'],
      ['user', { user: 'user-1234' }, 'user hint'],
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
        'messages[0].content[0] semantic',
      ],
    ] as const
  ).map(
    ([what, extra, loss]): RequestRow => ({
      name: `OpenAI → Elastic: a body with ${what} yields a ${loss} loss and a body ES accepts`,
      from: openaiCodec,
      to: elasticCodec,
      input: { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }], ...extra },
      someLosses: [loss],
      accepted: true,
    }),
  ),
  // Elastic → OpenAI → Elastic
  {
    name: 'Elastic → OpenAI → back: loses nothing; only the inference id is re-derived from the model',
    from: elasticCodec,
    to: openaiCodec,
    ...elasticEveryField(),
    losses: [],
    matches: {
      model: 'gpt-4o-mini',
      max_completion_tokens: 256,
      stream: true,
      stream_options: { include_usage: true },
    },
    check: ({ body }) => {
      const back = translateRequest(body, openaiCodec, elasticCodec)
      expect(back.losses).toEqual([])
      expect(back.context).toEqual({ params: { inference_id: 'gpt-4o-mini' } })
      const { model: _model, ...withoutModel } = elasticEveryField().input as Record<
        string,
        unknown
      >
      expect(back.body).toEqual(withoutModel)
    },
  },
  // OpenAI → Friendli (§9.5)
  {
    name: 'OpenAI → Friendli: encodes developer, text-part system content and `stop: "x"` to a body Friendli accepts',
    from: openaiCodec,
    to: friendliCodec,
    input: {
      model: 'zai-org/GLM-5.2',
      messages: [
        { role: 'developer', content: 'Answer in one line.' },
        { role: 'system', content: [{ type: 'text', text: 'You are terse.' }] },
        { role: 'user', content: 'Hello!' },
      ],
      stop: 'x',
      max_completion_tokens: 100,
    },
    equals: {
      model: 'zai-org/GLM-5.2',
      messages: [
        { role: 'system', content: 'Answer in one line.' },
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Hello!' },
      ],
      stop: ['x'],
      max_tokens: 100,
    },
    losses: [],
    accepted: true,
    check: ({ body }) => expect(friendliChatRequest.check(body)).toBe(true),
  },
  {
    name: 'OpenAI → Friendli: reports exactly what Friendli cannot say of the OpenAI every-field request',
    from: openaiCodec,
    to: friendliCodec,
    input: readJsonFixture('openai', 'openai-every-field.request.json'),
    losses: [
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
      ...OPENAI_EXTRA_LOSSES,
    ],
    matches: {
      max_tokens: 512,
      seed: 42,
      response_format: {
        type: 'json_schema',
        json_schema: { schema: { type: 'object', properties: { temp: { type: 'number' } } } },
      },
    },
    // The strict server check accepts what the encoder wrote.
    accepted: true,
  },
  // Friendli → OpenAI
  {
    name: 'Friendli → OpenAI: reports every Friendli-only knob, the seed list and the regex format',
    from: friendliCodec,
    to: openaiCodec,
    input: readJsonFixture('friendli', 'friendli-every-field.request.json'),
    context: readJsonFixture<WireContext>('friendli', 'friendli-every-field.context.json'),
    losses: [
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
    ],
    matches: { max_completion_tokens: 512, stop: ['\n\n', 'END'] },
  },
  {
    name: 'Friendli → OpenAI: reports built-in tools as semantic losses, never as functions',
    from: friendliCodec,
    to: openaiCodec,
    input: readJsonFixture('friendli', 'friendli-tool-assisted.request.json'),
    context: readJsonFixture<WireContext>('friendli', 'friendli-tool-assisted.context.json'),
    losses: ['tools[0] semantic', 'tools[1] semantic'],
    check: ({ body }) => expect((body as { tools?: unknown[] }).tools ?? []).toEqual([]),
  },
  // Elastic and OctoAI → Friendli
  ...(
    [
      [
        'octoai',
        octoaiCodec,
        'octoai-every-field',
        [
          'user hint',
          'extensions.compatible.peft semantic',
          'extensions.compatible.ignoreEos semantic',
          'extensions.compatible.logPrompt hint',
          'extensions.compatible.loglikelihood semantic',
        ],
      ],
      ['octoai', octoaiCodec, 'octoai-json-schema', ['responseFormat hint']],
      ['octoai', octoaiCodec, 'octoai-tool-call', []],
      ['elastic', elasticCodec, 'elastic-every-field', ['tools[0].strict hint']],
      ['elastic', elasticCodec, 'elastic-example-2-tool-result', []],
    ] as const
  ).map(
    ([owner, from, file, losses]): RequestRow => ({
      name: `${file} → Friendli: reports ${losses.length} losses and Friendli accepts the body`,
      from,
      to: friendliCodec,
      input: readJsonFixture(owner, `${file}.request.json`),
      ...(owner === 'elastic'
        ? { context: readJsonFixture<WireContext>(owner, `${file}.context.json`) }
        : {}),
      losses: [...losses],
      accepted: true,
    }),
  ),
  // OpenAI → OctoAI
  {
    name: 'OpenAI → OctoAI: reports what §9.3 lists, and nothing else; renames and reshapes what OctoAI can say',
    from: openaiCodec,
    to: octoaiCodec,
    input: readJsonFixture('openai', 'openai-every-field.request.json'),
    losses: [
      // §9.3: seed, parallel_tool_calls, strict, store, metadata… dropped and reported
      'seed semantic',
      'parallelToolCalls hint',
      'tools[0].strict hint',
      'metadata hint',
      'reasoningEffort hint',
      'streamOptions.includeObfuscation hint',
      ...OPENAI_EXTRA_LOSSES,
      // OctoAI messages: no names, no audio/file parts, no audio references, no custom tools
      'messages[0].name hint',
      'messages[2].name hint',
      'messages[2].content[2] semantic',
      'messages[2].content[3] semantic',
      'messages[5].audioId hint',
      'tools[1] semantic',
    ],
    matches: {
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
    },
    accepted: true,
    check: ({ body }) => {
      const messages = messagesOf(body)
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
    },
  },
  {
    name: "OpenAI → OctoAI: turns tool_choice 'none' into a request without tools",
    from: openaiCodec,
    to: octoaiCodec,
    input: {
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      tool_choice: 'none',
    },
    equals: { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] },
    losses: ['toolChoice hint'],
  },
  // OctoAI → OpenAI
  {
    name: 'OctoAI → OpenAI: reports the OctoAI-only knobs and keeps the shared ones',
    from: octoaiCodec,
    to: openaiCodec,
    input: readJsonFixture('octoai', 'octoai-every-field.request.json'),
    losses: [
      'minP hint',
      'repetitionPenalty hint',
      'extensions.compatible.peft semantic',
      'extensions.compatible.ignoreEos semantic',
      'extensions.compatible.logPrompt hint',
      'extensions.compatible.loglikelihood semantic',
    ],
    matches: {
      max_completion_tokens: 1024,
      top_p: 0.95,
      logit_bias: { '50256': -100, '1234': 2.5 },
      tool_choice: { type: 'function', function: { name: 'get_flight_status' } },
    },
  },
  {
    name: "OctoAI → OpenAI: keeps the tool_call_id OctoAI's guide sends",
    from: octoaiCodec,
    to: openaiCodec,
    input: readJsonFixture('octoai', 'octoai-tool-call.request.json'),
    losses: [],
    accepted: true,
    check: ({ body }) =>
      expect(messagesOf(body)[3]).toEqual({
        role: 'tool',
        tool_call_id: 'chatcmpl-tool-0b9c2a2cbd1a4c6e8a3c0d6f1e2b7a45',
        content: '{"flight_number": "AA100", "status": "On Time", "date": "2024-06-17"}',
      }),
  },
  {
    name: 'OctoAI → OpenAI: sends legacy JSON mode with a schema as OpenAI json_schema',
    from: octoaiCodec,
    to: openaiCodec,
    input: readJsonFixture('octoai', 'octoai-json-mode.request.json'),
    matches: {
      response_format: {
        type: 'json_schema',
        json_schema: { schema: { required: ['color', 'maker'] } },
      },
    },
  },
  // OctoAI ↔ Elastic
  {
    name: 'OctoAI → Elastic: keeps the whitelist and reports every OctoAI knob Elastic lacks (§9.1)',
    from: octoaiCodec,
    to: elasticCodec,
    input: readJsonFixture('octoai', 'octoai-every-field.request.json'),
    losses: [
      'responseFormat semantic',
      'logitBias semantic',
      'n semantic',
      'logprobs semantic',
      'topLogprobs semantic',
      'minP hint',
      'frequencyPenalty semantic',
      'presencePenalty semantic',
      'repetitionPenalty hint',
      'user hint',
      'extensions.compatible.peft semantic',
      'extensions.compatible.ignoreEos semantic',
      'extensions.compatible.logPrompt hint',
      'extensions.compatible.loglikelihood semantic',
    ],
    encodedContext: { params: { inference_id: 'meta-llama-3.1-70b-instruct' } },
    matches: { max_completion_tokens: 1024, stop: ['</s>', '\n\nUser:'] },
  },
  {
    name: 'Elastic → OctoAI: carries tools, tool results and limits; only strict is lost',
    from: elasticCodec,
    to: octoaiCodec,
    ...elasticEveryField(),
    losses: ['tools[0].strict hint'],
    matches: { max_tokens: 256, tool_choice: 'auto', stream: true },
    accepted: true,
    check: ({ body }) => {
      const messages = messagesOf(body)
      expect(messages[2]).toMatchObject({ role: 'assistant', content: '' })
      expect(messages[3]).toEqual({ role: 'tool', tool_call_id: 'call_a', content: '12°C, cloudy' })
    },
  },
]

describe('cross-format request facts', () => {
  it.each(rows)('$name', (row) => {
    const translated = translateRequest(row.input, row.from, row.to, row.context)
    const { body, context, losses } = translated
    if (row.losses) expect(byPath(losses)).toEqual([...row.losses].sort())
    for (const loss of row.someLosses ?? []) expect(byPath(losses)).toContain(loss)
    if (row.equals !== undefined) expect(body).toEqual(row.equals)
    if (row.matches !== undefined) expect(body).toMatchObject(row.matches)
    if (row.encodedContext) expect(context).toEqual(row.encodedContext)
    if (row.accepted) expect(() => row.to.decodeRequest(body, context)).not.toThrow()
    row.check?.(translated)
  })
})
