import {
  type AssistantContentPart,
  type ChatMessage,
  encodeFunctionToolCalls,
  type FunctionToolCall,
  type Loss,
  type UserContentPart,
} from '@chatwire/core'
import type {
  ElasticContentObject,
  ElasticMessage,
  ElasticToolCall,
} from '../schema/elastic-chat-request'

type Part = UserContentPart | AssistantContentPart

// 8.18 content objects are `{text, type}` with text only (wire-formats.md §3.2, §9.1).
function encodeContent(
  content: string | Part[],
  path: string,
  losses: Loss[],
): string | ElasticContentObject[] {
  if (typeof content === 'string') return content
  const parts: ElasticContentObject[] = []
  for (const [index, part] of content.entries()) {
    if (part.type === 'text') {
      parts.push({ text: part.text, type: 'text' })
      continue
    }
    losses.push({
      path: `${path}.content[${index}]`,
      kind: part.type === 'refusal' ? 'hint' : 'semantic',
      message: `Elasticsearch 8.18 accepts only text content parts, not '${part.type}'`,
    })
  }
  return parts
}

function encodeToolCall(call: FunctionToolCall): ElasticToolCall {
  return { id: call.id, function: { arguments: call.arguments, name: call.name }, type: 'function' }
}

function reportDropped(message: ChatMessage, path: string, losses: Loss[]): void {
  const dropped = [
    ['name', 'hint'],
    ['refusal', 'hint'],
    ['reasoning', 'hint'],
    ['audioId', 'hint'],
    ['functionCall', 'semantic'],
  ] as const
  for (const [field, kind] of dropped) {
    if ((message as Record<string, unknown>)[field] === undefined) continue
    losses.push({
      path: `${path}.${field}`,
      kind,
      message: `Elasticsearch messages have no '${field}'`,
    })
  }
}

/**
 * One canonical message → Elastic. `developer` stays `developer` (ES reads any role string and
 * hands it to the provider, SOURCES.md "role"); assistant `content: null` is
 * omitted (ES rejects null); what 8.18 cannot say is added to `losses`. `undefined` when the
 * whole message has no Elastic form (legacy `function` role).
 */
export function encodeElasticMessage(
  message: ChatMessage,
  path: string,
  losses: Loss[],
): ElasticMessage | undefined {
  reportDropped(message, path, losses)
  switch (message.role) {
    case 'function':
      losses.push({ path, kind: 'semantic', message: 'Elasticsearch has no function role' })
      return undefined
    case 'developer':
    case 'system':
    case 'user':
      return {
        content: encodeContent(message.content, path, losses),
        role: message.role,
      }
    case 'tool':
      return {
        content: encodeContent(message.content, path, losses),
        role: 'tool',
        tool_call_id: message.toolCallId,
      }
    case 'assistant': {
      const content = message.content ?? undefined
      return {
        ...(content === undefined ? {} : { content: encodeContent(content, path, losses) }),
        role: 'assistant',
        ...(message.toolCalls
          ? {
              tool_calls: encodeFunctionToolCalls(
                message.toolCalls,
                `${path}.toolCalls`,
                losses,
                'Elasticsearch',
                encodeToolCall,
              ),
            }
          : {}),
      }
    }
  }
}
