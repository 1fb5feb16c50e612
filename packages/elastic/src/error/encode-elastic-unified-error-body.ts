import type { ChatError } from '@chatwire/core'
import type { ElasticUnifiedErrorBody } from '../schema/elastic-error-body'

export interface ElasticErrorDefaults {
  code: string
  type: string
  message?: string
}

/** `{"error":{"code","message","param","type"}}` in the server's key order; absent keys omitted. */
export function encodeElasticUnifiedErrorBody(
  error: ChatError,
  defaults: ElasticErrorDefaults,
): ElasticUnifiedErrorBody {
  return {
    error: {
      code: error.code ?? defaults.code,
      message: defaults.message ?? error.message,
      ...(error.param === undefined ? {} : { param: error.param }),
      type: error.type ?? defaults.type,
    },
  }
}
