import type { ChatRequest, Loss } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeElasticChatRequest } from './decode-elastic-chat-request'
import { encodeElasticChatRequest } from './encode-elastic-chat-request'

const base: ChatRequest = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] }
const encode = (extra: Partial<ChatRequest>) => encodeElasticChatRequest({ ...base, ...extra })

describe('encodeElasticChatRequest', () => {
  it.each<[string, Partial<ChatRequest>, Loss['kind'], string]>([
    ['n: 2', { n: 2 }, 'semantic', 'n'],
    ['seed', { seed: 42 }, 'semantic', 'seed'],
    ['response_format', { responseFormat: { type: 'json_object' } }, 'semantic', 'responseFormat'],
    ['logprobs', { logprobs: true }, 'semantic', 'logprobs'],
    ['top_logprobs', { topLogprobs: 3 }, 'semantic', 'topLogprobs'],
    ['logit_bias', { logitBias: { '50256': -100 } }, 'semantic', 'logitBias'],
    ['top_k', { topK: 40 }, 'hint', 'topK'],
    ['user', { user: 'user-1234' }, 'hint', 'user'],
    ['parallel_tool_calls', { parallelToolCalls: false }, 'hint', 'parallelToolCalls'],
    ['metadata', { metadata: { team: 'search' } }, 'hint', 'metadata'],
    ['frequency_penalty', { frequencyPenalty: 0.5 }, 'semantic', 'frequencyPenalty'],
    [
      'stream_options without usage',
      { streamOptions: { includeUsage: false } },
      'hint',
      'streamOptions',
    ],
    [
      'an image part',
      {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is this?' },
              { type: 'image', url: 'https://example.com/cat.png' },
            ],
          },
        ],
      },
      'semantic',
      'messages[0].content[1]',
    ],
    ['a custom tool', { tools: [{ type: 'custom', name: 'sql' }] }, 'semantic', 'tools[0]'],
    [
      'an allowed_tools choice',
      { toolChoice: { type: 'allowed_tools', mode: 'auto', tools: [] } },
      'semantic',
      'toolChoice',
    ],
    [
      'a message name',
      { messages: [{ role: 'user', content: 'Hi', name: 'al' }] },
      'hint',
      'messages[0].name',
    ],
    [
      'a function-role message',
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'function', name: 'f', content: '{}' },
        ],
      },
      'semantic',
      'messages[1]',
    ],
    // A bag no loaded package declares is a hint; a declared bag's own kinds (OctoAI's `peft`
    // is semantic) are checked where its package is loaded: tests/cross-format.
    [
      'an undeclared extension',
      { extensions: { acme: { peft: 'my-lora' } } },
      'hint',
      'extensions.acme.peft',
    ],
    [
      '9.4 reasoning',
      { extensions: { elastic: { reasoning: { effort: 'low' } } } },
      'hint',
      'extensions.elastic.reasoning',
    ],
  ])('reports %s as a %s loss and leaves it out of the body', (_name, extra, kind, path) => {
    const { body, losses } = encode(extra)
    expect(losses).toContainEqual(expect.objectContaining({ kind, path }))
    expect(() => decodeElasticChatRequest(body, { params: { inference_id: 'x' } })).not.toThrow()
  })

  it('writes only whitelisted keys, renamed, in the server order', () => {
    const { body, losses, context } = encode({
      model: 'gpt-4o',
      maxTokens: 100,
      stop: ['END'],
      temperature: 0.7,
      topP: 0.9,
      toolChoice: { type: 'function', name: 'get_time' },
      tools: [{ type: 'function', name: 'get_time', parameters: { type: 'object' }, strict: true }],
      stream: true,
      streamOptions: { includeUsage: true },
      extensions: { elastic: { inferenceId: 'my-endpoint', timeout: '30s' } },
    })
    expect(losses).toEqual([])
    expect(context).toEqual({ params: { inference_id: 'my-endpoint' }, query: { timeout: '30s' } })
    expect(JSON.stringify(body)).toBe(
      '{"messages":[{"content":"Hi","role":"user"}],"model":"gpt-4o","max_completion_tokens":100,' +
        '"stop":["END"],"temperature":0.7,"tool_choice":{"type":"function","function":{"name":"get_time"}},' +
        '"tools":[{"type":"function","function":{"name":"get_time","parameters":{"type":"object"},"strict":true}}],"top_p":0.9}',
    )
  })

  it('uses the model as inference id when there is none, and then omits it from the body', () => {
    const { body, context } = encode({})
    expect(context).toEqual({ params: { inference_id: 'gpt-4o' } })
    expect(body).toEqual({ messages: [{ content: 'Hi', role: 'user' }] })
  })

  it('keeps developer (ES reads any role), omits null assistant content, keeps tool answers', () => {
    const { body, losses } = encode({
      messages: [
        { role: 'developer', content: 'Be brief.' },
        {
          role: 'assistant',
          content: null,
          toolCalls: [{ id: 'call_1', type: 'function', name: 'f', arguments: '{}' }],
        },
        { role: 'tool', toolCallId: 'call_1', content: [{ type: 'text', text: 'ok' }] },
      ],
    })
    expect(losses).toEqual([])
    expect(body.messages).toEqual([
      { content: 'Be brief.', role: 'developer' },
      {
        role: 'assistant',
        tool_calls: [{ id: 'call_1', function: { arguments: '{}', name: 'f' }, type: 'function' }],
      },
      { content: [{ text: 'ok', type: 'text' }], role: 'tool', tool_call_id: 'call_1' },
    ])
  })

  it('keeps the text parts of a message whose image part is lost', () => {
    const { body } = encode({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image', url: 'data:image/png;base64,iVBORw0KGgo=' },
            { type: 'text', text: 'Describe it' },
          ],
        },
      ],
    })
    expect(body.messages[0]?.content).toEqual([{ text: 'Describe it', type: 'text' }])
  })

  it('drops an empty stop list and reports nothing', () => {
    const { body, losses } = encode({ stop: [] })
    expect(body.stop).toBeUndefined()
    expect(losses).toEqual([])
  })
})
