import type { Loss, ResponseFormat } from '@chatwire/core'
import type { FriendliProduct } from '../schema/friendli-extension'
import type { FriendliResponseFormat } from '../schema/friendli-response-format'

/** Canonical → Friendli: json_schema keeps `schema`, `name`, `description`; regex is native. */
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
      if (format.strict !== undefined) {
        losses.push({
          path: 'responseFormat',
          kind: 'hint',
          message: "Friendli's json_schema has no 'strict': dropped",
        })
      }
      // `name` and `description` as Friendli's own AI SDK provider sends them (SOURCES.md).
      const { name, description } = format
      return {
        type: 'json_schema',
        json_schema: {
          schema: format.schema,
          ...(name === undefined ? {} : { name }),
          ...(description === undefined ? {} : { description }),
        },
      }
    }
    case 'regex':
      return { type: 'regex', schema: format.pattern }
  }
}
