import { type ChatRequest, decodeRequestFields } from '@chatwire/core'
import { OPENAI_REQUEST_FIELDS } from '../map/openai-request-fields'
import type { OpenAIChatRequest } from '../schema/openai-chat-request'
import { type OpenAIExtension, openaiExtension } from '../schema/openai-extension'
import { assertOpenAIChatRequest } from './assert-openai-chat-request'
import { decodeOpenAIMessage } from './decode-openai-message'
import {
  decodeOpenAIFunctionDefinition,
  decodeOpenAIResponseFormat,
  decodeOpenAITool,
  decodeOpenAIToolChoice,
} from './decode-openai-tools'
import { OPENAI_COMPATIBLE_HOMES, writeCompatibleHome } from './openai-compatible-homes'
import { OPENAI_EXTENSION_FIELDS } from './openai-extension-fields'

export interface DecodeOpenAIChatRequestOptions {
  /**
   * Refuse the OpenAI-compatible extra fields (`top_k`, `min_p`, …) as api.openai.com does:
   * `400 Unrecognized request argument supplied: top_k`. Default: accept them, as vLLM,
   * LiteLLM and other OpenAI-compatible servers do.
   */
  refuseCompatibleFields?: boolean | undefined
}

/** A validated OpenAI body → canonical. `null` means "not set" on the wire, as in the API. */
function mapOpenAIChatRequest(body: OpenAIChatRequest): ChatRequest {
  const request: ChatRequest = {
    model: body.model,
    messages: body.messages.map(decodeOpenAIMessage),
  }
  decodeRequestFields(body, OPENAI_REQUEST_FIELDS, request)
  const maxTokens = body.max_completion_tokens ?? body.max_tokens
  if (maxTokens != null) request.maxTokens = maxTokens
  if (body.stop != null) request.stop = typeof body.stop === 'string' ? [body.stop] : body.stop
  if (body.response_format)
    request.responseFormat = decodeOpenAIResponseFormat(body.response_format)
  if (body.tools) request.tools = body.tools.map(decodeOpenAITool)
  if (body.tool_choice !== undefined) request.toolChoice = decodeOpenAIToolChoice(body.tool_choice)
  if (body.stream != null) request.stream = body.stream
  if (body.stream_options) {
    const { include_usage, include_obfuscation } = body.stream_options
    request.streamOptions = {}
    if (include_usage !== undefined) request.streamOptions.includeUsage = include_usage
    if (include_obfuscation !== undefined)
      request.streamOptions.includeObfuscation = include_obfuscation
  }

  const extension: OpenAIExtension = {}
  decodeRequestFields(body, OPENAI_EXTENSION_FIELDS, extension)
  if (body.max_tokens != null) extension.legacyMaxTokens = body.max_tokens
  if (body.functions && !body.tools) {
    request.tools = body.functions.map(decodeOpenAIFunctionDefinition)
    extension.legacyFunctions = true
  }
  if (body.function_call !== undefined && body.tool_choice === undefined) {
    const call = body.function_call
    request.toolChoice = typeof call === 'string' ? call : { type: 'function', name: call.name }
    extension.legacyFunctions = true
  }
  if (Object.keys(extension).length > 0) request.extensions = { [openaiExtension.name]: extension }
  if (hasCompatibleField(body))
    for (const [wire, home] of OPENAI_COMPATIBLE_HOMES)
      if (body[wire] != null) writeCompatibleHome(request, home, body[wire])
  return request
}

const COMPATIBLE_WIRE_NAMES: ReadonlySet<string> = new Set(
  OPENAI_COMPATIBLE_HOMES.map(([wire]) => wire),
)

/**
 * Whether the body names any OpenAI-compatible extra field: one look at the body's few keys
 * instead of 27 lookups of keys most bodies lack, per request.
 */
function hasCompatibleField(body: OpenAIChatRequest): boolean {
  for (const key in body) if (COMPATIBLE_WIRE_NAMES.has(key)) return true
  return false
}

/** Validates like the OpenAI API (400 with the field path) and decodes to canonical. */
export function decodeOpenAIChatRequest(
  body: unknown,
  options: DecodeOpenAIChatRequestOptions = {},
): ChatRequest {
  return mapOpenAIChatRequest(assertOpenAIChatRequest(body, options))
}
