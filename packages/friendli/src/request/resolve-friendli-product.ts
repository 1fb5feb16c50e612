import { ChatwireError, excerpt, type WireContext } from '@chatwire/core'
import type { FriendliProduct } from '../schema/friendli-extension'

const PRODUCTS: ReadonlySet<string> = new Set(['serverless', 'dedicated', 'tools', 'container'])

/**
 * Which Friendli endpoint family a request belongs to: the bound codec's product, else the
 * `product` path parameter of the wire context (`serverless`, `dedicated`, `tools`,
 * `container`), else serverless.
 */
export function resolveFriendliProduct(
  bound: FriendliProduct | undefined,
  fallback: string | undefined,
): FriendliProduct {
  if (bound !== undefined) return bound
  if (fallback === undefined) return 'serverless'
  if (!PRODUCTS.has(fallback)) {
    // A routing bug, not a bad request: a 500, but in the project's error, never a TypeError.
    throw new ChatwireError({
      kind: 'internal',
      message: `Unknown Friendli product '${excerpt(fallback)}': expected serverless, dedicated, tools or container`,
    })
  }
  return fallback as FriendliProduct
}

export function productFromContext(context: WireContext | undefined): string | undefined {
  return context?.params?.product
}
