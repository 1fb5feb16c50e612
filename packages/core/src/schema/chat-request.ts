import type { Static } from '@sinclair/typebox'
import { ChatMessage } from './chat-message'
import { RequestExtensions } from './extensions'
import * as Type from './json-type'
import { ResponseFormat } from './response-format'
import { Tool, ToolChoice } from './tool'

export const StreamOptions = Type.Object(
  {
    includeUsage: Type.Optional(Type.Boolean()),
    includeObfuscation: Type.Optional(Type.Boolean()),
  },
  { $id: 'StreamOptions' },
)
export type StreamOptions = Static<typeof StreamOptions>

/** The canonical request: a superset of what the four dialects can say. */
export const ChatRequest = Type.Object(
  {
    model: Type.String({
      description:
        'Model name (for dialects that address an inference endpoint: its id, unless set).',
    }),
    messages: Type.Array(ChatMessage),
    tools: Type.Optional(Type.Array(Tool)),
    toolChoice: Type.Optional(ToolChoice),
    parallelToolCalls: Type.Optional(Type.Boolean()),
    responseFormat: Type.Optional(ResponseFormat),
    maxTokens: Type.Optional(Type.Integer({ minimum: 0, description: 'Output token limit.' })),
    temperature: Type.Optional(Type.Number()),
    topP: Type.Optional(Type.Number()),
    topK: Type.Optional(Type.Integer()),
    minP: Type.Optional(Type.Number()),
    frequencyPenalty: Type.Optional(Type.Number()),
    presencePenalty: Type.Optional(Type.Number()),
    repetitionPenalty: Type.Optional(Type.Number()),
    seed: Type.Optional(Type.Integer()),
    logitBias: Type.Optional(Type.Record(Type.String(), Type.Number())),
    stop: Type.Optional(
      Type.Array(Type.String(), { description: 'Stop sequences (always a list).' }),
    ),
    n: Type.Optional(Type.Integer({ minimum: 1 })),
    logprobs: Type.Optional(Type.Boolean()),
    topLogprobs: Type.Optional(Type.Integer({ minimum: 0 })),
    reasoningEffort: Type.Optional(Type.String()),
    stream: Type.Optional(Type.Boolean()),
    streamOptions: Type.Optional(StreamOptions),
    user: Type.Optional(Type.String()),
    metadata: Type.Optional(Type.Record(Type.String(), Type.String())),
    extensions: Type.Optional(RequestExtensions),
  },
  { $id: 'ChatRequest', description: 'A chat completion request in chatwire canonical form.' },
)
export type ChatRequest = Static<typeof ChatRequest>
