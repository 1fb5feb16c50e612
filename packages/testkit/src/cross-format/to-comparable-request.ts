import { type ChatMessage, type ChatRequest, extensionLossKind } from '@chatwire/core'

type Extensions = NonNullable<ChatRequest['extensions']>

/** Extension fields that are request context (loss kind `null`: a path parameter, a product). */
function withoutContext(extensions: Extensions): Extensions | undefined {
  const kept: Extensions = {}
  for (const [name, bag] of Object.entries(extensions)) {
    const fields = Object.entries(bag ?? {}).filter(
      ([key, value]) => value !== undefined && extensionLossKind(name, key) !== null,
    )
    if (fields.length > 0) kept[name] = Object.fromEntries(fields)
  }
  return Object.keys(kept).length > 0 ? kept : undefined
}

function toComparableMessage(message: ChatMessage): ChatMessage {
  const comparable = { ...message } as Record<string, unknown>
  // A dialect without the developer role says it as a system message: the same instruction.
  if (comparable.role === 'developer') comparable.role = 'system'
  const content = comparable.content
  // An assistant turn with nothing to say: `null`, `''` and no content mean the same.
  if (comparable.role === 'assistant' && (content === null || content === '')) {
    delete comparable.content
  }
  // Text alone is the same said as a string or as one text part.
  if (typeof content === 'string' && comparable.content !== undefined) {
    comparable.content = [{ type: 'text', text: content }]
  }
  return comparable as ChatMessage
}

/**
 * A canonical request with what two dialects may say differently but mean alike put one way:
 * request context (extension fields whose loss kind is `null`) left out, `developer` read as
 * `system`, empty assistant content as none, a string as one text part, JSON mode with a schema
 * as a JSON Schema format, an empty tool list as none.
 */
export function toComparableRequest(request: ChatRequest): ChatRequest {
  const comparable: ChatRequest = {
    ...request,
    messages: request.messages.map(toComparableMessage),
  }
  // No tools said as an empty list or not at all.
  if (request.tools?.length === 0) delete comparable.tools
  const format = request.responseFormat
  // JSON constrained by a schema is the same answer whichever name the dialect gives it.
  if (format?.type === 'json_object' && format.schema !== undefined) {
    comparable.responseFormat = { type: 'json_schema', schema: format.schema }
  }
  const extensions = request.extensions && withoutContext(request.extensions)
  if (extensions) comparable.extensions = extensions
  else delete comparable.extensions
  return comparable
}
