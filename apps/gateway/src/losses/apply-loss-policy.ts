import { ChatwireError, type Loss } from '@chatwire/core'
import type { LossPolicy } from '../config/gateway-config'
import { toWireFieldPath } from './to-wire-field-path'

/** The error code of a refused semantic loss. */
export const UNSUPPORTED_PARAMETER = 'unsupported_parameter'

/**
 * Hints are dropped (returned, for the `chatwire-dropped` header and the log); a semantic loss
 * is a 400 naming the field unless the policy allows it. Nothing is dropped silently.
 */
export function applyLossPolicy(
  losses: readonly Loss[],
  policy: LossPolicy | undefined,
  upstreamName: string,
): string[] {
  const dropped: string[] = []
  for (const loss of losses) {
    const field = toWireFieldPath(loss.path)
    if (loss.kind === 'semantic' && policy !== 'allow-semantic') {
      throw new ChatwireError({
        kind: 'invalid_request',
        message:
          `'${field}' cannot be honoured by upstream '${upstreamName}': ${loss.message}. ` +
          'Remove it, or allow semantic losses on this route (losses: allow-semantic).',
        param: field,
        code: UNSUPPORTED_PARAMETER,
      })
    }
    if (!dropped.includes(field)) dropped.push(field)
  }
  return dropped
}
