import { digestOf } from '../config/check-auth-config'
import type { ClientKey, KeyLimits } from '../config/gateway-auth-config'
import { compileGlob } from '../routing/compile-glob'

/** The `key` label (and log field) of a plain, unnamed key: one series for all of them. */
const UNNAMED_KEY = 'unnamed'

/** A client key as the gateway keeps it: its name and rights, never the key itself. */
export interface ClientIdentity {
  name: string
  /** The `models` globs; absent: every model. */
  models?: readonly string[]
  /** Whether this key may use a model (route key); absent: every model. */
  mayUse?: (model: string) => boolean
  /** Present only when the key has at least one limit. */
  limits?: KeyLimits
}

/** Keys by their SHA-256: a request's key is hashed and looked up, never compared in clear. */
export type ClientKeys = ReadonlyMap<string, ClientIdentity>

/** `auth.keys` (checked by `validateConfig`) → the hash table, built once at start. */
export function createClientKeys(entries: readonly ClientKey[]): ClientKeys {
  const keys = new Map<string, ClientIdentity>()
  for (const entry of entries) keys.set(digestOf(entry), identityOf(entry))
  return keys
}

function identityOf(entry: ClientKey): ClientIdentity {
  if (typeof entry === 'string') return { name: UNNAMED_KEY }
  const identity: ClientIdentity = { name: entry.name }
  if (entry.models) {
    const matchers = entry.models.map(compileGlob)
    identity.models = entry.models
    identity.mayUse = (model) => matchers.some((matches) => matches(model))
  }
  const limits = entry.limits
  if (limits?.requestsPerMinute !== undefined || limits?.tokensPerMinute !== undefined)
    identity.limits = limits
  return identity
}
