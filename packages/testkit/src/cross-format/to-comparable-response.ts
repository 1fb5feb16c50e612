import type { ChatResponse } from '@chatwire/core'
import { withoutNulls } from '../without-nulls'

function withoutEmptyObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyObjects)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value)
    .map(([key, item]) => [key, withoutEmptyObjects(item)] as const)
    .filter(
      ([, item]) =>
        !(
          item &&
          typeof item === 'object' &&
          !Array.isArray(item) &&
          Object.keys(item).length === 0
        ),
    )
  return Object.fromEntries(entries)
}

/**
 * A canonical response with what dialects may say differently but mean alike put one way:
 * `null` and absent alike, empty objects gone, a finish reason by its unified value only (the
 * raw word is the vendor's).
 */
export function toComparableResponse(response: ChatResponse): unknown {
  const choices = response.choices.map((choice) => {
    const { finishReason, ...rest } = choice
    if (finishReason === undefined) return rest
    return { ...rest, finishReason: { unified: finishReason.unified } }
  })
  return withoutEmptyObjects(withoutNulls({ ...response, choices }))
}
