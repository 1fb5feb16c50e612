import {
  type ChatRequest,
  type EncodedRequest,
  type EncodeRequestOptions,
  encodeRequestFields,
  type Loss,
  reportUnsupportedFields,
} from '@chatwire/core'
import {
  encodeOpenAICompatibleExtension,
  reportForeignCompatibleExtensions,
} from '@chatwire/openai/internal'
import { OCTOAI_COMPATIBLE_FIELDS, OCTOAI_REQUEST_FIELDS } from '../map/octoai-request-fields'
import type { OctoAIChatRequest, OctoAITool } from '../schema/octoai-chat-request'
import { encodeOctoAIMessage } from './encode-octoai-message'
import {
  encodeOctoAIResponseFormat,
  encodeOctoAITool,
  encodeOctoAIToolChoice,
} from './encode-octoai-tools'

/** Canonical fields OctoAI can say (§6.2); `seed`, `topK`, `parallelToolCalls`… are losses. */
const SUPPORTED = new Set([
  'tools',
  'toolChoice',
  'responseFormat',
  'maxTokens',
  'temperature',
  'topP',
  'minP',
  'frequencyPenalty',
  'presencePenalty',
  'repetitionPenalty',
  'logitBias',
  'stop',
  'n',
  'logprobs',
  'topLogprobs',
  'streamOptions',
  'user',
])

/** Canonical → OctoAI body. Everything OctoAI cannot say is in `losses` (§9.3). */
export function encodeOctoAIChatRequest(
  request: ChatRequest,
  options: EncodeRequestOptions = {},
): EncodedRequest<OctoAIChatRequest> {
  const losses: Loss[] = []
  reportUnsupportedFields(request, SUPPORTED, 'OctoAI', losses)
  reportForeignCompatibleExtensions(request, 'octoai', OCTOAI_COMPATIBLE_FIELDS, 'OctoAI', losses)
  const body: OctoAIChatRequest = {
    model: request.model,
    messages: request.messages.flatMap(
      (message, index) => encodeOctoAIMessage(message, `messages[${index}]`, losses) ?? [],
    ),
  }
  encodeRequestFields(request, OCTOAI_REQUEST_FIELDS, body)
  if (request.stop !== undefined) body.stop = request.stop
  if (request.responseFormat) {
    const format = encodeOctoAIResponseFormat(request.responseFormat, losses)
    if (format) body.response_format = format
  }
  encodeTools(request, body, losses)
  encodeOpenAICompatibleExtension(request, OCTOAI_COMPATIBLE_FIELDS, body)
  const stream = options.stream ?? request.stream
  if (stream !== undefined) body.stream = stream
  if (request.streamOptions) encodeStreamOptions(request.streamOptions, body, losses)
  return { body, losses, context: {} }
}

function encodeTools(request: ChatRequest, body: OctoAIChatRequest, losses: Loss[]): void {
  if (request.toolChoice === 'none') {
    // OctoAI has no "none" (§9.3): not offering the tools means the same.
    if (request.tools?.length) {
      losses.push({
        path: 'toolChoice',
        kind: 'hint',
        message: "OctoAI has no tool_choice 'none': emulated by leaving the tools out",
      })
    }
    return
  }
  const tools = request.tools?.flatMap(
    (tool, index) => encodeOctoAITool(tool, `tools[${index}]`, losses) ?? [],
  ) as OctoAITool[] | undefined
  if (tools && tools.length > 0) body.tools = tools
  if (request.toolChoice !== undefined) {
    const choice = encodeOctoAIToolChoice(request.toolChoice, losses)
    if (choice !== undefined) body.tool_choice = choice
  }
}

function encodeStreamOptions(
  streamOptions: NonNullable<ChatRequest['streamOptions']>,
  body: OctoAIChatRequest,
  losses: Loss[],
): void {
  const { includeUsage, includeObfuscation } = streamOptions
  body.stream_options = includeUsage === undefined ? {} : { include_usage: includeUsage }
  if (includeObfuscation !== undefined) {
    losses.push({
      path: 'streamOptions.includeObfuscation',
      kind: 'hint',
      message: 'OctoAI has no stream obfuscation',
    })
  }
}
