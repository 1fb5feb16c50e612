import { Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: ../docs/elastic-schema-descriptions.ts (describeElasticSchemas puts them back).

// The request an Elasticsearch 8.18–9.1 server accepts (wire-formats.md §3.2, SOURCES.md). ES
// parses it with `ConstructingObjectParser`s that reject unknown keys at every level, so every
// object here is closed. This is the exact form chatwire writes; the server also reads numbers
// and booleans given as strings and a single object (or string) where a list is declared — the
// decoder accepts those too (assert-elastic-chat-request.ts). `x-elastic-parser` names ES's parser.

const closed = (parser: string) => ({ additionalProperties: false, 'x-elastic-parser': parser })

export const ElasticContentObject = Type.Object(
  {
    text: Type.String(),
    type: Type.String(),
  },
  {
    ...closed('ContentObject'),
    $id: 'ElasticContentObject',
  },
)
export type ElasticContentObject = Static<typeof ElasticContentObject>

export const ElasticToolCall = Type.Object(
  {
    id: Type.String(),
    function: Type.Object(
      {
        arguments: Type.String(),
        name: Type.String(),
      },
      { ...closed('tool_call_function_field') },
    ),
    type: Type.String(),
  },
  {
    ...closed('ToolCall'),
    $id: 'ElasticToolCall',
  },
)
export type ElasticToolCall = Static<typeof ElasticToolCall>

export const ElasticMessage = Type.Object(
  {
    content: Type.Optional(Type.Union([Type.String(), Type.Array(ElasticContentObject)])),
    role: Type.String(),
    tool_call_id: Type.Optional(Type.String()),
    tool_calls: Type.Optional(Type.Array(ElasticToolCall)),
  },
  {
    ...closed('Message'),
    $id: 'ElasticMessage',
  },
)
export type ElasticMessage = Static<typeof ElasticMessage>

export const ElasticTool = Type.Object(
  {
    type: Type.String(),
    function: Type.Object(
      {
        description: Type.Optional(Type.String()),
        name: Type.String(),
        parameters: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        strict: Type.Optional(Type.Boolean()),
      },
      { ...closed('tool_function_field') },
    ),
  },
  { ...closed('Tool'), $id: 'ElasticTool' },
)
export type ElasticTool = Static<typeof ElasticTool>

export const ElasticToolChoice = Type.Union(
  [
    Type.String(),
    Type.Object(
      {
        type: Type.String(),
        function: Type.Object({ name: Type.String() }, { ...closed('tool_choice_function_field') }),
      },
      { ...closed('ToolChoiceObject') },
    ),
  ],
  { $id: 'ElasticToolChoice' },
)
export type ElasticToolChoice = Static<typeof ElasticToolChoice>

export const ElasticChatRequest = Type.Object(
  {
    messages: Type.Array(ElasticMessage),
    model: Type.Optional(Type.String()),
    max_completion_tokens: Type.Optional(Type.Integer()),
    stop: Type.Optional(Type.Union([Type.Array(Type.String()), Type.String()])),
    temperature: Type.Optional(Type.Number()),
    tool_choice: Type.Optional(ElasticToolChoice),
    tools: Type.Optional(Type.Array(ElasticTool)),
    top_p: Type.Optional(Type.Number()),
  },
  {
    ...closed('UnifiedCompletionRequest'),
    $id: 'ElasticChatRequest',
  },
)
export type ElasticChatRequest = Static<typeof ElasticChatRequest>
