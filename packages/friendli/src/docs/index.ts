import { applySchemaDescriptions, type SchemaDescription } from '@chatwire/core'
import * as friendli from '../index'
// The descriptions are data (path from the exports, key position, text): sources in SOURCES.md.
import descriptions from './friendli-schema-descriptions.json'

/**
 * Puts the descriptions back on the package's exported schemas (in place, idempotent), as the
 * OpenAPI generator needs them: the schemas the main entry exports carry none, to keep browser
 * bundles small.
 */
export function describeFriendliSchemas(): void {
  applySchemaDescriptions({ ...friendli }, descriptions as unknown as readonly SchemaDescription[])
}
