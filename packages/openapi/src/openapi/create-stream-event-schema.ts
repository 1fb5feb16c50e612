import type { DialectDocs, StreamEventDescriptor } from '@chatwire/core'
import { type TSchema, Type } from '@sinclair/typebox'

const Done = Type.Literal('[DONE]', { description: 'The end-of-stream marker, sent as is.' })

/**
 * The schema of one Server-Sent Event of the dialect's streams (the OpenAPI 3.1 convention that
 * 3.2 names `itemSchema`): `event` is the SSE event name, `data` the JSON its `data:` field holds.
 */
export function createStreamEventSchema(docs: DialectDocs): TSchema {
  const variants = docs.streamEvents.map(createVariant)
  const options = {
    $id: `${docs.tag}StreamEvent`,
    description:
      `One ${docs.tag} Server-Sent Event. On the wire each event is \`event:\`/\`data:\` ` +
      'lines and a blank line; `data` is shown here parsed from its JSON text.',
  }
  if (variants.length === 1) return Type.Object(variants[0]!.properties, options)
  return Type.Union(variants, options)
}

function createVariant(event: StreamEventDescriptor) {
  const values = event.done ? [...event.data, Done] : [...event.data]
  const data = values.length === 1 ? values[0]! : Type.Union(values)
  if (event.event === undefined) return Type.Object({ data })
  return Type.Object({ event: Type.Literal(event.event), data })
}
