import type { ResponseFormat, Tool, ToolChoice } from '@chatwire/core'
import { decodeOpenAIFunctionDefinition } from '@chatwire/openai/internal'
import { createOctoAIValidationError } from '../error/create-octoai-validation-error'
import type {
  OctoAIResponseFormat,
  OctoAITool,
  OctoAIToolChoice,
} from '../schema/octoai-chat-request'

export function decodeOctoAITool(tool: OctoAITool): Tool {
  return decodeOpenAIFunctionDefinition(tool.function)
}

export function decodeOctoAIToolChoice(choice: OctoAIToolChoice): ToolChoice {
  return typeof choice === 'string' ? choice : { type: 'function', name: choice.function.name }
}

type JsonSchema = Record<string, unknown>

/** `text` and `json_object` (+ a schema) are spelled alike on OctoAI's wire and in canonical. */
export function textOrJsonObject(
  type: string,
  schema: JsonSchema | null | undefined,
): { type: 'text' } | { type: 'json_object'; schema?: JsonSchema } {
  if (type === 'text') return { type }
  return schema ? { type: 'json_object', schema } : { type: 'json_object' }
}

/**
 * `{type, schema?}` is OctoAI's own form (`json_object` + a JSON Schema); the engine-style
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
