import { excerpt, type ToolChoice } from '@chatwire/core'
import type { ElasticToolChoice } from '../schema/elastic-chat-request'
import { elasticUnsupportedError } from './elastic-request-error'

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
