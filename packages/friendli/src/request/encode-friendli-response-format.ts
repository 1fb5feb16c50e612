import type { FriendliProduct, Loss, ResponseFormat } from '@chatwire/core'
import type { FriendliResponseFormat } from '../schema/friendli-response-format'

/** Canonical → Friendli: json_schema keeps only `schema`; regex is native (reference §9.5). */
export function encodeFriendliResponseFormat(
  format: ResponseFormat,
  product: FriendliProduct,
  losses: Loss[],
): FriendliResponseFormat | undefined {
  const lose = (message: string) => {
    losses.push({ path: 'responseFormat', kind: 'semantic', message })
    return undefined
  }
  if (product === 'tools') return lose("Friendli's tool-assisted endpoint takes no response_format")
  switch (format.type) {
    case 'text':
      return { type: 'text' }
    case 'json_object':
      // A JSON object constrained by a schema (OctoAI) is Friendli's json_schema.
      return format.schema === undefined
        ? { type: 'json_object' }
        : { type: 'json_schema', json_schema: { schema: format.schema } }
    case 'json_schema': {
      if (format.schema === undefined) return lose("Friendli's json_schema requires a schema")
      const dropped = (['name', 'description', 'strict'] as const).filter(
        (key) => format[key] !== undefined,
      )
      if (dropped.length > 0) {
        losses.push({
          path: 'responseFormat',
          kind: 'hint',
          message: `Friendli's json_schema takes only 'schema': dropped ${dropped.join(', ')}`,
        })
      }
      return { type: 'json_schema', json_schema: { schema: format.schema } }
    }
    case 'regex':
      return { type: 'regex', schema: format.pattern }
  }
}
