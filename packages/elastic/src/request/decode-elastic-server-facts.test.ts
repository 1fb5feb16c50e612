import { ChatwireError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'
import {
  ELASTIC_FACTS_CONTEXT,
  elasticServerParserFacts,
} from '../test-support/elastic-server-parser-facts'

const accepted = elasticServerParserFacts.filter((fact) => fact.canonical)
const rejected = elasticServerParserFacts.filter((fact) => fact.error)

function rejection(body: unknown, context = ELASTIC_FACTS_CONTEXT): ChatwireError {
  try {
    elasticCodec.decodeRequest(body, context)
  } catch (error) {
    if (ChatwireError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected the body to be rejected')
}

/** The JSON an encoded error carries: the body itself, or the `data` of its one SSE event. */
const payloadOf = (body: string) => JSON.parse(body.replace(/^\uFEFFevent: error\ndata: /, ''))

describe('Elasticsearch parser facts (SOURCES.md)', () => {
  it('has rows of both kinds', () => {
    expect(accepted.length).toBeGreaterThan(10)
    expect(rejected.length).toBeGreaterThan(30)
  })

  it.each(accepted)('accepts $name ($fact) as ES does', ({ body, context, canonical }) => {
    expect(elasticCodec.decodeRequest(body, context ?? ELASTIC_FACTS_CONTEXT)).toEqual(canonical)
  })

  it.each(rejected)('rejects $name ($fact) with ES status, shape and wording', (fact) => {
    const thrown = rejection(fact.body, fact.context)
    expect(thrown.param).toBe(fact.param)
    const encoded = elasticCodec.encodeError(thrown.toJSON())
    expect({
      status: encoded.status,
      contentType: encoded.headers['content-type'],
      body: payloadOf(encoded.body),
    }).toEqual(fact.error)
  })

  it.each(rejected)('$name survives encode → decode with its status and type', (fact) => {
    const error = rejection(fact.body, fact.context).toJSON()
    const encoded = elasticCodec.encodeError(error)
    const decoded = elasticCodec.decodeError(encoded.status, encoded.body, encoded.headers)
    expect({ status: decoded.status, type: decoded.type, message: decoded.message }).toEqual({
      status: error.status,
      type: error.type,
      message: error.message,
    })
  })
})
