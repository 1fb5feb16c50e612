import type { Loss } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { applyLossPolicy } from './apply-loss-policy'
import { toWireFieldPath } from './to-wire-field-path'

const hint = (path: string): Loss => ({ path, kind: 'hint', message: `no ${path}` })
const semantic = (path: string): Loss => ({ path, kind: 'semantic', message: `no ${path}` })

describe('toWireFieldPath', () => {
  it.each([
    ['responseFormat', 'response_format'],
    ['topK', 'top_k'],
    ['n', 'n'],
    ['extensions.friendli.xtcThreshold', 'xtc_threshold'],
    ['extensions.octoai.peft', 'peft'],
    ['extensions.friendli.seeds', 'seed'],
    ['messages[1].toolCalls', 'messages[1].tool_calls'],
    ['messages[0].content[2]', 'messages[0].content[2]'],
  ])('%s → %s', (path, wire) => {
    expect(toWireFieldPath(path)).toBe(wire)
  })
})

describe('applyLossPolicy', () => {
  it('returns the hint fields once each, in order', () => {
    const dropped = applyLossPolicy([hint('topK'), hint('minP'), hint('topK')], undefined, 'up')
    expect(dropped).toEqual(['top_k', 'min_p'])
  })

  it.each([undefined, 'reject'] as const)(
    'rejects a semantic loss under %s, naming the field',
    (policy) => {
      const run = () => applyLossPolicy([hint('topK'), semantic('responseFormat')], policy, 'es')
      expect(run).toThrow(
        expect.objectContaining({ kind: 'invalid_request', status: 400, param: 'response_format' }),
      )
      expect(run).toThrow(
        /'response_format' cannot be honoured by upstream 'es': no responseFormat/,
      )
    },
  )

  it('drops semantic losses too when the policy allows them', () => {
    expect(applyLossPolicy([semantic('n'), hint('seed')], 'allow-semantic', 'x')).toEqual([
      'n',
      'seed',
    ])
  })
})
