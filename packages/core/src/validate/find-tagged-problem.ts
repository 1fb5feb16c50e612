import { joinFieldPath } from './assert-valid'
import type { FieldProblem, Validator } from './compile-schema'

/**
 * A TypeBox union of objects reports only "Expected union value". For unions discriminated by
 * one key (`role`, `type`) this dispatches on the key and validates against the one member, so
 * the problem names the real field: `messages[2].tool_call_id`, not `messages[2]`.
 */
export function findTaggedProblem(
  value: unknown,
  tagKey: string,
  validators: Readonly<Record<string, Validator<unknown>>>,
  path: string,
): FieldProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      path,
      reason: value === undefined ? 'missing' : 'type',
      message: 'Expected object',
      value,
      expected: 'object',
    }
  }
  const tag = (value as Record<string, unknown>)[tagKey]
  const tagPath = joinFieldPath(path, tagKey)
  if (tag === undefined)
    return { path: tagPath, reason: 'missing', message: 'Required property', value: tag }
  if (typeof tag !== 'string') {
    return {
      path: tagPath,
      reason: 'type',
      message: 'Expected string',
      value: tag,
      expected: 'string',
    }
  }
  const validator = Object.hasOwn(validators, tag) ? validators[tag] : undefined
  if (!validator) {
    const supported = Object.keys(validators)
      .map((key) => `'${key}'`)
      .join(', ')
    return {
      path: tagPath,
      reason: 'value',
      message: `Supported values are: ${supported}`,
      value: tag,
    }
  }
  if (validator.check(value)) return undefined
  const problem = validator.firstProblem(value)
  if (!problem) return undefined
  return { ...problem, path: joinFieldPath(path, problem.path) }
}
