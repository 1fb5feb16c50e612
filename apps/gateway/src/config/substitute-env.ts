import { ChatwireError, joinFieldPath } from '@chatwire/core'

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
): unknown {
  if (typeof value === 'string') return substituteString(value, env, path)
  if (Array.isArray(value)) {
    return value.map((item, index) => substituteEnv(item, env, `${path}[${index}]`))
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      out[key] = substituteEnv(item, env, joinFieldPath(path, key))
    }
    return out
  }
  return value
}

function substituteString(
  text: string,
  env: Record<string, string | undefined>,
  path: string,
): string {
  return text.replace(REFERENCE, (_, name: string, fallback: string | undefined) => {
    const found = env[name]
    if (found !== undefined && found !== '') return found
    if (fallback !== undefined) return fallback
    throw new ChatwireError({
      kind: 'invalid_request',
      message: `'${path}': environment variable ${name} is not set`,
      param: path,
    })
  })
}
