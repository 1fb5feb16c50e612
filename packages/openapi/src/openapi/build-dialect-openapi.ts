import type { DocumentableDialect } from '../dialect/list-documented-dialects'
import type { DialectExamples } from '../examples/dialect-examples'
import { createSchemaRegistry } from '../schema/create-schema-registry'
import { assembleDocument } from './assemble-document'
import { buildOperation } from './build-operation'
import { toComponentRef } from './component-ref'
import { createStreamEventSchema } from './create-stream-event-schema'
import type { OpenApiDocument } from './openapi-document'

/**
 * The vendor's own endpoint(s), as the vendor serves them: its host, paths and credentials, from
 * the dialect's `docs` (a TypeError when it has none).
 */
export function buildDialectOpenApi(
  dialect: DocumentableDialect,
  examples?: DialectExamples,
): OpenApiDocument {
  const { name, docs } = dialect
  if (!docs) throw new TypeError(`Dialect '${name}' has no docs to build a document from`)
  const registry = createSchemaRegistry(toComponentRef)
  const streamEvent = createStreamEventSchema(docs)
  const { security } = docs
  const context = { dialect: { name, docs }, registry, streamEvent, examples, security }
  return assembleDocument({
    info: { title: docs.title, version: docs.apiVersion, description: docs.description },
    servers: [...docs.servers],
    tags: [{ name: docs.tag, description: docs.title }],
    operations: docs.operations.map(
      (operation) => [operation.vendorPath, 'post', buildOperation(operation, context)] as const,
    ),
    security,
    registry,
  })
}
