import { assertValid, compileSchema, excerpt, isJsonObject, type Validator } from '@chatwire/core'
import type { FriendliProduct } from '../schema/friendli-extension'
import {
  FRIENDLI_ALL_BUILTIN_TOOL_TYPES,
  FriendliBuiltinTool,
  FriendliFileBuiltinTool,
  FriendliFunctionTool,
  FriendliIntegratedBuiltinTool,
} from '../schema/friendli-tool'
import { friendliInvalidRequest, friendliValidation } from './assert-friendli-errors'

const functionTool = compileSchema(FriendliFunctionTool)
const builtinTool = compileSchema(FriendliBuiltinTool)
const integratedTool = compileSchema(FriendliIntegratedBuiltinTool)
const fileTool = compileSchema(FriendliFileBuiltinTool)
const BUILTIN_TYPES: ReadonlySet<string> = new Set(FRIENDLI_ALL_BUILTIN_TOOL_TYPES)

/** Throws a ChatwireError naming the field of `tools[index]` Friendli rejects (slow path). */
export function assertFriendliTool(tool: unknown, index: number, product: FriendliProduct): void {
  const path = `tools[${index}]`
  const type = isJsonObject(tool) ? tool.type : undefined
  if (type === 'function') {
    if (
      isJsonObject(tool) &&
      isJsonObject(tool.function) &&
      tool.function.parameters === undefined
    ) {
      throw friendliInvalidRequest(
        `'${path}.function.parameters' is required by Friendli; use {"type": "object", "properties": {}} for none`,
        `${path}.function.parameters`,
      )
    }
    assertValid(functionTool, tool, friendliValidation(path))
    return
  }
  if (typeof type === 'string' && BUILTIN_TYPES.has(type)) {
    if (product !== 'tools') {
      throw friendliInvalidRequest(
        `The built-in tool '${excerpt(type)}' is only available on the tool-assisted endpoint (/serverless/tools/v1)`,
        `${path}.type`,
      )
    }
    const validator: Validator<unknown> =
      type === 'file:text' ? fileTool : type === 'linkup:search' ? integratedTool : builtinTool
    assertValid(validator, tool, friendliValidation(path))
    return
  }
  const allowed = product === 'tools' ? ['function', ...BUILTIN_TYPES].join(', ') : 'function'
  throw friendliInvalidRequest(`'${path}.type' must be one of ${allowed}`, `${path}.type`)
}
