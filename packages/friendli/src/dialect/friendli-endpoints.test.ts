import { describe, expect, it } from 'vitest'
import { FRIENDLI_PRODUCT_CODECS, friendliEndpoints } from './friendli-endpoints'

describe('friendliEndpoints', () => {
  it.each([
    ['serverless', '/friendli/serverless/v1/chat/completions', '/friendli/'],
    ['dedicated', '/friendli/dedicated/v1/chat/completions', '/friendli/dedicated/'],
    ['tools', '/friendli/serverless/tools/v1/chat/completions', '/friendli/serverless/tools/'],
  ] as const)('%s at %s, errors under %s', (id, path, errorPrefix) => {
    const endpoint = friendliEndpoints.find((candidate) => candidate.id === id)
    expect(endpoint).toMatchObject({ gatewayPaths: [path], errorPrefix, streaming: 'flag' })
    expect(endpoint?.codec).toBe(FRIENDLI_PRODUCT_CODECS[id])
  })

  it('binds each product codec: built-in tools only on tools', () => {
    const body = {
      model: 'm',
      messages: [{ role: 'user', content: 'Search' }],
      tools: [{ type: 'web:search' }],
    }
    expect(() => FRIENDLI_PRODUCT_CODECS.tools.decodeRequest(body, {})).not.toThrow()
    expect(() => FRIENDLI_PRODUCT_CODECS.serverless.decodeRequest(body, {})).toThrow()
  })
})
