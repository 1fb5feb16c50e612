import { applySchemaDescriptions } from '@chatwire/core'
import * as openai from '../index'
import * as internal from '../internal/index'
import { OPENAI_SCHEMA_DESCRIPTIONS } from './openai-schema-descriptions'

/**
 * Puts the descriptions back on the package's exported schemas (in place, idempotent), as the
 * OpenAPI generator needs them: the schemas the main entry exports carry none, to keep browser
 * bundles small.
 */
export function describeOpenAISchemas(): void {
  applySchemaDescriptions({ ...internal, ...openai }, OPENAI_SCHEMA_DESCRIPTIONS)
}
