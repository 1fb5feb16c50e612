import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { WireContext } from '@chatwire/core'

export interface RequestFixture {
  name: string
  body: unknown
  context?: WireContext
}
export interface ResponseFixture {
  name: string
  body: unknown
}
export interface StreamFixture {
  name: string
  /** The raw bytes as the vendor sends them (BOMs included). */
  bytes: Uint8Array
  /** `error` when the file name says `error` or `truncated`: the stream must end in an error part. */
  ends: 'done' | 'error'
}
export interface ErrorFixture {
  name: string
  status: number
  headers?: Record<string, string>
  body: string
}
/** A body the vendor rejects: decoding must fail with this status and field path. */
export interface InvalidRequestFixture {
  name: string
  body: unknown
  context?: WireContext
  status: number
  /** The offending field's path as the dialect names it (`messages[0].content`). */
  param?: string
}
export interface Fixtures {
  requests: RequestFixture[]
  invalid: InvalidRequestFixture[]
  responses: ResponseFixture[]
  streams: StreamFixture[]
  errors: ErrorFixture[]
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

/**
 * Reads a `__fixtures__` folder by naming convention: `<name>.request.json` (+ optional
 * `<name>.context.json`), `<name>.invalid.json` (`{ body, context?, status, param? }`: a request
 * the vendor rejects), `<name>.response.json`, `<name>.sse`, `<name>.error.json`
 * (`{ status, headers?, body: "<raw text>" }`).
 */
export function loadFixtures(dir: string): Fixtures {
  const fixtures: Fixtures = { requests: [], invalid: [], responses: [], streams: [], errors: [] }
  for (const file of readdirSync(dir).sort()) {
    const path = join(dir, file)
    if (file.endsWith('.request.json')) {
      const name = file.slice(0, -'.request.json'.length)
      const contextPath = join(dir, `${name}.context.json`)
      const fixture: RequestFixture = { name, body: readJson(path) }
      if (existsSync(contextPath)) fixture.context = readJson(contextPath)
      fixtures.requests.push(fixture)
    } else if (file.endsWith('.invalid.json')) {
      const { body, context, status, param } = readJson(path)
      const fixture: InvalidRequestFixture = {
        name: file.slice(0, -'.invalid.json'.length),
        body,
        status,
      }
      if (context !== undefined) fixture.context = context
      if (param !== undefined) fixture.param = param
      fixtures.invalid.push(fixture)
    } else if (file.endsWith('.response.json')) {
      fixtures.responses.push({
        name: file.slice(0, -'.response.json'.length),
        body: readJson(path),
      })
    } else if (file.endsWith('.sse')) {
      const name = file.slice(0, -'.sse'.length)
      const ends = /error|truncated/.test(name) ? 'error' : 'done'
      fixtures.streams.push({ name, bytes: new Uint8Array(readFileSync(path)), ends })
    } else if (file.endsWith('.error.json')) {
      const { status, headers, body } = readJson(path)
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      fixtures.errors.push({
        name: file.slice(0, -'.error.json'.length),
        status,
        headers,
        body: text,
      })
    }
  }
  return fixtures
}
