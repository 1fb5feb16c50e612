import { createDialectRegistry, type Dialect } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { createDefaultRegistry } from './create-default-registry'
import { defaultDialects } from './default-dialects'

const registry = createDefaultRegistry()

describe('defaultDialects', () => {
  it('registers the four dialects, OpenAI first (the fallback)', () => {
    expect(registry.names).toEqual(['openai', 'elastic', 'octoai', 'friendli'])
    expect(registry.dialects).toEqual(defaultDialects)
  })

  it('serves the gateway paths of today, each once', () => {
    const paths = registry.endpoints.flatMap(({ endpoint }) => endpoint.gatewayPaths)
    expect(paths).toEqual([
      '/v1/chat/completions',
      '/_inference/chat_completion/{inference_id}/_stream',
      '/_inference/{inference_id}/_stream',
      '/octoai/v1/chat/completions',
      '/friendli/serverless/v1/chat/completions',
      '/friendli/dedicated/v1/chat/completions',
      '/friendli/serverless/tools/v1/chat/completions',
    ])
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('lists the extension bags each dialect fills', () => {
    const bags = registry.dialects.map((dialect) => [
      dialect.name,
      dialect.extensions.map(({ name }) => name),
    ])
    expect(Object.fromEntries(bags)).toEqual({
      openai: ['openai', 'vllm', 'compatible'],
      elastic: ['elastic'],
      octoai: ['compatible'],
      friendli: ['friendli', 'compatible'],
    })
  })

  it('lists the embedded upstreams in the order of the embedded default', () => {
    const embedded = registry.dialects.flatMap((dialect) => dialect.embedded ?? [])
    expect(embedded.map(({ name }) => name)).toEqual([
      'openai',
      'elastic',
      'octoai',
      'friendli',
      'friendli-tools',
    ])
    expect(embedded.map(({ note }) => note).join(', ')).toBe(
      'gpt-4o-mini (OpenAI), elastic-chat (Elastic), octoai-llama, friendli-llama, ' +
        'friendli-tools-llama (Friendli built-in tools)',
    )
  })

  it.each([
    ['openai', 'gateway_overloaded'],
    ['elastic', undefined],
    ['octoai', 'gateway_overloaded'],
    ['friendli', 'gateway_overloaded'],
  ])("%s keeps the gateway's code on its overload refusal: %s", (name, code) => {
    const error = registry.get(name).refuse({
      reason: 'overloaded',
      kind: 'overloaded',
      status: 503,
      message: 'The gateway is at its limit of concurrent requests; retry shortly.',
      retryAfter: 1,
      code: 'gateway_overloaded',
    })
    expect(error).toMatchObject({ kind: 'overloaded', status: 503, retryAfter: 1 })
    expect(error.code).toBe(code)
  })

  it.each([
    ['a dialect twice', [...defaultDialects, defaultDialects[2]], /'octoai' is registered twice/],
    [
      'a path served twice',
      [...defaultDialects, { ...(defaultDialects[0] as Dialect), name: 'copy' }],
      /Path \/v1\/chat\/completions is served by openai and copy/,
    ],
    [
      'a name that is no label',
      [{ ...(defaultDialects[0] as Dialect), name: 'Open AI' }],
      /is not \[a-z\]/,
    ],
  ])('refuses %s', (_, dialects, message) => {
    expect(() => createDialectRegistry(dialects as Dialect[])).toThrow(message)
  })

  it('takes dialects of your own after the defaults', () => {
    const extra: Dialect = {
      ...(defaultDialects[0] as Dialect),
      name: 'acme',
      endpoints: [
        {
          ...(defaultDialects[0]?.endpoints[0] as Dialect['endpoints'][number]),
          gatewayPaths: ['/acme/v1/chat/completions'],
        },
      ],
    }
    expect(createDefaultRegistry([extra]).names).toEqual([...registry.names, 'acme'])
    expect(() => createDefaultRegistry([defaultDialects[3] as Dialect])).toThrow(/twice/)
  })
})
