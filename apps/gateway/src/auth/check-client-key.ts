import { ChatwireError } from '@chatwire/core'

const bytes = new TextEncoder()

/**
 * Each vendor SDK sends its key its own way: `Bearer` (OpenAI, OctoAI, Friendli), `ApiKey`
 * (Elasticsearch), or `Basic` with the key as password. All are accepted.
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

/** The configured keys as bytes, once, for {@link checkClientKey}. */
export function encodeClientKeys(keys: readonly string[]): Uint8Array[] {
  return keys.map((key) => bytes.encode(key))
}

/** Throws an `authentication` error unless the request carries one of the keys. */
export function checkClientKey(
  keys: readonly Uint8Array[],
  authorization: string | undefined,
): void {
  const key = readClientKey(authorization)
  if (key === undefined) {
    throw new ChatwireError({
      kind: 'authentication',
      message: 'Missing gateway key: send it as `Authorization: Bearer <key>`.',
    })
  }
  const given = bytes.encode(key)
  if (!keys.some((known) => sameBytes(known, given))) {
    throw new ChatwireError({
      kind: 'authentication',
      message: 'Invalid gateway key.',
      code: 'invalid_api_key',
    })
  }
}

/** Constant time for equal lengths, so a key cannot be guessed byte by byte from timings. */
function sameBytes(known: Uint8Array, given: Uint8Array): boolean {
  if (known.length !== given.length) return false
  let difference = 0
  for (let index = 0; index < known.length; index++) difference |= known[index]! ^ given[index]!
  return difference === 0
}

function decodeBase64(text: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (char) => char.charCodeAt(0)))
  } catch {
    return undefined
  }
}
