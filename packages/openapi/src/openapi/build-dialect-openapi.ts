import type { DialectDescriptor } from '../dialect/dialect-descriptor'
import type { DialectExamples } from '../examples/dialect-examples'
import { createSchemaRegistry } from '../schema/create-schema-registry'
import { assembleDocument } from './assemble-document'
import { buildOperation } from './build-operation'
import { toComponentRef } from './component-ref'
import { createStreamEventSchema } from './create-stream-event-schema'
import type { OpenApiDocument } from './openapi-document'

/** The vendor's own endpoint(s), as the vendor serves them: its host, paths and credentials. */
export function buildDialectOpenApi(
  descriptor: DialectDescriptor,
  examples?: DialectExamples,
): OpenApiDocument {
  const registry = createSchemaRegistry(toComponentRef)
  const streamEvent = createStreamEventSchema(descriptor)
  const { security } = descriptor
  const context = { descriptor, registry, streamEvent, examples, security }
  return assembleDocument({
    info: {
      title: descriptor.title,
      version: descriptor.apiVersion,
      description: descriptor.description,
    },
    servers: [...descriptor.servers],
    tags: [{ name: descriptor.tag, description: descriptor.title }],
    operations: descriptor.operations.map(
      (operation) => [operation.vendorPath, 'post', buildOperation(operation, context)] as const,
    ),
    security,
    registry,
  })
}
