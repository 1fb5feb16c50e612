import type { DialectDocs } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { describe, expect, it } from 'vitest'
import type { DialectExamples } from '../examples/dialect-examples'
import { isDialectExample, selectExamples } from '../examples/select-examples'
import { loadDialectExamples } from '../node/load-dialect-examples'
import { locateFixtures } from '../node/locate-fixtures'
import { buildDialectOpenApi } from '../openapi/build-dialect-openapi'
import { errorContent, placeErrorFixture } from '../openapi/build-error-responses'
import { createStreamEventSchema } from '../openapi/create-stream-event-schema'
import { buildJsonSchemas } from '../schema/build-json-schemas'
import { checkDocumentExamples } from '../test-support/check-document-examples'
import { createAjv } from '../test-support/create-ajv'
import { parseSseEvents } from '../test-support/parse-sse-events'
import { validateOpenApiDocument } from '../test-support/validate-openapi-document'
import { listDocumentedDialects } from './list-documented-dialects'

const ajv = createAjv(Object.values(buildJsonSchemas()))

/**
 * Problems of `value` against the published JSON Schemas (by `$id`, with Ajv, independent of
 * TypeBox): '' when any one of them accepts it.
 */
function problemsWith(schemas: readonly unknown[], value: unknown): string {
  const problems: string[] = []
  for (const schema of schemas) {
    const id = (schema as { $id?: string }).$id
    if (id === undefined) throw new Error('A fixture must claim a named schema')
    const validate = ajv.getSchema(id)
    if (!validate) throw new Error(`No published JSON Schema ${id}`)
    if (validate(value)) return ''
    problems.push(`${id}: ${ajv.errorsText(validate.errors)}`)
  }
  return problems.join('; ')
}

function requestSchemaFor(docs: DialectDocs, name: string): unknown {
  const operation = docs.operations.find(({ fixtures }) => !fixtures || fixtures(name))
  if (!operation) throw new Error(`No ${docs.tag} operation shows fixture ${name}`)
  return operation.request ?? docs.request
}

function loadExamples(dialect: string, docs: DialectDocs): DialectExamples {
  const all = loadDialectExamples(locateFixtures(dialect))
  return selectExamples(all, (name) => isDialectExample(docs, name))
}

const DOCUMENTED = listDocumentedDialects(defaultDialects)

it('documents every default dialect', () => {
  expect(DOCUMENTED.map(({ name }) => name)).toEqual(defaultDialects.map(({ name }) => name))
})

describe.each(DOCUMENTED.map((dialect) => [dialect.docs.tag, dialect] as const))(
  '%s',
  (_tag, dialect) => {
    const { docs: descriptor } = dialect
    const examples = loadExamples(dialect.name, descriptor)
    const document = buildDialectOpenApi(dialect, examples)
    const streamEvent = createStreamEventSchema(descriptor)

    it('has a vendor document that passes @readme/openapi-parser', async () => {
      expect(await validateOpenApiDocument(document)).toBe('')
    })

    it('has document examples that match their schemas', () => {
      expect(checkDocumentExamples(document)).toEqual([])
    })

    it.each(examples.requests)(
      'request fixture $name matches its request schema',
      ({ name, value }) => {
        expect(problemsWith([requestSchemaFor(descriptor, name)], value)).toBe('')
      },
    )

    it.each(examples.responses)(
      'response fixture $name matches the response schema',
      ({ value }) => {
        const schemas = descriptor.responseFixtures ?? [descriptor.response]
        expect(problemsWith(schemas, value)).toBe('')
      },
    )

    it.each(examples.streams)(
      'every event of stream fixture $name matches the event schema',
      ({ value }) => {
        const events = parseSseEvents(value)
        expect(events.length).toBeGreaterThan(0)
        expect(events.map((event) => problemsWith([streamEvent], event))).toEqual(
          events.map(() => ''),
        )
      },
    )

    it.each(examples.errors)(
      'error fixture $name matches its documented error body',
      ({ name, value }) => {
        const { response, mediaType } = placeErrorFixture(descriptor.errors, value, name)
        const schemas = errorContent(response, streamEvent)[mediaType]!
        if (mediaType === 'text/event-stream') {
          for (const event of parseSseEvents(value.body))
            expect(problemsWith(schemas, event)).toBe('')
        } else if (mediaType === 'application/json') {
          expect(problemsWith(schemas, JSON.parse(value.body))).toBe('')
        } else {
          expect(schemas).toEqual([expect.objectContaining({ type: 'string' })])
        }
      },
    )
  },
)
