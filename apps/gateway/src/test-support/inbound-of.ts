import { createDefaultRegistry } from '@chatwire/dialects'
import { createInboundDialects } from '../dialects/create-inbound-dialects'
import type { InboundDialect } from '../dialects/inbound-dialect'

const served = createInboundDialects(createDefaultRegistry()).chatPaths

/**
 * A default dialect's inbound endpoint, as the gateway serves it: `openai`, or
 * `friendli.dedicated` for an endpoint other than the dialect's first.
 */
export function inboundOf(name: string): InboundDialect {
  const [dialect, endpoint] = name.split('.')
  const found = served.find(
    ({ inbound }) =>
      inbound.dialect === dialect && (endpoint === undefined || inbound.endpoint === endpoint),
  )
  if (!found) throw new TypeError(`No inbound endpoint ${name}`)
  return found.inbound
}
