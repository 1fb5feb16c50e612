import { excerpt } from '@chatwire/core'
import type { Dialect } from '../config/gateway-config'
import type { ClientIdentity } from './create-client-keys'
import { createRefusal } from './create-refusal'

/** A 403 in the client's dialect when the key's `models` globs do not cover this model. */
export function checkModelAccess(identity: ClientIdentity, model: string, dialect: Dialect): void {
  if (identity.mayUse === undefined || identity.mayUse(model)) return
  const what = dialect === 'elastic' ? 'inference endpoint' : 'model'
  throw createRefusal(dialect, {
    kind: 'permission',
    status: 403,
    message: `The gateway key '${identity.name}' does not have access to the ${what} '${excerpt(model, 100)}'.`,
    elasticException: 'security_exception',
  })
}
