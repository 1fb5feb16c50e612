/**
 * Deterministic arguments for a function tool, from its JSON Schema `parameters`: every property
 * gets its `const`, its first `enum` value, or a sample by type (`"sample <name>"`, the `minimum`
 * or 1, `true`, a one-item array, a nested object).
 */
export function buildToolArguments(parameters: Record<string, unknown> | undefined): string {
  return JSON.stringify(sampleValue(parameters ?? { type: 'object' }, 'value', 0))
}

function sampleValue(schema: unknown, name: string, depth: number): unknown {
  if (typeof schema !== 'object' || schema === null) return `sample ${name}`
  const record = schema as Record<string, unknown>
  if ('const' in record) return record.const
  if (Array.isArray(record.enum) && record.enum.length > 0) return record.enum[0]
  switch (typeOf(record)) {
    case 'object':
      return depth > 4 ? {} : sampleObject(record, depth)
    case 'array':
      return depth > 4 ? [] : [sampleValue(record.items, name, depth + 1)]
    case 'integer':
    case 'number':
      return typeof record.minimum === 'number' ? record.minimum : 1
    case 'boolean':
      return true
    case 'null':
      return null
    default:
      return `sample ${name}`
  }
}

function sampleObject(schema: Record<string, unknown>, depth: number): Record<string, unknown> {
  const properties = schema.properties
  const object: Record<string, unknown> = {}
  if (typeof properties !== 'object' || properties === null) return object
  for (const [key, value] of Object.entries(properties)) {
    object[key] = sampleValue(value, key, depth + 1)
  }
  return object
}

function typeOf(schema: Record<string, unknown>): unknown {
  if (!Array.isArray(schema.type)) return schema.type ?? (schema.properties ? 'object' : undefined)
  return schema.type.find((type) => type !== 'null')
}
