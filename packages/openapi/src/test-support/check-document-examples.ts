import { Ajv2020 } from 'ajv/dist/2020.js'
import type { OpenApiDocument } from '../openapi/openapi-document'
import { parseSseEvents } from './parse-sse-events'

const DOCUMENT_ID = 'urn:chatwire:document'

/**
 * Validates every example of every media type in `document` against that media type's schema,
 * with Ajv (independent of the code that wrote them). A `text/event-stream` example is the raw
 * wire text: each of its events must match the schema. Returns the problems found.
 */
export function checkDocumentExamples(document: OpenApiDocument): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  ajv.addSchema({ ...document, $id: DOCUMENT_ID })
  const problems: string[] = []
  for (const { pointer, mediaType, examples } of listMediaTypes(document)) {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#${pointer}/schema`)
    if (!validate) throw new Error(`No schema at ${pointer}`)
    for (const [name, { value }] of Object.entries(examples)) {
      const values = mediaType === 'text/event-stream' ? parseSseEvents(value as string) : [value]
      if (values.length === 0) problems.push(`${pointer} ${name}: no events`)
      for (const item of values) {
        if (!validate(item)) problems.push(`${pointer} ${name}: ${ajv.errorsText(validate.errors)}`)
      }
    }
  }
  return problems
}

interface MediaTypeWithExamples {
  pointer: string
  mediaType: string
  examples: Record<string, { value: unknown }>
}

function* listMediaTypes(document: OpenApiDocument): Generator<MediaTypeWithExamples> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const base = `/paths/${escapePointer(path)}/${method}`
      const { requestBody, responses } = operation as {
        requestBody?: { content: Record<string, unknown> }
        responses: Record<string, { content?: Record<string, unknown> }>
      }
      yield* withExamples(`${base}/requestBody`, requestBody?.content)
      for (const [status, response] of Object.entries(responses)) {
        yield* withExamples(`${base}/responses/${status}`, response.content)
      }
    }
  }
}

function* withExamples(pointer: string, content: Record<string, unknown> = {}) {
  for (const [mediaType, media] of Object.entries(content)) {
    const { examples } = media as { examples?: Record<string, { value: unknown }> }
    if (examples)
      yield { pointer: `${pointer}/content/${escapePointer(mediaType)}`, mediaType, examples }
  }
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}
