import type { FunctionTool, Loss, ResponseFormat, Tool, ToolChoice } from '@chatwire/core'
import type {
  OpenAIFunctionDefinition,
  OpenAIResponseFormat,
  OpenAITool,
  OpenAIToolChoice,
} from '../schema/openai-tool'

export function encodeOpenAIFunctionDefinition(tool: FunctionTool): OpenAIFunctionDefinition {
  const definition: OpenAIFunctionDefinition = { name: tool.name }
  if (tool.description !== undefined) definition.description = tool.description
  if (tool.parameters !== undefined) definition.parameters = tool.parameters
  if (tool.strict !== undefined) definition.strict = tool.strict
  return definition
}

/** Built-in (vendor-executed) tools have no OpenAI form: a semantic loss. */
export function encodeOpenAITool(tool: Tool, path: string, losses: Loss[]): OpenAITool | undefined {
  switch (tool.type) {
    case 'function':
      return { type: 'function', function: encodeOpenAIFunctionDefinition(tool) }
    case 'custom': {
      const custom: { name: string; description?: string; format?: Record<string, unknown> } = {
        name: tool.name,
      }
      if (tool.description !== undefined) custom.description = tool.description
      if (tool.format !== undefined) custom.format = tool.format
      return { type: 'custom', custom }
    }
    case 'builtin':
      losses.push({
        path,
        kind: 'semantic',
        message: `OpenAI cannot run the built-in tool '${tool.name}'`,
      })
      return undefined
  }
}

export function encodeOpenAIToolChoice(choice: ToolChoice): OpenAIToolChoice {
  if (typeof choice === 'string') return choice
  switch (choice.type) {
    case 'function':
      return { type: 'function', function: { name: choice.name } }
    case 'custom':
      return { type: 'custom', custom: { name: choice.name } }
    case 'allowed_tools':
      return { type: 'allowed_tools', allowed_tools: { mode: choice.mode, tools: choice.tools } }
  }
}

/** A JSON object *with* a schema becomes OpenAI's json_schema; regex has no OpenAI form. */
export function encodeOpenAIResponseFormat(
  format: ResponseFormat,
  losses: Loss[],
): OpenAIResponseFormat | undefined {
  switch (format.type) {
    case 'text':
      return { type: 'text' }
    case 'json_object':
      return format.schema === undefined
        ? { type: 'json_object' }
        : { type: 'json_schema', json_schema: { name: 'response', schema: format.schema } }
    case 'json_schema': {
      const json_schema: Extract<OpenAIResponseFormat, { type: 'json_schema' }>['json_schema'] = {
        name: format.name ?? 'response',
      }
      if (format.description !== undefined) json_schema.description = format.description
      if (format.schema !== undefined) json_schema.schema = format.schema
      if (format.strict !== undefined) json_schema.strict = format.strict
      return { type: 'json_schema', json_schema }
    }
    case 'regex':
      losses.push({
        path: 'responseFormat',
        kind: 'semantic',
        message: 'OpenAI has no regex response format',
      })
      return undefined
  }
}
