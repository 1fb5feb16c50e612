import {
  type ChatResponse,
  ChatwireError,
  type FinishReason,
  findTooDeepPath,
  isJsonObject,
  MAX_REQUEST_DEPTH,
  malformedUpstream,
  type ResponseChoice,
  type ResponseMessage,
  readNullishUpstreamArray,
  readNullishUpstreamObject,
  readNullishUpstreamString,
  readUpstreamCount,
  readUpstreamObject,
  readUpstreamString,
  type ToolCall,
} from '@chatwire/core'
import { decodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
import { decodeOpenAILogprobs } from '../map/map-openai-logprobs'
import { decodeOpenAIChunkFields } from '../stream/decode-openai-chat-chunk'

export interface DecodeResponseOptions {
  vendor?: string
  decodeFinishReason?: (raw: string) => FinishReason
}

/** A `tool_calls` item an upstream sent: a function call, or a custom one. */
function decodeOpenAIResponseToolCall(value: unknown, path: string): ToolCall {
  const call = readUpstreamObject(value, path)
  const id = readUpstreamString(call.id, `${path}.id`)
  if (call.type === 'custom') {
    const custom = readUpstreamObject(call.custom, `${path}.custom`)
    const name = readUpstreamString(custom.name, `${path}.custom.name`)
    return {
      id,
      type: 'custom',
      name,
      input: readUpstreamString(custom.input, `${path}.custom.input`),
    }
  }
  if (call.type !== undefined && call.type !== 'function') {
    throw malformedUpstream(`${path}.type`, "'function' or 'custom'")
  }
  const fn = readUpstreamObject(call.function, `${path}.function`)
  return {
    id,
    type: 'function',
    name: readUpstreamString(fn.name, `${path}.function.name`),
    arguments: readUpstreamString(fn.arguments, `${path}.function.arguments`),
  }
}

/** An upstream's `choices[i].message` → canonical; `path` names it in errors. */
function decodeOpenAIResponseMessage(value: unknown, path = 'message'): ResponseMessage {
  const message = readUpstreamObject(value, path)
  const content = readNullishUpstreamString(message.content, `${path}.content`)
  const result: ResponseMessage = { role: 'assistant', content: content ?? null }
  const refusal = readNullishUpstreamString(message.refusal, `${path}.refusal`)
  if (refusal !== undefined) result.refusal = refusal
  const reasoningPath = `${path}.reasoning_content`
  const reasoning = readNullishUpstreamString(message.reasoning_content, reasoningPath)
  if (reasoning !== undefined) result.reasoning = reasoning
  const calls = readNullishUpstreamArray(message.tool_calls, `${path}.tool_calls`)
  if (calls && calls.length > 0) {
    result.toolCalls = calls.map((call, index) =>
      decodeOpenAIResponseToolCall(call, `${path}.tool_calls[${index}]`),
    )
  }
  const functionCall = readNullishUpstreamObject(message.function_call, `${path}.function_call`)
  if (functionCall) {
    result.functionCall = {
      name: readUpstreamString(functionCall.name, `${path}.function_call.name`),
      arguments: readUpstreamString(functionCall.arguments, `${path}.function_call.arguments`),
    }
  }
  const annotations = readNullishUpstreamArray(message.annotations, `${path}.annotations`)
  if (annotations && annotations.length > 0) {
    for (const [index, annotation] of annotations.entries()) {
      const annotationPath = `${path}.annotations[${index}]`
      if (!isJsonObject(annotation)) throw malformedUpstream(annotationPath, 'an object')
      // Kept as they are and serialised again by encoders: bounded like a request's depth.
      const tooDeep = findTooDeepPath(annotation, MAX_REQUEST_DEPTH)
      if (tooDeep !== undefined) {
        throw malformedUpstream(
          `${annotationPath}.${tooDeep}`,
          `at most ${MAX_REQUEST_DEPTH} levels`,
        )
      }
    }
    result.annotations = annotations as Record<string, unknown>[]
  }
  return result
}

function decodeChoice(
  value: unknown,
  path: string,
  options: DecodeResponseOptions,
): ResponseChoice {
  const choice = readUpstreamObject(value, path)
  const decoded: ResponseChoice = {
    index: readUpstreamCount(choice.index, `${path}.index`),
    message: decodeOpenAIResponseMessage(
      choice.message ?? { role: 'assistant' },
      `${path}.message`,
    ),
  }
  const finishReason = readNullishUpstreamString(choice.finish_reason, `${path}.finish_reason`)
  if (finishReason !== undefined) {
    decoded.finishReason = (options.decodeFinishReason ?? decodeOpenAIFinishReason)(finishReason)
  }
  if (choice.logprobs != null)
    decoded.logprobs = decodeOpenAILogprobs(choice.logprobs, `${path}.logprobs`)
  return decoded
}

/**
 * An upstream `chat.completion` body → canonical. Tolerant of extra and null fields; any field
 * it reads that has the wrong JSON type is a ChatwireError (`upstream`, 502) naming its path.
 */
export function decodeOpenAIChatResponse(
  body: unknown,
  options: DecodeResponseOptions = {},
): ChatResponse {
  if (!isJsonObject(body) || typeof body.id !== 'string' || !Array.isArray(body.choices)) {
    throw new ChatwireError({
      kind: 'upstream',
      message: `${options.vendor ?? 'OpenAI'} returned a body that is not a chat completion`,
      raw: body,
    })
  }
  const response: ChatResponse = {
    id: body.id,
    choices: body.choices.map((choice, index) =>
      decodeChoice(choice, `choices[${index}]`, options),
    ),
  }
  return decodeOpenAIChunkFields(body, response)
}
