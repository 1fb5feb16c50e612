import {
  type ChatRequest,
  type EncodedRequest,
  type EncodeRequestOptions,
  encodeRequestFields,
  type Loss,
  readExtension,
  reportForeignExtensions,
  reportUnsupportedFields,
} from '@chatwire/core'
import { OPENAI_REQUEST_FIELDS } from '../map/openai-request-fields'
import type { OpenAIChatRequest } from '../schema/openai-chat-request'
import { openaiExtension } from '../schema/openai-extension'
import type { OpenAITool } from '../schema/openai-tool'
import { encodeOpenAICompatibleFields } from './encode-openai-compatible-fields'
import { encodeOpenAIMessage } from './encode-openai-message'
import {
  encodeOpenAIFunctionDefinition,
  encodeOpenAIResponseFormat,
  encodeOpenAITool,
  encodeOpenAIToolChoice,
} from './encode-openai-tools'
import { OPENAI_ENUM_FIELDS } from './openai-enum-fields'
import { OPENAI_EXTENSION_FIELDS } from './openai-extension-fields'

// Everything the OpenAI body can carry: the one-to-one fields and those mapped below.
const SUPPORTED = new Set<string>([
  ...OPENAI_REQUEST_FIELDS.map(([, canonical]) => canonical),
  'tools',
  'toolChoice',
  'responseFormat',
  'maxTokens',
  'stop',
  'streamOptions',
])

const MAX_STOP = 4
const REASONING_EFFORTS: ReadonlySet<string> = new Set(OPENAI_ENUM_FIELDS.reasoning_effort)

function encodeTools(request: ChatRequest, body: OpenAIChatRequest, losses: Loss[]): void {
  const tools = request.tools?.flatMap(
    (tool, index) => encodeOpenAITool(tool, `tools[${index}]`, losses) ?? [],
  ) as OpenAITool[] | undefined
  const legacy =
    readExtension(request, openaiExtension)?.legacyFunctions === true &&
    tools?.every((tool) => tool.type === 'function') !== false
  if (legacy) {
    if (request.tools) {
      body.functions = request.tools.flatMap((tool) =>
        tool.type === 'function' ? [encodeOpenAIFunctionDefinition(tool)] : [],
      )
    }
    const choice = request.toolChoice
    if (choice === 'none' || choice === 'auto') body.function_call = choice
    else if (typeof choice === 'object' && choice.type === 'function')
      body.function_call = { name: choice.name }
    return
  }
  if (tools && tools.length > 0) body.tools = tools
  if (request.toolChoice !== undefined)
    body.tool_choice = encodeOpenAIToolChoice(request.toolChoice)
}

export interface EncodeOpenAIChatRequestOptions extends EncodeRequestOptions {
  /**
   * Send the OpenAI-compatible extra fields (`top_k`, `min_p`, `ignore_eos`, …) for an upstream
   * that takes them (vLLM, LiteLLM, …). Default off: api.openai.com answers them with
   * `400 Unrecognized request argument`, so they are reported as losses instead.
   */
  forwardCompatibleFields?: boolean
}

/** Canonical → OpenAI body. Everything OpenAI cannot say is in `losses`. */
export function encodeOpenAIChatRequest(
  request: ChatRequest,
  options: EncodeOpenAIChatRequestOptions = {},
): EncodedRequest<OpenAIChatRequest> {
  let losses: Loss[] = []
  reportUnsupportedFields(request, SUPPORTED, 'OpenAI', losses)
  reportForeignExtensions(request, 'openai', 'OpenAI', losses)
  const body: OpenAIChatRequest = {
    model: request.model,
    messages: request.messages.map((message, index) =>
      encodeOpenAIMessage(message, `messages[${index}]`, losses),
    ),
  }
  encodeRequestFields(request, OPENAI_REQUEST_FIELDS, body)
  const effort = request.reasoningEffort
  if (effort !== undefined && !REASONING_EFFORTS.has(effort)) {
    delete body.reasoning_effort
    losses.push({
      path: 'reasoningEffort',
      kind: 'hint',
      message: `OpenAI has no reasoning effort '${effort}'`,
    })
  }

  const extension = readExtension(request, openaiExtension)
  const legacyMaxTokens = extension?.legacyMaxTokens
  if (legacyMaxTokens !== undefined) body.max_tokens = legacyMaxTokens
  if (request.maxTokens !== undefined && request.maxTokens !== legacyMaxTokens) {
    body.max_completion_tokens = request.maxTokens
  }
  if (request.stop && request.stop.length > 0) {
    if (request.stop.length > MAX_STOP) {
      losses.push({
        path: 'stop',
        kind: 'semantic',
        message: `OpenAI takes at most ${MAX_STOP} stop sequences`,
      })
    }
    body.stop = request.stop.slice(0, MAX_STOP)
  }
  if (request.responseFormat) {
    const format = encodeOpenAIResponseFormat(request.responseFormat, losses)
    if (format) body.response_format = format
  }
  encodeTools(request, body, losses)
  if (extension) encodeRequestFields(extension, OPENAI_EXTENSION_FIELDS, body)

  if (options.forwardCompatibleFields) losses = encodeOpenAICompatibleFields(request, body, losses)
  const stream = options.stream ?? request.stream
  if (stream !== undefined) body.stream = stream
  if (stream && request.streamOptions) {
    const { includeUsage, includeObfuscation } = request.streamOptions
    body.stream_options = {}
    if (includeUsage !== undefined) body.stream_options.include_usage = includeUsage
    if (includeObfuscation !== undefined)
      body.stream_options.include_obfuscation = includeObfuscation
  }
  return { body, losses, context: {} }
}
