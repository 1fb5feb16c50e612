import type { Static, TSchema } from '@sinclair/typebox'
import { AssistantContentPart, TextPart, UserContentPart } from './content-part'
import * as Type from './json-type'
import { ToolCall } from './tool'

const name = Type.Optional(Type.String({ description: 'Participant name.' }))
const textContent = () => Type.Union([Type.String(), Type.Array(TextPart)])

/** A message that is a role, its content and the optional participant name, nothing more. */
function createContentMessage<const Role extends string, Content extends TSchema>(
  role: Role,
  content: Content,
  $id: string,
) {
  return Type.Object({ role: Type.Literal(role), content, name }, { $id })
}

export const SystemMessage = createContentMessage('system', textContent(), 'SystemMessage')
export type SystemMessage = Static<typeof SystemMessage>

export const DeveloperMessage = createContentMessage('developer', textContent(), 'DeveloperMessage')
export type DeveloperMessage = Static<typeof DeveloperMessage>

export const UserMessage = createContentMessage(
  'user',
  Type.Union([Type.String(), Type.Array(UserContentPart)]),
  'UserMessage',
)
export type UserMessage = Static<typeof UserMessage>

export const AssistantMessage = Type.Object(
  {
    role: Type.Literal('assistant'),
    content: Type.Optional(
      Type.Union([Type.String(), Type.Array(AssistantContentPart), Type.Null()], {
        description: '`null` (or absent) when the turn is only tool calls.',
      }),
    ),
    refusal: Type.Optional(Type.String()),
    reasoning: Type.Optional(
      Type.String({ description: "Reasoning text (a vendor's `reasoning_content`)." }),
    ),
    name,
    toolCalls: Type.Optional(Type.Array(ToolCall)),
    audioId: Type.Optional(Type.String({ description: 'A previous audio response, by id.' })),
    functionCall: Type.Optional(
      Type.Object(
        { name: Type.String(), arguments: Type.String() },
        { description: 'The legacy `function_call`.' },
      ),
    ),
  },
  { $id: 'AssistantMessage' },
)
export type AssistantMessage = Static<typeof AssistantMessage>

export const ToolMessage = Type.Object(
  {
    role: Type.Literal('tool'),
    toolCallId: Type.String({ description: 'The id of the call this message answers.' }),
    content: textContent(),
    name,
  },
  { $id: 'ToolMessage' },
)
export type ToolMessage = Static<typeof ToolMessage>

export const FunctionMessage = Type.Object(
  {
    role: Type.Literal('function'),
    name: Type.String(),
    content: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'FunctionMessage', description: 'The legacy function result.' },
)
export type FunctionMessage = Static<typeof FunctionMessage>

export const ChatMessage = Type.Union(
  [SystemMessage, DeveloperMessage, UserMessage, AssistantMessage, ToolMessage, FunctionMessage],
  { $id: 'ChatMessage' },
)
export type ChatMessage = Static<typeof ChatMessage>
export type ChatRole = ChatMessage['role']
