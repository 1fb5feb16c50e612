import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeElasticError } from './decode-elastic-error'

interface ErrorFixture {
  status: number
  headers?: Record<string, string>
  body: string
}

const fixture = (name: string): ErrorFixture =>
  JSON.parse(readFileSync(new URL(`../__fixtures__/${name}.error.json`, import.meta.url), 'utf8'))

describe('decodeElasticError', () => {
  it.each([
    ['elastic-not-found', 404, 'not_found', 'error'],
    ['elastic-unknown-endpoint', 404, 'not_found', 'resource_not_found_exception'],
    ['elastic-unknown-field', 400, 'invalid_request', 'x_content_parse_exception'],
    ['elastic-provider-500', 500, 'internal', 'error'],
    ['elastic-rate-limit', 429, 'rate_limit', 'requests'],
    ['elastic-security', 401, 'authentication', 'security_exception'],
    ['elastic-sse-envelope', 403, 'permission', 'security_exception'],
    ['elastic-string', 404, 'not_found', undefined],
  ])('decodes %s as %i %s', (name, status, kind, type) => {
    const { status: httpStatus, headers, body } = fixture(name)
    const error = decodeElasticError(httpStatus, body, headers)
    expect({ status: error.status, kind: error.kind, type: error.type }).toEqual({
      status,
      kind,
      type,
    })
  })

  it('recovers a provider 5xx that ES sent as 400, keeping the message', () => {
    const body =
      '\uFEFFevent: error\ndata: {"error":{"code":"bad_request","message":"Received a server error status code for request from inference entity id [eis] status [503]. Error message: [overloaded]","type":"error"}}\n\n'
    expect(decodeElasticError(400, body)).toEqual({
      kind: 'overloaded',
      status: 503,
      code: 'bad_request',
      type: 'error',
      message:
        'Received a server error status code for request from inference entity id [eis] status [503]. Error message: [overloaded]',
      raw: JSON.parse(body.slice(body.indexOf('{'))),
    })
  })

  it('keeps a 400 that names a 4xx provider status as 400', () => {
    const body =
      '{"error":{"code":"bad_request","message":"Received a bad request status code for request from inference entity id [x] status [400]. Error message: [bad]","type":"error"}}'
    expect(decodeElasticError(400, body)).toMatchObject({ status: 400, kind: 'invalid_request' })
  })

  it('reads the ES envelope message from root_cause when reason is missing', () => {
    const body =
      '{"error":{"root_cause":[{"type":"parse_exception","reason":"request body is required"}],"type":"parse_exception"},"status":400}'
    expect(decodeElasticError(400, body)).toMatchObject({
      message: 'request body is required',
      type: 'parse_exception',
    })
  })

  it.each([
    ['an HTML page from a proxy', 502, '<html><body>Bad Gateway</body></html>', 'upstream'],
    ['an empty body', 503, '', 'overloaded'],
  ])('tolerates %s', (_name, status, body, kind) => {
    const error = decodeElasticError(status, body)
    expect(error).toMatchObject({ status, kind, raw: body })
    expect(error.message.length).toBeGreaterThan(0)
  })

  it('reads an SSE error body with CRLF line ends', () => {
    const body =
      '\uFEFFevent: error\r\ndata: {"error":{"code":"not_found","message":"gone","type":"error"}}\r\n\r\n'
    expect(decodeElasticError(404, body)).toMatchObject({ message: 'gone', code: 'not_found' })
  })

  it('takes Retry-After in seconds', () => {
    const { status, headers, body } = fixture('elastic-rate-limit')
    expect(decodeElasticError(status, body, headers).retryAfter).toBe(20)
  })
})
