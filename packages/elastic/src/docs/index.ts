import { applySchemaDescriptions } from '@chatwire/core'
import * as elastic from '../index'
import { ELASTIC_SCHEMA_DESCRIPTIONS } from './elastic-schema-descriptions'

/**
 * Puts the descriptions back on the package's exported schemas (in place, idempotent), as the
 * OpenAPI generator needs them: the schemas the main entry exports carry none, to keep browser
 * bundles small.
 */
export function describeElasticSchemas(): void {
  applySchemaDescriptions({ ...elastic }, ELASTIC_SCHEMA_DESCRIPTIONS)
}
