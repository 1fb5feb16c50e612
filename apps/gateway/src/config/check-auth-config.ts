import type { ClientKey, GatewayAuth } from './gateway-auth-config'
import { digestFromHex, hashClientKey } from './hash-client-key'
import type { ConfigProblem } from './list-schema-problems'

/**
 * What the schema cannot say about `auth.keys`: names are unique, a named key has exactly one
 * of `key` or `sha256`, no two entries are the same key (compared by hash, so a `key` and the
 * `sha256` of the same key collide too), and no key carries CR, LF or NUL.
 */
export function checkAuthConfig(auth: GatewayAuth | undefined): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const names = new Map<string, number>()
  const digests = new Map<string, number>()
  auth?.keys.forEach((entry, index) => {
    const path = `auth.keys[${index}]`
    const report = (problem: string, field = '') =>
      problems.push({ path: `${path}${field}`, problem })
    if (typeof entry !== 'string') {
      const first = names.get(entry.name)
      if (first !== undefined) report(`the name '${entry.name}' is also auth.keys[${first}]'s`)
      else names.set(entry.name, index)
      if ((entry.key === undefined) === (entry.sha256 === undefined)) {
        report('needs exactly one of `key` or `sha256`')
        return
      }
    }
    const plain = plainKeyOf(entry)
    if (plain !== undefined && /[\r\n\0]/.test(plain)) {
      report('contains a line break or NUL', typeof entry === 'string' ? '' : '.key')
      return
    }
    const digest = digestOf(entry)
    const same = digests.get(digest)
    if (same !== undefined) report(`is the same key as auth.keys[${same}]`)
    else digests.set(digest, index)
  })
  return problems
}

function plainKeyOf(entry: ClientKey): string | undefined {
  return typeof entry === 'string' ? entry : entry.key
}

/** The entry's key hash; the config check ran first, so a named key has `key` or `sha256`. */
export function digestOf(entry: ClientKey): string {
  const plain = plainKeyOf(entry)
  if (plain !== undefined) return hashClientKey(plain)
  return digestFromHex((entry as { sha256: string }).sha256)
}
