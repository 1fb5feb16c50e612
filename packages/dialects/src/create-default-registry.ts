import { createDialectRegistry, type Dialect, type DialectRegistry } from '@chatwire/core'
import { defaultDialects } from './default-dialects'

/** A registry of the default dialects, with any of your own after them. */
export function createDefaultRegistry(extra: readonly Dialect[] = []): DialectRegistry {
  return createDialectRegistry([...defaultDialects, ...extra])
}
