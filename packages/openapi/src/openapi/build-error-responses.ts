import type { ErrorResponseDescriptor } from '@chatwire/core'
import type { TSchema } from '@sinclair/typebox'
import type { ErrorFixture, NamedExample } from '../examples/dialect-examples'
import { inferErrorMediaType } from '../examples/infer-error-media-type'
import type { SchemaRegistry } from '../schema/create-schema-registry'
import { buildExampleMap } from './build-example-map'

export interface ErrorSchemas {
  registry: SchemaRegistry
  /** The dialect's stream event schema, for errors sent as an event. */
  streamEvent: TSchema
}

/** The error entries of an operation's `responses`, each fixture shown under its status. */
export function buildErrorResponses(
  errors: readonly ErrorResponseDescriptor[],
  schemas: ErrorSchemas,
  fixtures: readonly NamedExample<ErrorFixture>[],
): Record<string, unknown> {
  const placed = new Map<string, NamedExample<unknown>[]>()
  for (const fixture of fixtures) {
    const { response, mediaType } = placeErrorFixture(errors, fixture.value, fixture.name)
    const key = `${response.status} ${mediaType}`
    placed.set(key, [...(placed.get(key) ?? []), toExample(fixture, mediaType)])
  }
  return Object.fromEntries(
    errors.map((response) => {
      const content = Object.entries(errorContent(response, schemas.streamEvent)).map(
        ([mediaType, bodies]) => {
          const examples = buildExampleMap(placed.get(`${response.status} ${mediaType}`) ?? [])
          const schema =
            bodies.length === 1
              ? schemas.registry.use(bodies[0])
              : { anyOf: bodies.map((body) => schemas.registry.use(body)) }
          return [mediaType, { schema, ...(examples && { examples }) }]
        },
      )
      return [
        response.status,
        { description: response.description, content: Object.fromEntries(content) },
      ]
    }),
  )
}

/** The media types of an error response, the dialect's stream included when it is one. */
export function errorContent(
  response: ErrorResponseDescriptor,
  streamEvent: TSchema,
): Record<string, readonly TSchema[]> {
  return response.stream
    ? { ...response.content, 'text/event-stream': [streamEvent] }
    : { ...response.content }
}

/** The documented response an error fixture shows: by exact status, then range, then default. */
export function placeErrorFixture(
  errors: readonly ErrorResponseDescriptor[],
  fixture: ErrorFixture,
  name: string,
): { response: ErrorResponseDescriptor; mediaType: string } {
  const { status } = fixture
  const response =
    errors.find((candidate) => candidate.status === String(status)) ??
    errors.find((candidate) => candidate.status === `${Math.floor(status / 100)}XX`) ??
    errors.find((candidate) => candidate.status === 'default')
  const mediaType = inferErrorMediaType(fixture)
  const documented =
    response &&
    (mediaType in response.content || (response.stream && mediaType === 'text/event-stream'))
  if (!documented) {
    throw new Error(
      `Error fixture ${name} (${status}, ${mediaType}) matches no documented error response`,
    )
  }
  return { response, mediaType }
}

function toExample(fixture: NamedExample<ErrorFixture>, mediaType: string): NamedExample<unknown> {
  const isJson = mediaType === 'application/json' || mediaType.endsWith('+json')
  return { name: fixture.name, value: isJson ? JSON.parse(fixture.value.body) : fixture.value.body }
}
