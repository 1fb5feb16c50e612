import { ChatwireError, joinFieldPath } from '@chatwire/core'
import type { ConfigProblem } from './list-schema-problems'

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g

/**
 * Replaces `${NAME}` (or `${NAME:-fallback}`) in every string of a parsed config. An unset
 * variable without a fallback is an error naming the config path, so a missing key never
 * turns into an empty `Authorization` header.
 */
export function substituteEnv(
  value: unknown,
  env: Record<string, string | undefined>,
  path = '',
  problems?: ConfigProblem[],
): unknown {
  if (typeof value === 'string') return substituteString(value, env, path, problems)
  if (Array.isArray(value)) {
    return value.map((item, index) => substituteEnv(item, env, `${path}[${index}]`, problems))
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      out[key] = substituteEnv(item, env, joinFieldPath(path, key), problems)
    }
    return out
  }
  return value
}

/** With `problems`, each unset variable is added there (and replaced by '') instead of thrown. */
function substituteString(
  text: string,
  env: Record<string, string | undefined>,
  path: string,
  problems: ConfigProblem[] | undefined,
): string {
  return text.replace(REFERENCE, (_, name: string, fallback: string | undefined) => {
    const found = env[name]
    if (found !== undefined && found !== '') return found
    if (fallback !== undefined) return fallback
    const problem = `environment variable ${name} is not set`
    if (problems) {
      problems.push({ path, problem })
      return ''
    }
    throw new ChatwireError({
      kind: 'invalid_request',
      message: `'${path}': ${problem}`,
      param: path,
    })
  })
}
