import type { DialectDocs } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import type { TSchema } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { findUndescribedFields } from '../test-support/find-undescribed-fields'
import { listDocumentedDialects } from './list-documented-dialects'

const DOCS = listDocumentedDialects(defaultDialects).map(({ docs }) => docs)

/**
 * The schemas a user reads in the docs: every request body (the dialect's and its operations'),
 * the JSON answer, and the stream chunks (`<Wire>ChatChunk` by the house naming; a stream's
 * error events are error bodies, not chunks).
 */
function listDocumentedSchemas(descriptor: DialectDocs): [string, TSchema][] {
  const schemas = new Set<TSchema>([
    descriptor.request,
    ...descriptor.operations.flatMap(({ request }) => (request ? [request] : [])),
    ...(descriptor.response ? [descriptor.response] : []),
    ...descriptor.streamEvents
      .flatMap(({ data }) => data)
      .filter((schema) => /Chunk$/.test(String(schema.$id))),
  ])
  return [...schemas].map((schema) => [String(schema.$id), schema])
}

function resolveExport(descriptor: DialectDocs) {
  const named = Object.values(descriptor.exports).filter(
    (value): value is TSchema => typeof (value as TSchema | null)?.$id === 'string',
  )
  return (ref: string) => named.find((schema) => schema.$id === ref)
}

const ROWS = DOCS.flatMap((descriptor) =>
  listDocumentedSchemas(descriptor).map(([id, schema]) => ({
    tag: descriptor.tag,
    id,
    schema,
    descriptor,
  })),
)

describe('every field of every dialect schema has a description (issue #13)', () => {
  it('covers a request, a chunk and (unless stream-only) a response of each dialect', () => {
    for (const descriptor of DOCS) {
      const ids = listDocumentedSchemas(descriptor).map(([id]) => id)
      expect(
        ids.some((id) => /Request$/.test(id)),
        descriptor.tag,
      ).toBe(true)
      expect(
        ids.some((id) => /Chunk$/.test(id)),
        descriptor.tag,
      ).toBe(true)
      expect(
        ids.some((id) => /Response$/.test(id)),
        descriptor.tag,
      ).toBe(descriptor.streaming !== 'always')
    }
  })

  it.each(ROWS)('$tag $id', ({ id, schema, descriptor }) => {
    const missing = findUndescribedFields(schema, resolveExport(descriptor))
    // The paths go in the message: a diff of a long array is cut short.
    expect(missing.length, `${id} fields without a description: ${missing.join(', ')}`).toBe(0)
  })
})
