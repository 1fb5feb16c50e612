import { describe, expect, it } from 'vitest'
import { acmeUpstream } from './acme-upstream'

const encoded = { body: {}, losses: [], context: {} }

describe('acme upstream binding', () => {
  it.each([
    ['http://127.0.0.1:9/v1', 'http://127.0.0.1:9/v1/chat/completions'],
    ['http://127.0.0.1:9/v1/', 'http://127.0.0.1:9/v1/chat/completions'],
    ['https://api.acme.test', 'https://api.acme.test/chat/completions'],
  ])('posts to %s + /chat/completions', (baseURL, url) => {
    const target = acmeUpstream.target({ dialect: 'acme', baseURL }, encoded, {
      stream: false,
      model: 'm',
    })
    expect(target.url).toBe(url)
  })

  it.each([
    [true, 'text/event-stream'],
    [false, 'application/json'],
  ])('sends the key in X-Acme-Key, never as a bearer (stream %s)', (stream, accept) => {
    const target = acmeUpstream.target(
      { dialect: 'acme', baseURL: 'http://h', apiKey: 'k-1', headers: { 'X-Trace': 't' } },
      encoded,
      { stream, model: 'm' },
    )
    expect(target.headers).toEqual({
      'content-type': 'application/json',
      accept,
      'x-trace': 't',
      'x-acme-key': 'k-1',
    })
  })

  it('sends no key header without a key', () => {
    const target = acmeUpstream.target({ dialect: 'acme', baseURL: 'http://h' }, encoded, {
      stream: false,
      model: 'm',
    })
    expect(target.headers).not.toHaveProperty('x-acme-key')
  })
})
