import { applySchemaDescriptions, type SchemaDescription } from '@chatwire/core'
import * as openai from '../index'
import * as chunk from '../schema/openai-chat-chunk'
import * as message from '../schema/openai-chat-message'
import * as request from '../schema/openai-chat-request'
import * as response from '../schema/openai-chat-response'
import * as errorBody from '../schema/openai-error-body'
import * as logprobs from '../schema/openai-logprobs'
import * as tool from '../schema/openai-tool'
import * as usage from '../schema/openai-usage'
// The descriptions are data (path from the exports, key position, text): sources in SOURCES.md.
import descriptions from './openai-schema-descriptions.json'

/**
 * Puts the descriptions back on the package's exported schemas (in place, idempotent), as the
 * OpenAPI generator needs them: the schemas the main entry exports carry none, to keep browser
 * bundles small.
 */
export function describeOpenAISchemas(): void {
  applySchemaDescriptions(
    {
      ...chunk,
      ...message,
      ...request,
      ...response,
      ...errorBody,
      ...logprobs,
      ...tool,
      ...usage,
      ...openai,
    },
    descriptions as unknown as readonly SchemaDescription[],
  )
}
