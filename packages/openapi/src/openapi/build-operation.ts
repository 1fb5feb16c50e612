import type { TSchema } from '@sinclair/typebox'
import type {
  DialectDescriptor,
  OperationDescriptor,
  SecurityDescriptor,
} from '../dialect/dialect-descriptor'
import type { DialectExamples, NamedExample } from '../examples/dialect-examples'
import { isDialectExample, selectExamples } from '../examples/select-examples'
import type { SchemaRegistry } from '../schema/create-schema-registry'
import { buildErrorResponses } from './build-error-responses'
import { buildExampleMap } from './build-example-map'

export interface OperationContext {
  descriptor: DialectDescriptor
  registry: SchemaRegistry
  /** The dialect's stream event schema (`createStreamEventSchema`). */
  streamEvent: TSchema
  examples?: DialectExamples
  /** The credentials the operation accepts, any one of them (none: an open gateway). */
  security: readonly SecurityDescriptor[]
}

/** One OpenAPI Operation Object: parameters, request body, success and error responses. */
export function buildOperation(
  operation: Omit<OperationDescriptor, 'vendorPath' | 'gatewayPath'>,
  context: OperationContext,
): Record<string, unknown> {
  const { descriptor, registry, security } = context
  const examples = selectExamples(
    context.examples,
    (name) => isDialectExample(descriptor, name) && (operation.fixtures?.(name) ?? true),
  )
  return {
    operationId: `${descriptor.dialect}${capitalize(operation.operationId)}`,
    tags: [descriptor.tag],
    summary: operation.summary,
    ...(operation.description && { description: operation.description }),
    ...(operation.servers && { servers: operation.servers }),
    ...(operation.parameters && {
      parameters: operation.parameters.map(({ schema, ...parameter }) => ({
        ...parameter,
        schema: registry.use(schema),
      })),
    }),
    ...(security.length > 0 && { security: security.map(({ name }) => ({ [name]: [] })) }),
    requestBody: {
      required: true,
      content: {
        'application/json': withExamples(
          registry.use(operation.request ?? descriptor.request),
          examples.requests,
        ),
      },
    },
    responses: {
      '200': buildSuccess(context, examples),
      ...buildErrorResponses(descriptor.errors, context, examples.errors),
    },
  }
}

function buildSuccess(context: OperationContext, examples: DialectExamples) {
  const { descriptor, registry } = context
  const content: Record<string, unknown> = {}
  if (descriptor.response) {
    content['application/json'] = withExamples(
      registry.use(descriptor.response),
      examples.responses,
    )
  }
  content['text/event-stream'] = withExamples(registry.use(context.streamEvent), examples.streams)
  const description =
    descriptor.streaming === 'always'
      ? 'The completion, streamed as Server-Sent Events (this endpoint always streams).'
      : 'The completion: JSON, or Server-Sent Events when the request sets `stream: true`.'
  return { description, content }
}

function withExamples(schema: unknown, examples: readonly NamedExample<unknown>[]) {
  const map = buildExampleMap(examples)
  return { schema, ...(map && { examples: map }) }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
