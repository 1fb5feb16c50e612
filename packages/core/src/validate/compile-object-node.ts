import { Kind } from '@sinclair/typebox'
import {
  compileAdditionalProperties,
  compilePropertyCount,
  isObjectLike,
} from './compile-object-keywords'
import { type CompileChild, fail, type SchemaNode, type SchemaObject, under } from './schema-error'

/** Past this many schema keys, an object is checked by the keys it has, not all it may have. */
const MANY_KEYS = 10

/** `object` with `properties`, `required`, the key count and `additionalProperties`. */
export function compileObjectNode(schema: SchemaObject, compileChild: CompileChild): SchemaNode {
  const properties = (schema.properties ?? {}) as Record<string, SchemaObject>
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : []
  const known = new Set(Object.getOwnPropertyNames(properties))
  const keys = [...known]
  const nodes = keys.map((key) => compileChild(properties[key]!))
  const isRequired = keys.map((key) => required.includes(key))
  // TypeBox's `Check`: a required `unknown` key must be there, though `undefined` would pass.
  const mustBePresent = keys.map(
    (key, index) => isRequired[index] && ['Unknown', 'Any'].includes(properties[key]![Kind]),
  )
  const count = compilePropertyCount(schema)
  const additional = compileAdditionalProperties(schema, compileChild)
  const indexOf = new Map(keys.map((key, index) => [key, index]))
  const requiredCount = isRequired.filter(Boolean).length

  /**
   * `Check`'s verdict from the keys the value has, for schemas naming many more (a request's
   * optional fields): unknown keys as `additionalProperties` says, known ones by their schema,
   * then whichever required key was not among them.
   */
  function checkPresentKeys(value: Record<string, unknown>): true | undefined {
    let requiredSeen = 0
    for (const key in value) {
      const index = indexOf.get(key)
      if (index === undefined) {
        if (additional === false || additional?.(value[key], false)) return true
        continue
      }
      const field = value[key]
      if (isRequired[index]) requiredSeen++
      else if (field === undefined) continue
      if (nodes[index]!(field, false)) return true
    }
    if (requiredSeen === requiredCount) return undefined
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      if (!isRequired[index] || Object.hasOwn(value, key)) continue
      if (nodes[index]!(value[key], false) || (mustBePresent[index] && !(key in value))) return true
    }
    return undefined
  }
  const byPresentKeys = keys.length > MANY_KEYS

  return (value, report) => {
    if (!isObjectLike(value)) return fail('Object', schema, value, report)
    const counted = count(value, report)
    if (counted) return counted
    if (!report && byPresentKeys) return checkPresentKeys(value)
    if (report) {
      // `Value.Errors` order: missing required keys, then unknown keys, then each known key.
      const missing = required.find((key) => !Object.hasOwn(value, key))
      if (missing !== undefined) {
        return under(fail('ObjectRequiredProperty', properties[missing]!, undefined, true), missing)
      }
    }
    if (additional !== undefined) {
      for (const key of Object.getOwnPropertyNames(value)) {
        if (known.has(key)) continue
        const found = additional
          ? additional(value[key], report)
          : fail('ObjectAdditionalProperties', schema, value[key], report)
        if (found) return under(found, key)
      }
    }
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      const field = value[key]
      if (field === undefined && !isRequired[index]) continue
      const found = nodes[index]!(field, report)
      if (found) return under(found, key)
      if (mustBePresent[index] && !report && !(key in value)) return true
    }
    return undefined
  }
}
