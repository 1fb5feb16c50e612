import { type ChatRequest, compileSchema, type Loss, type UserContentPart } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { FriendliChatRequest } from '../schema/friendli-chat-request'
import type { FriendliProduct } from '../schema/friendli-extension'
import { FriendliToolAssistedChatRequest } from '../schema/friendli-tool-assisted-chat-request'
import { encodeFriendliChatRequest } from './encode-friendli-chat-request'

const chatRequest = compileSchema(FriendliChatRequest)
const toolAssistedRequest = compileSchema(FriendliToolAssistedChatRequest)
const base: ChatRequest = { model: 'zai-org/GLM-5.2', messages: [{ role: 'user', content: 'Hi' }] }

function encode(request: Partial<ChatRequest>, product?: FriendliProduct, stream?: boolean) {
  return encodeFriendliChatRequest({ ...base, ...request }, { product, stream })
}
const lossAt = (losses: Loss[], path: string) => losses.find((loss) => loss.path === path)

describe('encodeFriendliChatRequest', () => {
  it('turns developer and text-part system content into system strings Friendli accepts', () => {
    const { body, losses } = encode({
      messages: [
        { role: 'developer', content: [{ type: 'text', text: 'Be brief.' }] },
        {
          role: 'system',
          content: [
            { type: 'text', text: 'Use SI units.' },
            { type: 'text', text: 'No emoji.' },
          ],
        },
        { role: 'user', content: 'Hi' },
      ],
      stop: ['x'],
      maxTokens: 64,
    })
    expect(body.messages.slice(0, 2)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'system', content: 'Use SI units.\nNo emoji.' },
    ])
    expect(body).toMatchObject({ stop: ['x'], max_tokens: 64 })
    expect(chatRequest.check(body), JSON.stringify(chatRequest.firstProblem(body))).toBe(true)
    expect(losses).toEqual([])
  })

  it('flattens tool and assistant text parts, and loses what is not text', () => {
    const { body, losses } = encode({
      messages: [
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'No.' },
            { type: 'refusal', refusal: 'I cannot.' },
          ],
        },
        {
          role: 'tool',
          toolCallId: 'call_1',
          content: [
            { type: 'text', text: '{"a":' },
            { type: 'text', text: '1}' },
          ],
        },
      ],
    })
    expect(body.messages).toEqual([
      { role: 'assistant', content: 'No.' },
      { role: 'tool', tool_call_id: 'call_1', content: '{"a":\n1}' },
    ])
    expect(losses).toEqual([
      {
        path: 'messages[0].content[1]',
        kind: 'semantic',
        message: expect.stringContaining("'refusal' part"),
      },
    ])
  })

  it.each<{
    name: string
    part: UserContentPart
    wire?: unknown
    loss?: Partial<Loss>
  }>([
    {
      name: 'image by URL',
      part: { type: 'image', url: 'https://x/a.png' },
      wire: { type: 'image_url', image_url: { url: 'https://x/a.png' } },
    },
    {
      name: 'image detail',
      part: { type: 'image', url: 'https://x/a.png', detail: 'high' },
      wire: { type: 'image_url', image_url: { url: 'https://x/a.png' } },
      loss: { path: 'messages[0].content[0].detail', kind: 'hint' },
    },
    {
      name: 'audio by URL',
      part: { type: 'audio', url: 'https://x/a.mp3' },
      wire: { type: 'audio_url', audio_url: { url: 'https://x/a.mp3' } },
    },
    {
      name: 'inline audio',
      part: { type: 'audio', data: 'UklGRg==', format: 'wav' },
      loss: { path: 'messages[0].content[0]', kind: 'semantic' },
    },
    {
      name: 'video',
      part: { type: 'video', url: 'https://x/a.mp4' },
      wire: { type: 'video_url', video_url: { url: 'https://x/a.mp4' } },
    },
    {
      name: 'file',
      part: { type: 'file', fileId: 'file-1' },
      loss: { path: 'messages[0].content[0]', kind: 'semantic' },
    },
  ])('user part: $name', ({ part, wire, loss }) => {
    const { body, losses } = encode({ messages: [{ role: 'user', content: [part] }] })
    expect(body.messages[0]).toEqual({ role: 'user', content: wire === undefined ? [] : [wire] })
    expect(losses).toEqual(loss ? [expect.objectContaining(loss)] : [])
  })

  it('defaults missing function parameters and drops `strict` as a hint', () => {
    const { body, losses } = encode({ tools: [{ type: 'function', name: 'now', strict: true }] })
    expect(body.tools).toEqual([
      {
        type: 'function',
        function: { name: 'now', parameters: { type: 'object', properties: {} } },
      },
    ])
    expect(losses).toEqual([expect.objectContaining({ path: 'tools[0].strict', kind: 'hint' })])
  })

  it('sends built-in tools only to the tool-assisted endpoint', () => {
    const tools: ChatRequest['tools'] = [
      { type: 'builtin', name: 'web:search' },
      { type: 'builtin', name: 'file:text', files: ['file_1'] },
    ]
    const assisted = encode({ tools }, 'tools')
    expect(assisted.body.tools).toEqual([
      { type: 'web:search' },
      { type: 'file:text', files: ['file_1'] },
    ])
    expect(assisted.losses).toEqual([])
    expect(toolAssistedRequest.check(assisted.body)).toBe(true)
    const serverless = encode({ tools }, 'serverless')
    expect(serverless.body.tools).toEqual([])
    expect(serverless.losses.map((loss) => [loss.path, loss.kind])).toEqual([
      ['tools[0]', 'semantic'],
      ['tools[1]', 'semantic'],
    ])
  })

  it.each<{
    name: string
    request: Partial<ChatRequest>
    product?: FriendliProduct
    path: string
    kind: Loss['kind']
  }>([
    {
      name: 'an unknown built-in tool',
      request: { tools: [{ type: 'builtin', name: 'web_search_preview' }] },
      product: 'tools',
      path: 'tools[0]',
      kind: 'semantic',
    },
    {
      name: 'a second file for the file parser',
      request: { tools: [{ type: 'builtin', name: 'file:text', files: ['file_1', 'file_2'] }] },
      product: 'tools',
      path: 'tools[0].files',
      kind: 'semantic',
    },
    {
      name: 'a custom tool',
      request: { tools: [{ type: 'custom', name: 'grammar' }] },
      path: 'tools[0]',
      kind: 'semantic',
    },
    {
      name: 'an allowed_tools choice',
      request: { toolChoice: { type: 'allowed_tools', mode: 'auto', tools: [] } },
      path: 'toolChoice',
      kind: 'semantic',
    },
    {
      name: 'a response format on the tool-assisted endpoint',
      request: { responseFormat: { type: 'json_object' } },
      product: 'tools',
      path: 'responseFormat',
      kind: 'semantic',
    },
    {
      name: 'a json_schema without a schema',
      request: { responseFormat: { type: 'json_schema', name: 'x' } },
      path: 'responseFormat',
      kind: 'semantic',
    },
    {
      name: 'min_tokens on the tool-assisted endpoint',
      request: { extensions: { compatible: { minTokens: 4 } } },
      product: 'tools',
      path: 'extensions.compatible.minTokens',
      kind: 'hint',
    },
    {
      name: 'resume_generation off it',
      request: { extensions: { compatible: { resumeGeneration: true } } },
      path: 'extensions.compatible.resumeGeneration',
      kind: 'hint',
    },
    {
      name: 'a seed and a seed list',
      request: { seed: 1, extensions: { friendli: { seeds: [1, 2] } } },
      path: 'seed',
      kind: 'semantic',
    },
    {
      name: 'an OpenAI-only reasoning effort',
      request: { reasoningEffort: 'none' },
      path: 'reasoningEffort',
      kind: 'hint',
    },
    {
      name: 'stream options without streaming',
      request: { streamOptions: { includeUsage: true } },
      path: 'streamOptions',
      kind: 'hint',
    },
    { name: '`user`', request: { user: 'u-1' }, path: 'user', kind: 'hint' },
    {
      name: 'an OpenAI extension',
      request: { extensions: { openai: { store: true } } },
      path: 'extensions.openai.store',
      kind: 'hint',
    },
    {
      name: 'a legacy function message',
      request: { messages: [{ role: 'function', name: 'f', content: '1' }] },
      path: 'messages[0]',
      kind: 'semantic',
    },
    {
      name: 'a custom tool call in history',
      request: {
        messages: [
          { role: 'assistant', toolCalls: [{ id: 'c', type: 'custom', name: 'g', input: 'x' }] },
        ],
      },
      path: 'messages[0].toolCalls[0]',
      kind: 'semantic',
    },
  ])('reports $name', ({ request, product, path, kind }) => {
    const { losses } = encode(request, product)
    expect(lossAt(losses, path)?.kind).toBe(kind)
  })

  it.each<{
    name: string
    format: NonNullable<ChatRequest['responseFormat']>
    wire: unknown
    hint: boolean
  }>([
    {
      name: 'regex',
      format: { type: 'regex', pattern: '[0-9]+' },
      wire: { type: 'regex', schema: '[0-9]+' },
      hint: false,
    },
    {
      name: 'OpenAI json_schema',
      format: { type: 'json_schema', name: 'answer', strict: true, schema: { type: 'object' } },
      // name as @friendliai/ai-provider sends it; strict has no Friendli home.
      wire: { type: 'json_schema', json_schema: { schema: { type: 'object' }, name: 'answer' } },
      hint: true,
    },
    {
      name: 'json_object with a schema (OctoAI)',
      format: { type: 'json_object', schema: { type: 'object' } },
      wire: { type: 'json_schema', json_schema: { schema: { type: 'object' } } },
      hint: false,
    },
  ])('response format: $name', ({ format, wire, hint }) => {
    const { body, losses } = encode({ responseFormat: format })
    expect(body.response_format).toEqual(wire)
    expect(losses.map((loss) => loss.kind)).toEqual(hint ? ['hint'] : [])
  })

  it('streams when asked, with stream_options, and maps max tokens', () => {
    const { body, losses } = encode(
      { maxTokens: 10, streamOptions: { includeUsage: true } },
      undefined,
      true,
    )
    expect(body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 10,
    })
    expect(losses).toEqual([])
  })

  it('returns the product and the team header as context', () => {
    const { context } = encode({
      extensions: { friendli: { product: 'dedicated', team: 'team_9' } },
    })
    expect(context).toEqual({
      params: { product: 'dedicated' },
      headers: { 'x-friendli-team': 'team_9' },
    })
    expect(encode({}, 'tools').context).toEqual({ params: { product: 'tools' } })
  })

  it('lets the bound product win over the extension', () => {
    const { context } = encode({ extensions: { friendli: { product: 'dedicated' } } }, 'serverless')
    expect(context.params).toEqual({ product: 'serverless' })
  })

  it('leaves out an empty model for a container, which routes by adapter', () => {
    expect(encode({ model: '' }, 'container').body).not.toHaveProperty('model')
    expect(encode({ model: '' }, 'serverless').body).toHaveProperty('model', '')
  })
})
