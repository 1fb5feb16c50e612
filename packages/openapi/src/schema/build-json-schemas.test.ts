import * as core from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { createAjv } from '../test-support/create-ajv'
import { buildJsonSchemas } from './build-json-schemas'
import { collectRefs } from './collect-refs'

const schemas = buildJsonSchemas()
const ajv = createAjv(Object.values(schemas))
const coreIds = Object.values(core)
  .filter((value) => typeof (value as { $id?: unknown })?.$id === 'string')
  .map((value) => (value as { $id: string }).$id)

describe('buildJsonSchemas', () => {
  it('publishes every named schema core exports, sorted by $id', () => {
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(coreIds))
    expect(Object.keys(schemas)).toEqual(Object.keys(schemas).sort())
  })

  it.each(Object.keys(schemas))('%s is a 2020-12 schema Ajv compiles strictly', (id) => {
    const schema = schemas[id]!
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe(id)
    expect(ajv.getSchema(id)).toBeTypeOf('function')
  })

  it.each(Object.keys(schemas))('%s is self-contained: every $ref points into its $defs', (id) => {
    const schema = schemas[id]!
    const defs = Object.keys((schema.$defs as object | undefined) ?? {})
    const refs = [schema, ...Object.values((schema.$defs as object | undefined) ?? {})].flatMap(
      (part) => [...collectRefs(part)],
    )
    expect(refs.filter((ref) => !defs.includes(ref.slice('#/$defs/'.length)))).toEqual([])
  })

  it('adds the dialects and extra schemas it is given, and only those', () => {
    const extra = { $id: 'ExtraConfig', type: 'object', properties: { port: { type: 'integer' } } }
    const only = buildJsonSchemas({ dialects: [], schemas: [extra] })
    expect(Object.keys(only)).toEqual(expect.arrayContaining([...coreIds, 'ExtraConfig']))
    expect(Object.keys(only)).not.toContain('OpenAIChatRequest')
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['OpenAIChatRequest', 'OpenAIStreamEvent']),
    )
  })

  it('validates canonical values and rejects wrong ones', () => {
    const validate = ajv.getSchema('ChatRequest')!
    const request = {
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Hello' }] },
      ],
      maxTokens: 20,
      stop: ['\n'],
    }
    expect(validate(request)).toBe(true)
    expect(validate({ ...request, messages: [{ role: 'user', content: 42 }] })).toBe(false)
    expect(validate({ ...request, maxTokens: -1 })).toBe(false)
  })

  it('bundles only the definitions a schema reaches', () => {
    expect(Object.keys((schemas.TextPart!.$defs as object | undefined) ?? {})).toEqual([])
    expect(Object.keys(schemas.ChatMessage!.$defs as object)).toEqual(
      expect.arrayContaining(['UserMessage', 'TextPart', 'ToolCall']),
    )
    expect(Object.keys(schemas.ChatMessage!.$defs as object)).not.toContain('ChatRequest')
  })

  it('is deterministic', () => {
    expect(JSON.stringify(buildJsonSchemas())).toBe(JSON.stringify(schemas))
  })
})
