import { sha256 } from '@noble/hashes/sha2.js'

const utf8 = new TextEncoder()

/**
 * A key's SHA-256 as a 32-character binary string (one char per byte): the form keys are kept
 * and looked up in. Synchronous and portable (`@noble/hashes`): Web Crypto's `digest` is async
 * and cost 15–40× more per check on Node 20 (bench/client-key.bench.ts), and `node:crypto` is
 * not on the Workers path.
 */
export function hashClientKey(key: string): string {
  return String.fromCharCode.apply(null, sha256(utf8.encode(key)) as unknown as number[])
}

/** `sha256` from the config (64 hex digits, either case) in the same form as {@link hashClientKey}. */
export function digestFromHex(hex: string): string {
  let digest = ''
  for (let index = 0; index < hex.length; index += 2)
    digest += String.fromCharCode(Number.parseInt(hex.slice(index, index + 2), 16))
  return digest
}
