import type { ResponseFormat } from '@chatwire/core'
import type { FriendliResponseFormat } from '../schema/friendli-response-format'

export function decodeFriendliResponseFormat(format: FriendliResponseFormat): ResponseFormat {
  switch (format.type) {
    case 'text':
    case 'json_object':
      return { type: format.type }
    case 'json_schema': {
      const { schema, name, description } = format.json_schema
      return {
        type: 'json_schema',
        schema,
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
      }
    }
    case 'regex':
      return { type: 'regex', pattern: format.schema }
  }
}
