import { readFileSync } from 'node:fs'
import type { ChatRequest, WireContext } from '@chatwire/core'
import type { InvalidRequestFixture, RequestFixture } from '@chatwire/testkit'

/** One row of `__fixtures__/elastic-server-parser-facts.json`: a body and what ES answers. */
export interface ElasticServerParserFact {
  name: string
  /** The SOURCES.md section that states the fact. */
  fact: string
  body: unknown
  context?: WireContext
  /** Accepted: the canonical request. */
  canonical?: ChatRequest
  /** Rejected: the field path chatwire reports, and ES's status, content type and body. */
  param?: string
  error?: { status: number; contentType: string; body: unknown }
}

export const ELASTIC_FACTS_CONTEXT: WireContext = { params: { inference_id: 'openai-completion' } }

export const elasticServerParserFacts: ElasticServerParserFact[] = JSON.parse(
  readFileSync(
    new URL('../__fixtures__/elastic-server-parser-facts.json', import.meta.url),
    'utf8',
  ),
)

/** The rows as conformance-kit fixtures: accepted bodies are requests, rejected ones invalid. */
export function elasticServerParserFixtures(): {
  requests: RequestFixture[]
  invalid: InvalidRequestFixture[]
} {
  const requests: RequestFixture[] = []
  const invalid: InvalidRequestFixture[] = []
  for (const { name, body, context = ELASTIC_FACTS_CONTEXT, error } of elasticServerParserFacts) {
    if (error) invalid.push({ name: `fact ${name}`, body, context, status: error.status })
    else requests.push({ name: `fact ${name}`, body, context })
  }
  return { requests, invalid }
}
