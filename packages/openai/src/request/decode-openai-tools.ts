import type { FunctionTool, ResponseFormat, Tool, ToolChoice } from '@chatwire/core'
import type {
  OpenAIFunctionDefinition,
  OpenAIResponseFormat,
  OpenAITool,
  OpenAIToolChoice,
} from '../schema/openai-tool'

export function decodeOpenAIFunctionDefinition(definition: OpenAIFunctionDefinition): FunctionTool {
  const tool: FunctionTool = { type: 'function', name: definition.name }
  if (definition.description !== undefined) tool.description = definition.description
  if (definition.parameters !== undefined) tool.parameters = definition.parameters
  if (definition.strict != null) tool.strict = definition.strict
  return tool
}

export function decodeOpenAITool(tool: OpenAITool): Tool {
  if (tool.type === 'function') return decodeOpenAIFunctionDefinition(tool.function)
  const custom: Tool = { type: 'custom', name: tool.custom.name }
  if (tool.custom.description !== undefined) custom.description = tool.custom.description
  if (tool.custom.format !== undefined) custom.format = tool.custom.format
  return custom
}

export function decodeOpenAIToolChoice(choice: OpenAIToolChoice): ToolChoice {
  if (typeof choice === 'string') return choice
  switch (choice.type) {
    case 'function':
      return { type: 'function', name: choice.function.name }
    case 'custom':
      return { type: 'custom', name: choice.custom.name }
    case 'allowed_tools':
      return {
        type: 'allowed_tools',
        mode: choice.allowed_tools.mode,
        tools: choice.allowed_tools.tools,
      }
  }
}

export function decodeOpenAIResponseFormat(format: OpenAIResponseFormat): ResponseFormat {
  if (format.type !== 'json_schema') return { type: format.type }
  const { name, description, schema, strict } = format.json_schema
  const result: ResponseFormat = { type: 'json_schema', name }
  if (description !== undefined) result.description = description
  if (schema !== undefined) result.schema = schema
  if (strict != null) result.strict = strict
  return result
}
