import type { ResponseFormat } from '@chatwire/core'
import type { FriendliResponseFormat } from '../schema/friendli-response-format'

export function decodeFriendliResponseFormat(format: FriendliResponseFormat): ResponseFormat {
  switch (format.type) {
    case 'text':
    case 'json_object':
      return { type: format.type }
    case 'json_schema':
      return { type: 'json_schema', schema: format.json_schema.schema }
    case 'regex':
      return { type: 'regex', pattern: format.schema }
  }
}
