import { describe, expect, it } from 'vitest'
import { buildJsonSchemas } from '../schema/build-json-schemas'
import { createAjv } from '../test-support/create-ajv'
import { loadWorkspaceSchemas } from './load-workspace-schemas'
import { REPOSITORY_ROOT } from './repository-root'

describe('loadWorkspaceSchemas', () => {
  it("publishes the gateway's config schema, which editors can validate chatwire.yaml with", async () => {
    const schemas = await loadWorkspaceSchemas(REPOSITORY_ROOT)
    expect(schemas.map((schema) => (schema as { $id?: string }).$id)).toEqual(['GatewayConfig'])
    const { GatewayConfig } = buildJsonSchemas({ dialects: [], schemas })
    const validate = createAjv([GatewayConfig!]).getSchema('GatewayConfig')!
    const config = {
      upstreams: { openai: { dialect: 'openai', baseURL: 'https://api.openai.com/v1' } },
      routes: [{ match: 'gpt-*', upstream: 'openai' }],
    }
    expect(validate(config)).toBe(true)
    expect(
      validate({ ...config, upstreams: { x: { dialect: 'cobol', baseURL: 'https://x' } } }),
    ).toBe(false)
    expect(validate({ ...config, extra: true })).toBe(false)
  })

  it('fails clearly when the schema file moved', async () => {
    await expect(loadWorkspaceSchemas('/nonexistent/')).rejects.toThrow(
      'apps/gateway/src/config/gateway-config.ts is missing',
    )
  })
})
