import { applySchemaDescriptions } from '@chatwire/core'
import * as octoai from '../index'
import { OCTOAI_SCHEMA_DESCRIPTIONS } from './octoai-schema-descriptions'

/**
 * Puts the descriptions back on the package's exported schemas (in place, idempotent), as the
 * OpenAPI generator needs them: the schemas the main entry exports carry none, to keep browser
 * bundles small.
 */
export function describeOctoAISchemas(): void {
  applySchemaDescriptions({ ...octoai }, OCTOAI_SCHEMA_DESCRIPTIONS)
}
