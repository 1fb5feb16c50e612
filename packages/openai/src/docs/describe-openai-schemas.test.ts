import { describe, expect, it } from 'vitest'
import * as main from '../index'
import * as internal from '../internal/index'
import { describeOpenAISchemas } from './index'
import { OPENAI_SCHEMA_DESCRIPTIONS } from './openai-schema-descriptions'

const schemas = { ...internal, ...main }
const hasDescription = (node: unknown): boolean =>
  typeof node === 'object' &&
  node !== null &&
  (typeof (node as { description?: unknown }).description === 'string' ||
    Object.values(node).some(hasDescription))

describe('describeOpenAISchemas', () => {
  // Descriptions in the exported schemas weigh on every browser bundle (tests/bundle).
  it('the schemas the main entry exports carry no description until it runs', () => {
    const described = Object.entries(main).filter(([, value]) => hasDescription(value))
    expect(described.map(([name]) => name)).toEqual([])
  })

  it.each(OPENAI_SCHEMA_DESCRIPTIONS.slice(0, 400))('puts back %s', (path, index, text) => {
    describeOpenAISchemas()
    let node = schemas as unknown as Record<string, unknown>
    for (const key of path.split('/')) node = node[key] as Record<string, unknown>
    expect(Object.keys(node)[index]).toBe('description')
    expect(node.description).toBe(text)
  })
})
