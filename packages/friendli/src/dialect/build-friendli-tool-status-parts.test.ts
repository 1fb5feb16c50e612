import { assertValid, compileSchema } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { FriendliToolStatus } from '../index'
import { buildFriendliToolStatusParts } from './build-friendli-tool-status-parts'

const validator = compileSchema(FriendliToolStatus)

describe('buildFriendliToolStatusParts', () => {
  it.each([
    ['web:search', 'query', false, 'ENDED'],
    ['math:calculator', 'expression', false, 'ENDED'],
    ['math:statistics', 'data', true, 'ERRORED'],
    ['code:python-interpreter', 'code', false, 'ENDED'],
    ['web:url', 'url', true, 'ERRORED'],
  ])('%s runs with its %s parameter, then %s → %s', (name, parameter, failed, end) => {
    const run = { id: 'call_emulator_0_builtin_0', name, input: '2+2', failed }
    const parts = buildFriendliToolStatusParts([run], 1_700_000_000)
    expect(parts.map((part) => [part.dialect, part.event])).toEqual([
      ['friendli', 'tool_status'],
      ['friendli', 'tool_status'],
    ])
    for (const { data } of parts) assertValid(validator, data)
    const [started, ended] = parts.map((part) => part.data as FriendliToolStatus)
    expect(started).toMatchObject({
      tool_call_id: run.id,
      name,
      status: 'STARTED',
      parameters: [{ name: parameter, value: '2+2' }],
      timestamp: 1_700_000_000,
    })
    expect(ended?.status).toBe(end)
    expect(ended?.error === null).toBe(!failed)
    expect(ended?.result === null).toBe(failed)
  })

  it('reports nothing without runs', () => {
    expect(buildFriendliToolStatusParts([], 0)).toEqual([])
  })
})
