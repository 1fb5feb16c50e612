import { ChatwireError } from '@chatwire/core'
import { hashClientKey } from '../config/hash-client-key'
import type { ClientIdentity, ClientKeys } from './create-client-keys'

/**
 * Each vendor SDK sends its key its own way: `Bearer` (most), `ApiKey` (a search engine's
 * client), or `Basic` with the key as password. All are accepted.
 */
export function readClientKey(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined
  const match = /^(Bearer|ApiKey|Basic)\s+(\S+)\s*$/i.exec(authorization)
  if (!match?.[2]) return undefined
  if (match[1]?.toLowerCase() !== 'basic') return match[2]
  const decoded = decodeBase64(match[2])
  const colon = decoded?.indexOf(':') ?? -1
  return colon === -1 ? undefined : decoded?.slice(colon + 1)
}

/**
 * The key the request carries, or an `authentication` error. The key is hashed and its hash
 * looked up: the time taken depends on the key's length and its hash, never on how much of a
 * real key it shares, and the keys are held only as hashes.
 */
export function checkClientKey(
  keys: ClientKeys,
  authorization: string | undefined,
): ClientIdentity {
  const key = readClientKey(authorization)
  if (key === undefined) {
    throw new ChatwireError({
      kind: 'authentication',
      message: 'Missing gateway key: send it as `Authorization: Bearer <key>`.',
    })
  }
  const identity = keys.get(hashClientKey(key))
  if (identity === undefined) {
    throw new ChatwireError({
      kind: 'authentication',
      message: 'Invalid gateway key.',
      code: 'invalid_api_key',
    })
  }
  return identity
}

function decodeBase64(text: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (char) => char.charCodeAt(0)))
  } catch {
    return undefined
  }
}
