import type { InboundDialects } from './create-inbound-dialects'
import type { InboundDialect } from './inbound-dialect'

/**
 * The endpoint whose envelope an error on `path` is written in: the longest `errorPrefix` that
 * `path` starts with, else the fallback dialect's.
 */
export function inboundForPath(inbound: InboundDialects, path: string): InboundDialect {
  for (const { prefix, inbound: found } of inbound.errorPrefixes)
    if (path.startsWith(prefix)) return found
  return inbound.fallback
}
