import type { OperationDescriptor, RequestExample, SecurityDescriptor } from '@chatwire/core'
import type { TSchema } from '@sinclair/typebox'
import type { DocumentedDialect } from '../dialect/list-documented-dialects'
import type { DialectExamples, NamedExample } from '../examples/dialect-examples'
import { isDialectExample, selectExamples } from '../examples/select-examples'
import type { SchemaRegistry } from '../schema/create-schema-registry'
import { buildErrorResponses } from './build-error-responses'
import { buildExampleMap } from './build-example-map'

export interface OperationContext {
  dialect: DocumentedDialect
  registry: SchemaRegistry
  /** The dialect's stream event schema (`createStreamEventSchema`). */
  streamEvent: TSchema
  examples?: DialectExamples | undefined
  /** The credentials the operation accepts, any one of them (none: an open gateway). */
  security: readonly SecurityDescriptor[]
  /**
   * The model (or the path parameter that names the route) a gateway route matches: when set,
   * the operation gets its `requestExamples` and its route-key parameter this example.
   */
  routeKey?: string | undefined
}

/** One OpenAPI Operation Object: parameters, request body, success and error responses. */
export function buildOperation(
  operation: Omit<OperationDescriptor, 'vendorPath' | 'gatewayPath'>,
  context: OperationContext,
): Record<string, unknown> {
  const { dialect, registry, security, routeKey } = context
  const { docs } = dialect
  const examples = selectExamples(
    context.examples,
    (name) => isDialectExample(docs, name) && (operation.fixtures?.(name) ?? true),
  )
  return {
    operationId: `${dialect.name}${capitalize(operation.operationId)}`,
    tags: [docs.tag],
    summary: operation.summary,
    ...(operation.description && { description: operation.description }),
    ...(operation.servers && { servers: operation.servers }),
    ...(operation.parameters && {
      parameters: operation.parameters.map(({ schema, routeKey: namesRoute, ...parameter }) => ({
        ...parameter,
        ...(namesRoute && routeKey !== undefined && { example: routeKey }),
        schema: registry.use(schema),
      })),
    }),
    ...(security.length > 0 && { security: security.map(({ name }) => ({ [name]: [] })) }),
    requestBody: {
      required: true,
      content: {
        'application/json': withExamples(
          registry.use(operation.request ?? docs.request),
          examples.requests,
          routeKey === undefined ? undefined : operation.requestExamples?.(routeKey),
        ),
      },
    },
    responses: {
      '200': buildSuccess(context, examples),
      ...buildErrorResponses(docs.errors, context, examples.errors),
    },
  }
}

function buildSuccess(context: OperationContext, examples: DialectExamples) {
  const { registry } = context
  const { docs } = context.dialect
  const content: Record<string, unknown> = {}
  if (docs.response) {
    content['application/json'] = withExamples(registry.use(docs.response), examples.responses)
  }
  content['text/event-stream'] = withExamples(registry.use(context.streamEvent), examples.streams)
  const description =
    docs.streaming === 'always'
      ? 'The completion, streamed as Server-Sent Events (this endpoint always streams).'
      : 'The completion: JSON, or Server-Sent Events when the request sets `stream: true`.'
  return { description, content }
}

/** The schema with its examples: `first` (written for it) ahead of the fixtures. */
function withExamples(
  schema: unknown,
  examples: readonly NamedExample<unknown>[],
  first?: Readonly<Record<string, RequestExample>>,
) {
  const map = { ...first, ...buildExampleMap(examples) }
  return { schema, ...(Object.keys(map).length > 0 && { examples: map }) }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
