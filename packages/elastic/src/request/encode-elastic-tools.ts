import type { Loss, Tool } from '@chatwire/core'
import type { ElasticTool } from '../schema/elastic-chat-request'

/** Function tools pass; custom and built-in tools have no Elastic form (semantic losses). */
export function encodeElasticTools(tools: Tool[] | undefined, losses: Loss[]): ElasticTool[] {
  const encoded: ElasticTool[] = []
  for (const [index, tool] of (tools ?? []).entries()) {
    if (tool.type !== 'function') {
      losses.push({
        path: `tools[${index}]`,
        kind: 'semantic',
        message: `Elasticsearch accepts only function tools, not '${tool.type}'`,
      })
      continue
    }
    const { name, description, parameters, strict } = tool
    encoded.push({
      type: 'function',
      function: {
        ...(description === undefined ? {} : { description }),
        name,
        ...(parameters === undefined ? {} : { parameters }),
        ...(strict === undefined ? {} : { strict }),
      },
    })
  }
  return encoded
}
