import {
  type ChatResponse,
  ChatwireError,
  isJsonObject,
  type ResponseChoice,
  type ResponseMessage,
  readNullishUpstreamArray,
  readNullishUpstreamString,
  readUpstreamCount,
  readUpstreamObject,
  readUpstreamString,
  type ToolCall,
} from '@chatwire/core'
import { decodeOpenAIModelFields } from '@chatwire/openai/internal'
import { decodeOctoAIFinishReason } from '../map/map-octoai-finish-reason'
import { decodeOctoAILogprobs } from '../map/map-octoai-logprobs'
import { decodeOctoAIUsage } from '../map/map-octoai-usage'

/**
 * An upstream OctoAI completion → canonical. Tolerant: real bodies carry `"delta": null`,
 * `"function_call": null` and `"system_fingerprint": null`, which mean nothing and are dropped.
 * A field it reads with the wrong JSON type is a ChatwireError (`upstream`) naming its path.
 */
export function decodeOctoAIChatResponse(body: unknown): ChatResponse {
  if (!isJsonObject(body) || typeof body.id !== 'string' || !Array.isArray(body.choices)) {
    throw new ChatwireError({
      kind: 'upstream',
      message: "OctoAI returned a body that is not a chat completion (no 'id' or 'choices')",
      raw: body,
    })
  }
  const response = decodeOpenAIModelFields<ChatResponse>(body, {
    id: body.id,
    choices: body.choices.map((choice, index) => decodeChoice(choice, `choices[${index}]`)),
  })
  if (body.usage != null) response.usage = decodeOctoAIUsage(body.usage)
  return response
}

function decodeChoice(value: unknown, path: string): ResponseChoice {
  const choice = readUpstreamObject(value, path)
  const decoded: ResponseChoice = {
    index: readUpstreamCount(choice.index, `${path}.index`),
    message: decodeResponseMessage(choice.message ?? { role: 'assistant' }, `${path}.message`),
  }
  const finishReason = readNullishUpstreamString(choice.finish_reason, `${path}.finish_reason`)
  if (finishReason !== undefined) decoded.finishReason = decodeOctoAIFinishReason(finishReason)
  if (choice.logprobs != null) {
    decoded.logprobs = decodeOctoAILogprobs(choice.logprobs, `${path}.logprobs`)
  }
  return decoded
}

/** OctoAI's one message shape may hold parts; a response message is text, so they are joined. */
function decodeResponseMessage(value: unknown, path: string): ResponseMessage {
  const message = readUpstreamObject(value, path)
  const decoded: ResponseMessage = { role: 'assistant', content: decodeText(message.content, path) }
  const calls = readNullishUpstreamArray(message.tool_calls, `${path}.tool_calls`)
  if (calls && calls.length > 0) {
    decoded.toolCalls = calls.map((call, index) =>
      decodeToolCall(call, `${path}.tool_calls[${index}]`),
    )
  }
  return decoded
}

function decodeText(content: unknown, path: string): string | null {
  if (content == null) return null
  if (typeof content === 'string') return content
  const parts = readNullishUpstreamArray(content, `${path}.content`) ?? []
  return parts
    .map((part, index) => {
      const partPath = `${path}.content[${index}]`
      const text = readUpstreamObject(part, partPath).text
      return text === undefined ? '' : readUpstreamString(text, `${partPath}.text`)
    })
    .join('')
}

/** OctoAI tool-call ids are optional; canonical ids are not, so a missing one is ''. */
function decodeToolCall(value: unknown, path: string): ToolCall {
  const call = readUpstreamObject(value, path)
  const fn = readUpstreamObject(call.function, `${path}.function`)
  return {
    id: readNullishUpstreamString(call.id, `${path}.id`) ?? '',
    type: 'function',
    name: readUpstreamString(fn.name, `${path}.function.name`),
    arguments: readUpstreamString(fn.arguments, `${path}.function.arguments`),
  }
}
