import {
  type ChatRequest,
  type EncodedRequest,
  encodeRequestFields,
  type Loss,
  readExtension,
  reportForeignExtensions,
  reportUnsupportedFields,
  type WireContext,
} from '@chatwire/core'
import { ELASTIC_REQUEST_FIELDS } from '../map/elastic-request-fields'
import { ElasticChatRequest, type ElasticMessage } from '../schema/elastic-chat-request'
import { elasticExtension } from '../schema/elastic-extension'
import { encodeElasticMessage } from './encode-elastic-message'
import { encodeElasticToolChoice, encodeElasticTools } from './encode-elastic-tools'

const TARGET = 'Elasticsearch 8.18'

/** Canonical fields with a home in the 8.18 whitelist (wire-formats.md §3.2, §9.1). */
const SUPPORTED: ReadonlySet<string> = new Set([
  ...ELASTIC_REQUEST_FIELDS.map(([, canonical]) => canonical),
  'stop',
  'toolChoice',
  'tools',
])

/** ES always streams with usage, so asking for usage (only) is not a loss. */
function supportedFields(request: ChatRequest): ReadonlySet<string> {
  const options = request.streamOptions
  if (options?.includeUsage !== true || options.includeObfuscation !== undefined) {
    return SUPPORTED
  }
  return new Set([...SUPPORTED, 'streamOptions'])
}

function reportElasticExtensions(request: ChatRequest, losses: Loss[]): void {
  if (readExtension(request, elasticExtension)?.reasoning === undefined) return
  losses.push({
    path: 'extensions.elastic.reasoning',
    kind: 'hint',
    message: `${TARGET} has no 'reasoning' (added in 9.4)`,
  })
}

function encodeContext(request: ChatRequest): WireContext {
  const elastic = readExtension(request, elasticExtension)
  const context: WireContext = { params: { inference_id: elastic?.inferenceId ?? request.model } }
  if (elastic?.timeout !== undefined) context.query = { timeout: elastic.timeout }
  return context
}

function encodeMessages(request: ChatRequest, losses: Loss[]): ElasticMessage[] {
  const messages: ElasticMessage[] = []
  for (const [index, message] of request.messages.entries()) {
    const encoded = encodeElasticMessage(message, `messages[${index}]`, losses)
    if (encoded) messages.push(encoded)
  }
  return messages
}

const SERVER_ORDER = Object.keys(ElasticChatRequest.properties) as (keyof ElasticChatRequest)[]

/** The body's keys in the order of `UnifiedCompletionRequest`'s fields, as ES writes them. */
function inServerOrder(body: ElasticChatRequest): ElasticChatRequest {
  const ordered: Record<string, unknown> = {}
  for (const key of SERVER_ORDER) if (body[key] !== undefined) ordered[key] = body[key]
  return ordered as ElasticChatRequest
}

/**
 * Client side: canonical → an 8.18 `_stream` body that ES accepts. Only whitelisted keys are
 * written, in the server's order; the rest is reported in `losses`. The inference id (from
 * `extensions.elastic.inferenceId`, else the model) and `timeout` go to `context`; `model` is
 * written only when it differs from the inference id.
 */
export function encodeElasticChatRequest(request: ChatRequest): EncodedRequest<ElasticChatRequest> {
  const losses: Loss[] = []
  reportUnsupportedFields(request, supportedFields(request), TARGET, losses)
  reportForeignExtensions(request, 'elastic', TARGET, losses)
  reportElasticExtensions(request, losses)
  const context = encodeContext(request)
  const body: ElasticChatRequest = { messages: encodeMessages(request, losses) }
  if (request.model !== context.params?.inference_id) body.model = request.model
  encodeRequestFields(request, ELASTIC_REQUEST_FIELDS, body)
  if (request.stop && request.stop.length > 0) body.stop = request.stop
  const toolChoice = encodeElasticToolChoice(request.toolChoice, losses)
  if (toolChoice !== undefined) body.tool_choice = toolChoice
  const tools = encodeElasticTools(request.tools, losses)
  if (tools.length > 0) body.tools = tools
  return { body: inServerOrder(body), losses, context }
}
