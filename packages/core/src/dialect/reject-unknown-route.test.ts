import { describe, expect, it } from 'vitest'
import { rejectUnknownRoute } from './reject-unknown-route'

describe('rejectUnknownRoute (FastAPI)', () => {
  it.each([
    ['POST', false, 404, { 'content-type': 'application/json' }, 'Not Found'],
    ['GET', false, 404, { 'content-type': 'application/json' }, 'Not Found'],
    ['GET', true, 405, { 'content-type': 'application/json', allow: 'POST' }, 'Method Not Allowed'],
    ['POST', true, 405, { 'content-type': 'application/json' }, 'Method Not Allowed'],
  ])('%s, known path %s → %s', (method, known, status, headers, detail) => {
    const { error } = rejectUnknownRoute(method, known)
    expect(error).toEqual({ status, headers, body: JSON.stringify({ detail }) })
  })
})
