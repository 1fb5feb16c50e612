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
    reasoning: choice.message.reasoning,
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

/**
 * A whole response as the single chunk ES sends when its provider did not stream: every
 * choice's full message as one delta, its finish reason, and the usage.
 */
export function toElasticChatChunk(response: ChatResponse, losses: Loss[]): ChatChunk {
  const choices = response.choices.map((choice, index): ChatChunk['choices'][number] => {
    reportDropped(choice, `choices[${index}]`, losses)
    const { content, refusal } = choice.message
    const toolCalls = toToolCallDeltas(choice)
    return {
      index: choice.index,
      delta: {
        role: 'assistant',
        ...(content === null ? {} : { content }),
        ...(refusal === undefined ? {} : { refusal }),
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
