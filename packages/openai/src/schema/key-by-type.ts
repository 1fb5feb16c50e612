import { Type } from '@chatwire/core'
import type { TLiteral, TSchema } from '@sinclair/typebox'

/**
 * OpenAI's tagged shape, `{"type": "<kind>", "<kind>": {…}}` (tools, tool choices, tool calls,
 * content parts; reference §4.2): the properties of an object whose payload sits under the name
 * its `type` gives.
 */
export function keyByType<const Kind extends string, Payload extends TSchema>(
  kind: Kind,
  payload: Payload,
) {
  return { type: Type.Literal(kind, {}), [kind]: payload } as { type: TLiteral<Kind> } & {
    [Key in Kind]: Payload
  }
}
