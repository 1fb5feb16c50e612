import { excerpt, type FunctionTool, type ToolChoice } from '@chatwire/core'
import type { ElasticTool, ElasticToolChoice } from '../schema/elastic-chat-request'
import { elasticUnsupportedError } from './assert-elastic-errors'

/** Elastic tools → canonical function tools; an empty list is dropped, as ES does. */
export function decodeElasticTools(tools: ElasticTool[] | undefined): FunctionTool[] | undefined {
  if (!tools || tools.length === 0) return undefined
  return tools.map((tool, index) => {
    if (tool.type !== 'function') {
      throw elasticUnsupportedError(
        `Unsupported tool type [${excerpt(tool.type)}]: expected [function]`,
        `tools[${index}].type`,
      )
    }
    const { name, description, parameters, strict } = tool.function
    return {
      type: 'function',
      name,
      ...(description === undefined ? {} : { description }),
      ...(parameters === undefined ? {} : { parameters }),
      ...(strict === undefined ? {} : { strict }),
    }
  })
}

const STRING_CHOICES = new Set(['auto', 'none', 'required'])

/** ES does not check `tool_choice` strings; a provider would reject anything but these. */
export function decodeElasticToolChoice(choice: ElasticToolChoice): ToolChoice {
  if (typeof choice === 'string') {
    if (STRING_CHOICES.has(choice)) return choice as 'auto' | 'none' | 'required'
    throw elasticUnsupportedError(
      `Unsupported tool_choice [${excerpt(choice)}]: expected one of [auto, none, required]`,
      'tool_choice',
    )
  }
  if (choice.type !== 'function') {
    throw elasticUnsupportedError(
      `Unsupported tool_choice type [${excerpt(choice.type)}]: expected [function]`,
      'tool_choice.type',
    )
  }
  return { type: 'function', name: choice.function.name }
}
