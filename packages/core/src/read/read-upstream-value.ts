import { malformedUpstream } from '../errors/malformed-upstream'

// Typed reads of what an upstream sent, for the decoders: each returns the value when it has
// the JSON type the dialect promises and throws `malformedUpstream(path, …)` otherwise, so a
// `choices: [5]` becomes a 502 naming `choices[0]`, never a TypeError. The `Nullish` forms take
// `null` and absence as "not sent" (`undefined`), as tolerant wire schemas do.

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function readUpstreamObject(value: unknown, path: string): Record<string, unknown> {
  if (isJsonObject(value)) return value
  throw malformedUpstream(path, 'an object')
}

export function readUpstreamArray(value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value
  throw malformedUpstream(path, 'an array')
}

export function readUpstreamString(value: unknown, path: string): string {
  if (typeof value === 'string') return value
  throw malformedUpstream(path, 'a string')
}

export function readUpstreamInteger(value: unknown, path: string): number {
  if (Number.isInteger(value)) return value as number
  throw malformedUpstream(path, 'an integer')
}

/** Token counts and indexes: a non-negative integer. */
export function readUpstreamCount(value: unknown, path: string): number {
  if (Number.isInteger(value) && (value as number) >= 0) return value as number
  throw malformedUpstream(path, 'a non-negative integer')
}

export function readUpstreamNumber(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  throw malformedUpstream(path, 'a number')
}

export function readNullishUpstreamObject(
  value: unknown,
  path: string,
): Record<string, unknown> | undefined {
  return value == null ? undefined : readUpstreamObject(value, path)
}

export function readNullishUpstreamArray(value: unknown, path: string): unknown[] | undefined {
  return value == null ? undefined : readUpstreamArray(value, path)
}

export function readNullishUpstreamString(value: unknown, path: string): string | undefined {
  return value == null ? undefined : readUpstreamString(value, path)
}

export function readNullishUpstreamInteger(value: unknown, path: string): number | undefined {
  return value == null ? undefined : readUpstreamInteger(value, path)
}

export function readNullishUpstreamCount(value: unknown, path: string): number | undefined {
  return value == null ? undefined : readUpstreamCount(value, path)
}
