import { describe, expect, it } from 'vitest'
import { createDefaultRegistry } from './create-default-registry'

const { endpoints } = createDefaultRegistry()

/** The contract's rule: the longest matching `errorPrefix`, else the first dialect's first endpoint. */
function errorEndpoint(path: string): string {
  const [fallback] = endpoints
  let best = fallback
  let length = -1
  for (const entry of endpoints) {
    const prefix = entry.endpoint.errorPrefix
    if (prefix !== undefined && path.startsWith(prefix) && prefix.length > length) {
      best = entry
      length = prefix.length
    }
  }
  return `${best?.dialect.name}/${best?.endpoint.id}`
}

describe('errorPrefix', () => {
  // The gateway's inboundForPath before the registry: which envelope an error is written in.
  it.each([
    ['/_inference/chat_completion/x', 'elastic/chat'],
    ['/_inference/whatever', 'elastic/chat'],
    ['/octoai/v1/models', 'octoai/chat'],
    ['/friendli/dedicated/v1/chat/completions', 'friendli/dedicated'],
    ['/friendli/serverless/tools/v1/chat/completions', 'friendli/tools'],
    ['/friendli/serverless/v1/chat/completions', 'friendli/serverless'],
    ['/friendli/anything', 'friendli/serverless'],
    ['/v1/chat/completions', 'openai/chat'],
    ['/v1/models', 'openai/chat'],
    ['/nowhere', 'openai/chat'],
  ])('%s answers as %s', (path, expected) => {
    expect(errorEndpoint(path)).toBe(expected)
  })
})
