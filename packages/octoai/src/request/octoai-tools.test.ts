import type { Loss, ResponseFormat, ToolChoice } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import type { OctoAIResponseFormat, OctoAIToolChoice } from '../schema/octoai-chat-request'
import { decodeOctoAIResponseFormat, decodeOctoAIToolChoice } from './decode-octoai-tools'
import { encodeOctoAIResponseFormat, encodeOctoAIToolChoice } from './encode-octoai-tools'

const schema = { type: 'object', properties: { color: { type: 'string' } } }

describe('OctoAI response formats', () => {
  it.each<[OctoAIResponseFormat, ResponseFormat]>([
    [{ type: 'text' }, { type: 'text' }],
    [{ type: 'json_object' }, { type: 'json_object' }],
    [
      { type: 'json_object', schema },
      { type: 'json_object', schema },
    ],
    [
      {
        type: 'json_schema',
        json_schema: { name: 'car', description: 'A car', schema, strict: false },
      },
      { type: 'json_schema', name: 'car', description: 'A car', schema, strict: false },
    ],
  ])('%j ⇄ %j', (wire, canonical) => {
    expect(decodeOctoAIResponseFormat(wire)).toEqual(canonical)
    const losses: Loss[] = []
    expect(encodeOctoAIResponseFormat(canonical, losses)).toEqual(wire)
    expect(losses).toEqual([])
  })

  it('reads a json_schema whose schema sits beside the type', () => {
    expect(decodeOctoAIResponseFormat({ type: 'json_schema', schema })).toEqual({
      type: 'json_schema',
      schema,
    })
  })

  it('reports a regex format as a semantic loss', () => {
    const losses: Loss[] = []
    expect(encodeOctoAIResponseFormat({ type: 'regex', pattern: '\\d+' }, losses)).toBeUndefined()
    expect(losses).toMatchObject([{ path: 'responseFormat', kind: 'semantic' }])
  })
})

describe('OctoAI tool choice', () => {
  it.each<[OctoAIToolChoice, ToolChoice]>([
    ['auto', 'auto'],
    ['required', 'required'],
    [
      { type: 'function', function: { name: 'f' } },
      { type: 'function', name: 'f' },
    ],
  ])('%j ⇄ %j', (wire, canonical) => {
    expect(decodeOctoAIToolChoice(wire)).toEqual(canonical)
    expect(encodeOctoAIToolChoice(canonical, [])).toEqual(
      typeof wire === 'string' ? wire : { type: 'function', function: { name: 'f' } },
    )
  })

  it('decodes a function choice without its optional type', () => {
    expect(decodeOctoAIToolChoice({ function: { name: 'f' } })).toEqual({
      type: 'function',
      name: 'f',
    })
  })

  it.each<ToolChoice>([
    { type: 'custom', name: 'sql' },
    { type: 'allowed_tools', mode: 'required', tools: [] },
  ])('reports %j as a semantic loss', (choice) => {
    const losses: Loss[] = []
    expect(encodeOctoAIToolChoice(choice, losses)).toBeUndefined()
    expect(losses).toMatchObject([{ path: 'toolChoice', kind: 'semantic' }])
  })
})
