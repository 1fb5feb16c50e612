import { excerpt, type FunctionTool } from '@chatwire/core'
import type { ElasticTool } from '../schema/elastic-chat-request'
import { elasticUnsupportedError } from './elastic-request-error'

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
