import { applySchemaDescriptions, type SchemaDescription } from '@chatwire/core'
import * as elastic from '../index'
// The descriptions are data (path from the exports, key position, text): sources in SOURCES.md.
import descriptions from './elastic-schema-descriptions.json'

/**
 * Puts the descriptions back on the package's exported schemas (in place, idempotent), as the
 * OpenAPI generator needs them: the schemas the main entry exports carry none, to keep browser
 * bundles small.
 */
export function describeElasticSchemas(): void {
  applySchemaDescriptions({ ...elastic }, descriptions as unknown as readonly SchemaDescription[])
}
