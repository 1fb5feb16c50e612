import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { buildGatewayOpenApi } from '../openapi/build-gateway-openapi'
import { createDocsHandler } from './create-docs-handler'

const handler = createDocsHandler({ specUrl: '/openapi.json', title: 'Test gateway' })
const get = (path: string, method = 'GET') =>
  handler(new Request(`http://127.0.0.1${path}`, { method }))

describe('createDocsHandler', () => {
  it.each(['/docs', '/docs/'])('serves the page at %s', async (path) => {
    const response = await get(path)
    expect(response?.status).toBe(200)
    expect(response?.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response!.text()
    expect(html).toContain('<title>Test gateway</title>')
    expect(html).toContain('/docs/swagger-ui-bundle.js')
  })

  it('serves the initializer pointing at the document', async () => {
    const response = await get('/docs/init.js')
    expect(await response!.text()).toContain('"url":"/openapi.json"')
  })

  it('serves Swagger UI files byte for byte from swagger-ui-dist', async () => {
    const file = createRequire(import.meta.url).resolve('swagger-ui-dist/swagger-ui-bundle.js')
    const response = await get('/docs/swagger-ui-bundle.js')
    expect(response?.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(Buffer.from(await response!.arrayBuffer()).equals(readFileSync(file))).toBe(true)
    expect((await get('/docs/swagger-ui.css'))?.headers.get('content-type')).toContain('text/css')
  })

  it('answers HEAD without a body', async () => {
    const response = await get('/docs', 'HEAD')
    expect(response?.status).toBe(200)
    expect(response?.body).toBeNull()
  })

  it.each([
    ['another path', '/openapi.json', 'GET'],
    ['a path that only starts like it', '/docsx', 'GET'],
    ['a file it does not serve', '/docs/index.html', 'GET'],
    ['a path escape', '/docs/../package.json', 'GET'],
    ['another method', '/docs', 'POST'],
  ])('passes on %s', async (_title, path, method) => {
    expect(await get(path, method)).toBeUndefined()
  })

  it('serves the document at specUrl when given one, and not otherwise', async () => {
    const document = buildGatewayOpenApi()
    const withDocument = createDocsHandler({ specUrl: '/spec.json', document })
    const response = await withDocument(new Request('http://127.0.0.1/spec.json'))
    expect(response?.headers.get('content-type')).toBe('application/json')
    expect(await response!.json()).toEqual(document)
    expect(await get('/openapi.json')).toBeUndefined()
  })

  it('serves under a custom path', async () => {
    const custom = createDocsHandler({ path: '/reference/' })
    const response = await custom(new Request('http://127.0.0.1/reference/init.js'))
    expect(await response!.text()).toContain('"url":"/openapi.json"')
    expect(await custom(new Request('http://127.0.0.1/docs'))).toBeUndefined()
  })
})
