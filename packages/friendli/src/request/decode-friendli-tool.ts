import type { FunctionTool, Tool, ToolChoice } from '@chatwire/core'
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
