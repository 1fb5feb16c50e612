import { ChatwireError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { LocalFailure } from '../failures/local-failure'
import { inboundOf } from '../test-support/inbound-of'
import { errorAnswer, forwardedRetryAfter } from './error-answer'

const inbound = {
  openai: inboundOf('openai'),
  elastic: inboundOf('elastic'),
  octoai: inboundOf('octoai'),
  friendliServerless: inboundOf('friendli.serverless'),
}

describe('errorAnswer', () => {
  it.each([
    [0, '0'],
    [-5, '0'],
    [1.2, '2'],
    [1e308, '3600'],
    [Number.POSITIVE_INFINITY, '3600'],
    [Number.NaN, undefined],
  ])('forwards Retry-After %s as %s (whole seconds, clamped)', (seconds, expected) => {
    expect(forwardedRetryAfter(seconds)).toBe(expected)
  })

  it('bounds an upstream message of 300 MB-like size', () => {
    const error = new ChatwireError({ kind: 'upstream', message: 'x'.repeat(1_000_000) })
    const answer = errorAnswer(inbound.openai, error)
    expect(answer.body.length).toBeLessThan(3000)
  })

  it('never sends a JavaScript error text: a bug is a 500 that says it is the gateway', () => {
    const answer = errorAnswer(
      inbound.openai,
      new TypeError("Cannot read properties of null (reading 'id')"),
    )
    expect(answer.status).toBe(500)
    expect(answer.body).not.toMatch(/Cannot read|TypeError/)
    expect(answer.body).toMatch(/gateway/)
  })

  it('answers a local failure with its own error, in each dialect', () => {
    const failure = LocalFailure.from(new RangeError('Maximum call stack size exceeded'), 'encode')
    for (const dialect of [
      inbound.openai,
      inbound.elastic,
      inbound.octoai,
      inbound.friendliServerless,
    ]) {
      const answer = errorAnswer(dialect, failure)
      // A client error in the dialect's own status (OctoAI and Friendli say 422).
      expect([400, 422]).toContain(answer.status)
      expect(answer.body).not.toMatch(/Maximum call stack/)
    }
  })

  it('redacts secrets from the message', () => {
    const error = new ChatwireError({ kind: 'upstream', message: 'bad key sk-live-123456' })
    const answer = errorAnswer(inbound.openai, error, {}, (text) =>
      text.replaceAll('sk-live-123456', '[redacted]'),
    )
    expect(answer.body).toContain('bad key [redacted]')
  })
})

describe('errorAnswer with a hostile raw body', () => {
  it('drops an upstream raw body too deep to serialise instead of failing the error path', () => {
    let raw: unknown = {}
    for (let depth = 0; depth < 200_000; depth++) raw = { detail: [raw] }
    const error = new ChatwireError({ kind: 'unprocessable', message: 'bad', raw })
    for (const dialect of [
      inbound.openai,
      inbound.octoai,
      inbound.friendliServerless,
      inbound.elastic,
    ]) {
      const answer = errorAnswer(dialect, error, {}, (text) => text.replaceAll('never-there', 'x'))
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.body).toContain('bad')
    }
  })
})
