import { describe, expect, it } from 'vitest'
import { applySchemaDescriptions, type SchemaDescription } from './apply-schema-descriptions'
import * as Type from './json-type'
import { Nullish } from './schema-helpers'

const build = () => ({
  Count: Type.Integer({ minimum: 0 }),
  Body: Type.Object({ model: Type.String(), n: Nullish(Type.Integer({ minimum: 1 })) }),
})
const described = () => ({
  Count: Type.Integer({ minimum: 0, description: 'How many.' }),
  Body: Type.Object({
    model: Type.String({ description: 'The model.' }),
    n: Nullish(Type.Integer({ minimum: 1, description: 'Choices.' })),
  }),
})

describe('applySchemaDescriptions', () => {
  it.each<{ name: string; descriptions: SchemaDescription[] }>([
    { name: 'a top-level schema, between its keys', descriptions: [['Count', 1, 'How many.']] },
    {
      name: 'nested properties and union members',
      descriptions: [
        ['Body/properties/model', 0, 'The model.'],
        ['Body/properties/n/anyOf/0', 1, 'Choices.'],
      ],
    },
  ])('puts back $name as the schema carried them (key order, symbols)', ({ descriptions }) => {
    const schemas = build()
    applySchemaDescriptions(schemas, descriptions)
    for (const [path] of descriptions) {
      const name = path.split('/')[0] as keyof ReturnType<typeof build>
      expect(JSON.stringify(schemas[name])).toBe(JSON.stringify(described()[name]))
      expect(Reflect.ownKeys(schemas[name])).toEqual(Reflect.ownKeys(described()[name]))
    }
  })

  it('changes nothing when applied twice', () => {
    const schemas = build()
    const descriptions: SchemaDescription[] = [['Count', 1, 'How many.']]
    applySchemaDescriptions(schemas, descriptions)
    const once = JSON.stringify(schemas)
    applySchemaDescriptions(schemas, descriptions)
    expect(JSON.stringify(schemas)).toBe(once)
  })
})
