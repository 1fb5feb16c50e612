import { excerpt } from '@chatwire/core'
import type { InboundDialect } from '../dialects/inbound-dialect'
import type { ClientIdentity } from './create-client-keys'

/** A 403 in the client's dialect when the key's `models` globs do not cover this route key. */
export function checkModelAccess(
  identity: ClientIdentity,
  model: string,
  inbound: Pick<InboundDialect, 'refuse' | 'routeKeyName'>,
): void {
  if (identity.mayUse === undefined || identity.mayUse(model)) return
  throw inbound.refuse({
    reason: 'model-not-allowed',
    kind: 'permission',
    status: 403,
    message: `The gateway key '${identity.name}' does not have access to the ${inbound.routeKeyName} '${excerpt(model, 100)}'.`,
  })
}
