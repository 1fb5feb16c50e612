import { describe, expect, it } from 'vitest'
import { inboundOf } from '../test-support/inbound-of'
import { checkModelAccess } from './check-model-access'
import { createClientKeys } from './create-client-keys'

const [team] = createClientKeys([
  { name: 'team-a', key: 'gw-team-a', models: ['gpt-4o*', 'llama-?'] },
]).values()

describe('checkModelAccess', () => {
  it.each(['gpt-4o', 'gpt-4o-mini', 'llama-3'])('lets team-a use %s', (model) => {
    expect(() => checkModelAccess(team!, model, inboundOf('openai'))).not.toThrow()
  })

  it.each([
    ['openai', { type: undefined, code: undefined }],
    ['octoai', { type: undefined, code: undefined }],
    ['friendli', { type: undefined, code: undefined }],
    ['elastic', { type: 'security_exception', code: undefined }],
  ] as const)('refuses llama-30 with a 403 for %s clients', (dialect, fields) => {
    const refuse = () => checkModelAccess(team!, 'llama-30', inboundOf(dialect))
    expect(refuse).toThrow(expect.objectContaining({ kind: 'permission', status: 403, ...fields }))
    expect(refuse).toThrow(/gateway key 'team-a' does not have access to the .* 'llama-30'/)
  })

  it('lets a key without models use any', () => {
    const [open] = createClientKeys(['gw-plain']).values()
    expect(() => checkModelAccess(open!, 'anything', inboundOf('openai'))).not.toThrow()
  })
})
