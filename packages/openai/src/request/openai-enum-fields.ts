import { ChatwireError } from '@chatwire/core'

/**
 * The string enums of `CreateChatCompletionRequest` (openai/openai-openapi openapi.yaml:
 * `ReasoningEffort`, `ServiceTier`, `Verbosity`, `ModelResponseProperties.prompt_cache_retention`).
 */
export const OPENAI_ENUM_FIELDS = {
  reasoning_effort: ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'],
  service_tier: ['auto', 'default', 'flex', 'scale', 'priority', 'fast'],
  verbosity: ['low', 'medium', 'high'],
  prompt_cache_retention: ['in_memory', '24h'],
} as const

const quoted = (values: readonly string[]) => {
  const items = values.map((value) => `'${value}'`)
  return items.length < 3
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`
}

/**
 * A string outside its enum, in the API's words: `Invalid value: 'ultra'. Supported values are:
 * 'low', 'medium', and 'high'.` (quoted from the API in stanford-crfm/helm pull request #3501).
 */
export function checkOpenAIEnumFields(body: Record<string, unknown>): void {
  for (const [field, values] of Object.entries(OPENAI_ENUM_FIELDS)) {
    const value = body[field]
    if (typeof value !== 'string' || (values as readonly string[]).includes(value)) continue
    throw new ChatwireError({
      kind: 'invalid_request',
      message: `Invalid value: '${value.slice(0, 64)}'. Supported values are: ${quoted(values)}.`,
      type: 'invalid_request_error',
      param: field,
      code: 'invalid_value',
    })
  }
}
