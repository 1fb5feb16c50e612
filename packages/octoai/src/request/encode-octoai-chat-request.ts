import {
  type ChatRequest,
  type EncodedRequest,
  type EncodeRequestOptions,
  type Loss,
  readExtension,
  reportForeignExtensions,
  reportUnsupportedFields,
} from '@chatwire/core'
import { encodeOctoAIChatMessage } from '../map/encode-octoai-chat-message'
import { encodeOctoAIExtension } from '../map/map-octoai-extension'
import {
  encodeOctoAIResponseFormat,
  encodeOctoAITool,
  encodeOctoAIToolChoice,
} from '../map/map-octoai-tools'
import type { OctoAIChatRequest, OctoAITool } from '../schema/octoai-chat-request'
import { octoaiExtension } from '../schema/octoai-extension'

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

const SCALARS = [
  ['maxTokens', 'max_tokens'],
  ['temperature', 'temperature'],
  ['topP', 'top_p'],
  ['n', 'n'],
  ['frequencyPenalty', 'frequency_penalty'],
  ['presencePenalty', 'presence_penalty'],
  ['repetitionPenalty', 'repetition_penalty'],
  ['minP', 'min_p'],
  ['logitBias', 'logit_bias'],
  ['logprobs', 'logprobs'],
  ['topLogprobs', 'top_logprobs'],
  ['user', 'user'],
] as const satisfies readonly (readonly [keyof ChatRequest, keyof OctoAIChatRequest])[]

/** Canonical → OctoAI body. Everything OctoAI cannot say is in `losses` (§9.3). */
export function encodeOctoAIChatRequest(
  request: ChatRequest,
  options: EncodeRequestOptions = {},
): EncodedRequest<OctoAIChatRequest> {
  const losses: Loss[] = []
  reportUnsupportedFields(request, SUPPORTED, 'OctoAI', losses)
  reportForeignExtensions(request, 'octoai', 'OctoAI', losses)
  const body: OctoAIChatRequest = {
    model: request.model,
    messages: request.messages.flatMap(
      (message, index) => encodeOctoAIChatMessage(message, `messages[${index}]`, losses) ?? [],
    ),
  }
  const target = body as Record<string, unknown>
  for (const [canonical, wire] of SCALARS) {
    if (request[canonical] !== undefined) target[wire] = request[canonical]
  }
  if (request.stop !== undefined) body.stop = request.stop
  if (request.responseFormat) {
    const format = encodeOctoAIResponseFormat(request.responseFormat, losses)
    if (format) body.response_format = format
  }
  encodeTools(request, body, losses)
  encodeOctoAIExtension(readExtension(request, octoaiExtension), body)
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
