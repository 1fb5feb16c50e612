import { describe, expect, it } from 'vitest'
import * as schemas from '../index'
import { FRIENDLI_SCHEMA_DESCRIPTIONS } from './friendli-schema-descriptions'
import { describeFriendliSchemas } from './index'

const hasDescription = (node: unknown): boolean =>
  typeof node === 'object' &&
  node !== null &&
  (typeof (node as { description?: unknown }).description === 'string' ||
    Object.values(node).some(hasDescription))

describe('describeFriendliSchemas', () => {
  // Descriptions in the exported schemas weigh on every browser bundle (tests/bundle).
  it('the schemas the main entry exports carry no description until it runs', () => {
    const described = Object.entries(schemas).filter(([, value]) => hasDescription(value))
    expect(described.map(([name]) => name)).toEqual([])
  })

  it.each(FRIENDLI_SCHEMA_DESCRIPTIONS.slice(0, 400))('puts back %s', (path, index, text) => {
    describeFriendliSchemas()
    let node = schemas as unknown as Record<string, unknown>
    for (const key of path.split('/')) node = node[key] as Record<string, unknown>
    expect(Object.keys(node)[index]).toBe('description')
    expect(node.description).toBe(text)
  })
})
