import { applySchemaDescriptions } from '@chatwire/core'
import * as friendli from '../index'
import { FRIENDLI_SCHEMA_DESCRIPTIONS } from './friendli-schema-descriptions'

/**
 * Puts the descriptions back on the package's exported schemas (in place, idempotent), as the
 * OpenAPI generator needs them: the schemas the main entry exports carry none, to keep browser
 * bundles small.
 */
export function describeFriendliSchemas(): void {
  applySchemaDescriptions({ ...friendli }, FRIENDLI_SCHEMA_DESCRIPTIONS)
}
