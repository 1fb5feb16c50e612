import { describe, expect, it } from 'vitest'
import { canonicalDialect, canonicalExamples } from '../test-support/canonical-dialect'
import { checkDocumentExamples } from '../test-support/check-document-examples'
import { validateOpenApiDocument } from '../test-support/validate-openapi-document'
import { buildDialectOpenApi } from './build-dialect-openapi'

// biome-ignore lint/suspicious/noExplicitAny: a test walking a JSON document
type Json = any

const document = buildDialectOpenApi(canonicalDialect, canonicalExamples)
const chat = document.paths['/v1/chat']?.post as Json

describe('buildDialectOpenApi', () => {
  it('passes @readme/openapi-parser', async () => {
    expect(await validateOpenApiDocument(document)).toBe('')
  })

  it('is checked by a validator that does reject a broken document', async () => {
    const broken = structuredClone(document) as unknown as Json
    delete broken.paths['/v1/text/{deployment}'].post.parameters
    expect(await validateOpenApiDocument(broken as never)).toContain('deployment')
  })

  it('has examples that match their schemas (Ajv)', () => {
    expect(checkDocumentExamples(document)).toEqual([])
  })

  it('describes the vendor host, paths and credentials', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(document.servers).toEqual([{ url: 'https://canonical.example' }])
    expect(Object.keys(document.paths)).toEqual([
      '/v1/chat',
      '/v1/text/{deployment}',
      '/local/v1/chat',
    ])
    expect(document.paths['/local/v1/chat']?.post).toMatchObject({
      servers: [{ url: 'http://localhost:8000' }],
    })
    expect(chat.operationId).toBe('canonicalCreateChatCompletion')
    expect(chat.security).toEqual([{ canonicalBearer: [] }])
    expect(document.components.securitySchemes).toEqual({
      canonicalBearer: { type: 'http', scheme: 'bearer' },
    })
  })

  it('refers to named components for bodies, JSON answers, events and errors', () => {
    expect(chat.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ChatRequest',
    })
    expect(chat.responses['200'].content).toMatchObject({
      'application/json': { schema: { $ref: '#/components/schemas/ChatResponse' } },
      'text/event-stream': { schema: { $ref: '#/components/schemas/CanonicalStreamEvent' } },
    })
    expect(Object.keys(chat.responses)).toEqual(['200', '4XX', '5XX'])
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['CanonicalStreamEvent', 'CanonicalTextRequest', 'ChatChunk']),
    )
  })

  it('places each fixture under the operation, status and media type it shows', () => {
    expect(Object.keys(chat.requestBody.content['application/json'].examples)).toEqual(['hello'])
    expect(chat.responses['4XX'].content['application/json'].examples['bad-request'].value).toEqual(
      {
        kind: 'invalid_request',
        status: 400,
        message: 'messages is required',
      },
    )
    expect(chat.responses['5XX'].content['text/plain'].examples.overloaded.value).toBe('busy')
    const text = document.paths['/v1/text/{deployment}']?.post as Json
    expect(Object.keys(text.requestBody.content['application/json'].examples)).toEqual([
      'text-parts',
    ])
  })

  it('fails on an error fixture no response documents', () => {
    const examples = {
      ...canonicalExamples,
      errors: [
        {
          name: 'teapot',
          value: { status: 418, headers: { 'content-type': 'text/html' }, body: '' },
        },
      ],
    }
    expect(() => buildDialectOpenApi(canonicalDialect, examples)).toThrow(
      'Error fixture teapot (418, text/html) matches no documented error response',
    )
  })

  it('reports an example that does not match its schema', () => {
    const examples = {
      ...canonicalExamples,
      requests: [{ name: 'broken', value: { model: 'm', messages: 'Hi' } }],
      streams: [{ name: 'broken', value: 'data: {"type":"chunk"}\n\ndata: [DONE]\n\n' }],
    }
    const problems = checkDocumentExamples(buildDialectOpenApi(canonicalDialect, examples))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('/requestBody/content/application~1json broken')
    expect(problems[1]).toContain('/responses/200/content/text~1event-stream broken')
  })

  it('refuses a dialect without docs, naming it', () => {
    expect(() => buildDialectOpenApi({ name: 'undocumented' })).toThrow(
      "Dialect 'undocumented' has no docs",
    )
  })

  it('is deterministic', () => {
    const again = buildDialectOpenApi(canonicalDialect, {
      ...canonicalExamples,
      requests: [...canonicalExamples.requests].reverse(),
    })
    expect(JSON.stringify(again)).toBe(JSON.stringify(document))
  })
})
