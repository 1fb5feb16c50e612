import type { Loss, ResponseFormat, Tool, ToolChoice } from '@chatwire/core'
import {
  decodeOpenAIFunctionDefinition,
  encodeOpenAIFunctionDefinition,
} from '@chatwire/openai/internal'
import { createOctoAIValidationError } from '../error/create-octoai-validation-error'
import type {
  OctoAIResponseFormat,
  OctoAITool,
  OctoAIToolChoice,
} from '../schema/octoai-chat-request'

export function decodeOctoAITool(tool: OctoAITool): Tool {
  return decodeOpenAIFunctionDefinition(tool.function)
}

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

export function decodeOctoAIToolChoice(choice: OctoAIToolChoice): ToolChoice {
  return typeof choice === 'string' ? choice : { type: 'function', name: choice.function.name }
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

type JsonSchema = Record<string, unknown>

/** `text` and `json_object` (+ a schema) are spelled alike on OctoAI's wire and in canonical. */
function textOrJsonObject(
  type: string,
  schema: JsonSchema | null | undefined,
): { type: 'text' } | { type: 'json_object'; schema?: JsonSchema } {
  if (type === 'text') return { type }
  return schema ? { type: 'json_object', schema } : { type: 'json_object' }
}

/**
 * `{type, schema?}` is OctoAI's own form (`json_object` + a JSON Schema); the OpenAI-style
 * `json_schema` form is what its Llama 3.1 docs send. Other types have no canonical meaning.
 */
export function decodeOctoAIResponseFormat(format: OctoAIResponseFormat): ResponseFormat {
  switch (format.type) {
    case 'text':
    case 'json_object':
      return textOrJsonObject(format.type, format.schema)
    case 'json_schema': {
      const { name, description, schema, strict } = format.json_schema ?? {}
      const decoded: ResponseFormat = { type: 'json_schema' }
      if (name !== undefined) decoded.name = name
      if (description !== undefined) decoded.description = description
      const jsonSchema = schema ?? format.schema ?? undefined
      if (jsonSchema) decoded.schema = jsonSchema
      if (strict != null) decoded.strict = strict
      return decoded
    }
    default:
      throw createOctoAIValidationError(
        'response_format.type',
        "Input should be 'text', 'json_object' or 'json_schema'",
        'literal_error',
      )
  }
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
