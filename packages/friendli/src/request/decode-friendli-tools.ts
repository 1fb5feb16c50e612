import type { FunctionTool, ResponseFormat, Tool, ToolChoice } from '@chatwire/core'
import type { FriendliResponseFormat } from '../schema/friendli-response-format'
import type { FriendliToolAssistedTool, FriendliToolChoice } from '../schema/friendli-tool'

/** Function tools map to canonical functions; built-ins to `{type: 'builtin', name, files?}`. */
export function decodeFriendliTool(tool: FriendliToolAssistedTool): Tool {
  if ('function' in tool) {
    const decoded: FunctionTool = {
      type: 'function',
      name: tool.function.name,
      parameters: tool.function.parameters,
    }
    const { description } = tool.function
    if (description !== undefined && description !== null) decoded.description = description
    return decoded
  }
  if (tool.type === 'file:text') return { type: 'builtin', name: tool.type, files: tool.files }
  return { type: 'builtin', name: tool.type }
}

export function decodeFriendliToolChoice(choice: FriendliToolChoice): ToolChoice {
  return typeof choice === 'string' ? choice : { type: 'function', name: choice.function.name }
}

export function decodeFriendliResponseFormat(format: FriendliResponseFormat): ResponseFormat {
  switch (format.type) {
    case 'text':
    case 'json_object':
      return { type: format.type }
    case 'json_schema': {
      const { schema, name, description } = format.json_schema
      return {
        type: 'json_schema',
        schema,
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
      }
    }
    case 'regex':
      return { type: 'regex', pattern: format.schema }
  }
}
