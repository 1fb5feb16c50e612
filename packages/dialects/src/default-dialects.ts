import type { Dialect } from '@chatwire/core'
import { elasticDialect } from '@chatwire/elastic/dialect'
import { friendliDialect } from '@chatwire/friendli/dialect'
import { octoaiDialect } from '@chatwire/octoai/dialect'
import { openaiDialect } from '@chatwire/openai/dialect'

/**
 * The four dialects chatwire ships, in registration order. The first is the gateway's fallback:
 * errors on paths no dialect claims are written in its envelope, and its embedded upstream takes
 * every model the embedded default names no route for.
 */
export const defaultDialects: readonly Dialect[] = [
  openaiDialect,
  elasticDialect,
  octoaiDialect,
  friendliDialect,
]
