import { assertMaxDepth, type ChatRequest, compileSchema } from '@chatwire/core'
import { assertOctoAIValid } from '../error/assert-octoai-valid'
import { createOctoAIValidationError } from '../error/create-octoai-validation-error'
import { decodeOctoAIChatMessage } from '../map/decode-octoai-chat-message'
import { decodeOctoAIExtension } from '../map/map-octoai-extension'
import {
  decodeOctoAIResponseFormat,
  decodeOctoAITool,
  decodeOctoAIToolChoice,
} from '../map/map-octoai-tools'
import { OctoAIChatRequest } from '../schema/octoai-chat-request'
import { octoaiExtension } from '../schema/octoai-extension'

const validator = compileSchema(OctoAIChatRequest)

/** Wire fields copied as they are into canonical fields of another name. */
const SCALARS = [
  ['max_tokens', 'maxTokens'],
  ['temperature', 'temperature'],
  ['top_p', 'topP'],
  ['n', 'n'],
  ['frequency_penalty', 'frequencyPenalty'],
  ['presence_penalty', 'presencePenalty'],
  ['repetition_penalty', 'repetitionPenalty'],
  ['min_p', 'minP'],
  ['logprobs', 'logprobs'],
  ['top_logprobs', 'topLogprobs'],
  ['stream', 'stream'],
  ['user', 'user'],
] as const satisfies readonly (readonly [keyof OctoAIChatRequest, keyof ChatRequest])[]

/**
 * Checks a body as OctoAI's server did (422 with the field path and a pydantic-style message)
 * and decodes it. Defaults are not filled in: an absent `max_tokens` stays absent (OctoAI then
 * stops at 512). Unknown fields are ignored, as by OctoAI.
 */
export function decodeOctoAIChatRequest(body: unknown): ChatRequest {
  // 5,000 levels in a tool's parameters would overflow the encoders later: refused first.
  assertMaxDepth(body)
  if (isObject(body) && body.tool_choice === 'none') {
    throw createOctoAIValidationError(
      'tool_choice',
      "Input should be 'auto' or 'required' (OctoAI has no 'none': leave the tools out)",
      'literal_error',
    )
  }
  const wire = assertOctoAIValid(validator, body)
  // The spec says 0 to 20 without a bound in its schema; canonical needs a count (fuzz finding).
  if (wire.top_logprobs != null && (wire.top_logprobs < 0 || wire.top_logprobs > 20)) {
    throw createOctoAIValidationError(
      'top_logprobs',
      'Input should be between 0 and 20',
      wire.top_logprobs < 0 ? 'greater_than_equal' : 'less_than_equal',
    )
  }
  const request: ChatRequest = {
    model: wire.model,
    messages: wire.messages.map((message, index) =>
      decodeOctoAIChatMessage(message, `messages[${index}]`),
    ),
  }
  const target = request as Record<string, unknown>
  for (const [field, canonical] of SCALARS) if (wire[field] != null) target[canonical] = wire[field]
  if (wire.stop != null) request.stop = typeof wire.stop === 'string' ? [wire.stop] : wire.stop
  if (wire.logit_bias != null) request.logitBias = decodeLogitBias(wire.logit_bias)
  if (wire.response_format != null) {
    request.responseFormat = decodeOctoAIResponseFormat(wire.response_format)
  }
  // An empty list offers no tools: the same as none, and what the encoder writes for none.
  if (wire.tools?.length) request.tools = wire.tools.map(decodeOctoAITool)
  if (wire.tool_choice != null) request.toolChoice = decodeOctoAIToolChoice(wire.tool_choice)
  const includeUsage = wire.stream_options?.include_usage
  if (wire.stream_options != null) {
    request.streamOptions = includeUsage === undefined ? {} : { includeUsage }
  }
  const octoai = decodeOctoAIExtension(wire)
  if (octoai) request.extensions = { [octoaiExtension.name]: octoai }
  return request
}

/**
 * A `null` bias is no bias: the token is left out. Keys are the client's: defined as own
 * properties, so a `__proto__` key is kept as a key instead of setting the prototype.
 */
function decodeLogitBias(bias: Record<string, number | null>): Record<string, number> {
  const decoded: Record<string, number> = {}
  for (const [token, value] of Object.entries(bias)) {
    if (value === null) continue
    Object.defineProperty(decoded, token, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return decoded
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
