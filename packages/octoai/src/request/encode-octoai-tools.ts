import type { Loss, ResponseFormat, Tool, ToolChoice } from '@chatwire/core'
import { encodeOpenAIFunctionDefinition } from '@chatwire/openai/internal'
import type {
  OctoAIResponseFormat,
  OctoAITool,
  OctoAIToolChoice,
} from '../schema/octoai-chat-request'
import { textOrJsonObject } from './decode-octoai-tools'

/** OctoAI tools are functions without `strict`; the rest is a loss. */
export function encodeOctoAITool(tool: Tool, path: string, losses: Loss[]): OctoAITool | undefined {
  if (tool.type !== 'function') {
    losses.push({ path, kind: 'semantic', message: `OctoAI has no ${tool.type} tools` })
    return undefined
  }
  const { strict, ...definition } = encodeOpenAIFunctionDefinition(tool)
  if (strict !== undefined) {
    losses.push({ path: `${path}.strict`, kind: 'hint', message: 'OctoAI has no strict tools' })
  }
  return { type: 'function', function: definition }
}

/** `none` is handled by the request encoder (tools left out); only OctoAI's forms come here. */
export function encodeOctoAIToolChoice(
  choice: ToolChoice,
  losses: Loss[],
): OctoAIToolChoice | undefined {
  if (choice === 'auto' || choice === 'required') return choice
  if (typeof choice === 'object' && choice.type === 'function') {
    return { type: 'function', function: { name: choice.name } }
  }
  const name = typeof choice === 'string' ? choice : choice.type
  losses.push({
    path: 'toolChoice',
    kind: 'semantic',
    message: `OctoAI has no tool_choice ${name}`,
  })
  return undefined
}

export function encodeOctoAIResponseFormat(
  format: ResponseFormat,
  losses: Loss[],
): OctoAIResponseFormat | undefined {
  switch (format.type) {
    case 'text':
      return { type: 'text' }
    case 'json_object':
      return textOrJsonObject(format.type, format.schema)
    case 'json_schema': {
      const { type, ...jsonSchema } = format
      return { type, json_schema: jsonSchema }
    }
    case 'regex':
      losses.push({
        path: 'responseFormat',
        kind: 'semantic',
        message: 'OctoAI has no regex response format',
      })
      return undefined
  }
}
