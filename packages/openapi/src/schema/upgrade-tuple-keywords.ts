import type { JsonSchema } from './json-schema'

/**
 * TypeBox 0.34 writes tuples the draft-07 way (`items: [...]`, `additionalItems`); 2020-12 and
 * OpenAPI 3.1 spell them `prefixItems` and `items`.
 */
export function upgradeTupleKeywords(schema: JsonSchema): JsonSchema {
  if (!Array.isArray(schema.items)) return schema
  const { items, additionalItems, ...rest } = schema
  const upgraded: JsonSchema = { ...rest, prefixItems: items }
  if (additionalItems !== undefined) upgraded.items = additionalItems
  return upgraded
}
