import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'
import { StringEnum } from './schema-helpers'

export const ERROR_KINDS = [
  'invalid_request',
  'authentication',
  'permission',
  'not_found',
  'conflict',
  'request_too_large',
  'unprocessable',
  'rate_limit',
  'internal',
  'upstream',
  'overloaded',
  'timeout',
] as const

export const ErrorKind = StringEnum(ERROR_KINDS, { $id: 'ErrorKind' })
export type ErrorKind = Static<typeof ErrorKind>

/** The one error shape every codec decodes into and encodes from. */
export const ChatError = Type.Object(
  {
    kind: ErrorKind,
    status: Type.Integer({ minimum: 100, maximum: 599, description: 'HTTP status.' }),
    message: Type.String(),
    param: Type.Optional(
      Type.String({ description: 'Path of the offending field, e.g. `messages[0].content`.' }),
    ),
    code: Type.Optional(Type.String({ description: 'The vendor error code, when it has one.' })),
    type: Type.Optional(Type.String({ description: 'The vendor error type, when it has one.' })),
    retryAfter: Type.Optional(Type.Number({ description: 'Seconds to wait, from `Retry-After`.' })),
    raw: Type.Optional(
      Type.Unknown({ description: 'The vendor body as received, for debugging.' }),
    ),
  },
  { $id: 'ChatError' },
)
export type ChatError = Static<typeof ChatError>
