import {
  type ChatRequest,
  type EncodedRequest,
  type EncodeRequestOptions,
  type Loss,
  reportForeignExtensions,
  reportUnsupportedFields,
} from '@chatwire/core'
import type { OpenAIChatRequest } from '../schema/openai-chat-request'
import type { OpenAITool } from '../schema/openai-tool'
import { encodeOpenAIMessage } from './encode-openai-message'
import {
  encodeOpenAIFunctionDefinition,
  encodeOpenAIResponseFormat,
  encodeOpenAITool,
  encodeOpenAIToolChoice,
} from './map-openai-tools'

const SUPPORTED = new Set([
  'tools',
  'toolChoice',
  'parallelToolCalls',
  'responseFormat',
  'maxTokens',
  'temperature',
  'topP',
  'n',
  'frequencyPenalty',
  'presencePenalty',
  'seed',
  'logitBias',
  'stop',
  'logprobs',
  'topLogprobs',
  'reasoningEffort',
  'streamOptions',
  'user',
  'metadata',
])

const SCALARS = [
  ['temperature', 'temperature'],
  ['topP', 'top_p'],
  ['n', 'n'],
  ['frequencyPenalty', 'frequency_penalty'],
  ['presencePenalty', 'presence_penalty'],
  ['logitBias', 'logit_bias'],
  ['logprobs', 'logprobs'],
  ['topLogprobs', 'top_logprobs'],
  ['seed', 'seed'],
  ['parallelToolCalls', 'parallel_tool_calls'],
  ['user', 'user'],
  ['metadata', 'metadata'],
  ['reasoningEffort', 'reasoning_effort'],
] as const

const EXTENSION_FIELDS = [
  ['store', 'store'],
  ['serviceTier', 'service_tier'],
  ['verbosity', 'verbosity'],
  ['modalities', 'modalities'],
  ['audio', 'audio'],
  ['prediction', 'prediction'],
  ['webSearchOptions', 'web_search_options'],
  ['promptCacheKey', 'prompt_cache_key'],
  ['promptCacheRetention', 'prompt_cache_retention'],
  ['promptCacheOptions', 'prompt_cache_options'],
  ['safetyIdentifier', 'safety_identifier'],
  ['moderation', 'moderation'],
] as const

const MAX_STOP = 4

function encodeTools(request: ChatRequest, body: OpenAIChatRequest, losses: Loss[]): void {
  const tools = request.tools?.flatMap(
    (tool, index) => encodeOpenAITool(tool, `tools[${index}]`, losses) ?? [],
  ) as OpenAITool[] | undefined
  const legacy =
    request.extensions?.openai?.legacyFunctions === true &&
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

/** Canonical → OpenAI body. Everything OpenAI cannot say is in `losses`. */
export function encodeOpenAIChatRequest(
  request: ChatRequest,
  options: EncodeRequestOptions = {},
): EncodedRequest<OpenAIChatRequest> {
  const losses: Loss[] = []
  reportUnsupportedFields(request, SUPPORTED, 'OpenAI', losses)
  reportForeignExtensions(request, 'openai', 'OpenAI', losses)
  const body: OpenAIChatRequest = {
    model: request.model,
    messages: request.messages.map((message, index) =>
      encodeOpenAIMessage(message, `messages[${index}]`, losses),
    ),
  }
  const target = body as Record<string, unknown>
  for (const [canonical, wire] of SCALARS)
    if (request[canonical] !== undefined) target[wire] = request[canonical]

  const extension = request.extensions?.openai
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
  if (extension) {
    for (const [canonical, wire] of EXTENSION_FIELDS) {
      if (extension[canonical] !== undefined) target[wire] = extension[canonical]
    }
  }

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
