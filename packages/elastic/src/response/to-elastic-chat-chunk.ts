import type { ChatChunk, ChatResponse, Loss, ResponseChoice, ToolCallDelta } from '@chatwire/core'

function toToolCallDeltas(choice: ResponseChoice): ToolCallDelta[] | undefined {
  return choice.message.toolCalls?.map((call, index) => ({
    index,
    id: call.id,
    type: call.type,
    name: call.name,
    arguments: call.type === 'function' ? call.arguments : call.input,
  }))
}

function reportDropped(choice: ResponseChoice, path: string, losses: Loss[]): void {
  const dropped = {
    annotations: choice.message.annotations,
    functionCall: choice.message.functionCall,
    logprobs: choice.logprobs,
  }
  for (const [field, value] of Object.entries(dropped)) {
    if (value === undefined) continue
    const where = field === 'logprobs' ? path : `${path}.message`
    losses.push({
      path: `${where}.${field}`,
      kind: field === 'functionCall' ? 'semantic' : 'hint',
      message: `Elasticsearch 8.18 chunks have no '${field}'`,
    })
  }
}

/** What ES chunks have no key for (StreamingUnifiedChatCompletionResults, SOURCES.md). */
function reportDroppedTop(response: ChatResponse, losses: Loss[]): void {
  for (const field of ['created', 'systemFingerprint', 'serviceTier'] as const) {
    if (response[field] === undefined) continue
    losses.push({ path: field, kind: 'hint', message: `Elasticsearch chunks have no '${field}'` })
  }
  const prompt = response.usage?.promptTokensDetails ?? {}
  const completion = response.usage?.completionTokensDetails ?? {}
  const details = [
    ...Object.keys(prompt)
      .filter((key) => key !== 'cachedTokens')
      .map((key) => `usage.promptTokensDetails.${key}`),
    ...Object.keys(completion)
      .filter((key) => key !== 'reasoningTokens')
      .map((key) => `usage.completionTokensDetails.${key}`),
  ]
  for (const path of details) {
    losses.push({ path, kind: 'hint', message: 'Elasticsearch usage has no such token detail' })
  }
}

/**
 * A whole response as the single chunk ES sends when its provider did not stream: every
 * choice's full message as one delta, its finish reason, and the usage.
 */
export function toElasticChatChunk(response: ChatResponse, losses: Loss[]): ChatChunk {
  reportDroppedTop(response, losses)
  const choices = response.choices.map((choice, index): ChatChunk['choices'][number] => {
    reportDropped(choice, `choices[${index}]`, losses)
    const { content, refusal, reasoning } = choice.message
    const toolCalls = toToolCallDeltas(choice)
    return {
      index: choice.index,
      delta: {
        role: 'assistant',
        ...(content === null ? {} : { content }),
        ...(refusal === undefined ? {} : { refusal }),
        ...(reasoning === undefined ? {} : { reasoning }),
        ...(toolCalls ? { toolCalls } : {}),
      },
      ...(choice.finishReason === undefined ? {} : { finishReason: choice.finishReason }),
    }
  })
  const chunk: ChatChunk = { type: 'chunk', id: response.id, choices }
  if (response.model !== undefined) chunk.model = response.model
  if (response.usage !== undefined) chunk.usage = response.usage
  return chunk
}
